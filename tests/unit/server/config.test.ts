import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../server/config.js";

describe("configuration from the environment", () => {
  it("defaults to the embedded database with demo data on port 3000", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.seedDemo).toBe(true);
  });

  it("seeds demo data on an external database only when KOERS_DEMO=1", () => {
    expect(loadConfig({ DATABASE_URL: "postgresql://db/koers" }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: "postgresql://db/koers", KOERS_DEMO: "1" }).seedDemo).toBe(true);
  });

  it("stops start-up with a message naming the bad variable", () => {
    expect(() => loadConfig({ PORT: "tachtig" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "tachtig" })).toThrow(/PORT="tachtig"/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SMTP_URL: "http://mail" })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ KOERS_DEMO: "misschien" })).toThrow(/KOERS_DEMO/);
  });

  it("reads the login limits", () => {
    const config = loadConfig({ LOGIN_MAX_FAILURES_PER_ACCOUNT: "3", LOGIN_WINDOW_MINUTES: "10" });
    expect(config.loginLimits).toEqual({ perAccount: 3, perIp: 30, windowMs: 600_000 });
  });

  it("reads the collaboration limits, with defaults", () => {
    expect(loadConfig({}).collab).toEqual({ maxMessageBytes: 8 * 1024 * 1024, maxDocumentBytes: 32 * 1024 * 1024, accessRecheckMs: 2_000 });
    const config = loadConfig({ COLLAB_MAX_MESSAGE_BYTES: "1000", COLLAB_MAX_DOCUMENT_BYTES: "5000", COLLAB_ACCESS_RECHECK_MS: "500" });
    expect(config.collab).toEqual({ maxMessageBytes: 1000, maxDocumentBytes: 5000, accessRecheckMs: 500 });
    expect(() => loadConfig({ COLLAB_MAX_DOCUMENT_BYTES: "-1" })).toThrow(/COLLAB_MAX_DOCUMENT_BYTES/);
  });

  it("takes Redis only when REDIS_URL is set, and checks its scheme", () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: "redis://cache.internal:6379" }).redisUrl).toBe("redis://cache.internal:6379");
    expect(() => loadConfig({ REDIS_URL: "http://cache" })).toThrow(/REDIS_URL/);
  });
});
