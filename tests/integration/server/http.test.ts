import type { AddressInfo } from "node:net";
import http from "node:http";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../../server/db.server.js";
import { createHttpApp } from "../../../server/http/app.js";
import { freshDatabase } from "../../support/database.js";
import { createUser, TEST_PASSWORD, testConfig } from "../../support/factories.js";

let db: Db;
let server: http.Server;
let base: string;
const silent = pino({ level: "silent" });

beforeAll(async () => {
  ({ db } = await freshDatabase());
  server = http.createServer(createHttpApp({ config: { ...testConfig, trustProxy: true }, db, log: silent, publicUrl: "http://koers.test" }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ email, password }),
  });

describe("the HTTP server", () => {
  it("reports health with the database's state", async () => {
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: "ok" });

    // A database that cannot be reached: 503, and the server keeps running.
    const downDb = createDb("postgresql://koers:koers@127.0.0.1:1/none", { max: 1 });
    const down = http.createServer(createHttpApp({ config: testConfig, db: downDb, log: silent, publicUrl: "http://x" }));
    await new Promise<void>((resolve) => down.listen(0, "127.0.0.1", resolve));
    const response = await fetch(`http://127.0.0.1:${(down.address() as AddressInfo).port}/healthz`);
    expect(response.status).toBe(503);
    await new Promise((resolve) => down.close(resolve));
    await downDb.$disconnect();
  });

  it("logs in over /trpc with an HttpOnly cookie, Secure behind an HTTPS proxy", async () => {
    const user = await createUser(db);
    const plain = await login(user.email, TEST_PASSWORD);
    expect(plain.status).toBe(200);
    const cookie = plain.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^koers_session=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/);
    // The session token never appears in the response body.
    expect(JSON.stringify(await plain.json())).not.toContain(cookie.split(";")[0]?.split("=")[1] ?? "???");

    const proxied = await login(user.email, TEST_PASSWORD, { "x-forwarded-proto": "https" });
    expect(proxied.headers.get("set-cookie")).toMatch(/; Secure/);

    const me = await fetch(`${base}/trpc/auth.me`, { headers: { cookie: cookie.split(";")[0] ?? "" } });
    expect(me.status).toBe(200);
    expect(JSON.stringify(await me.json())).toContain(user.email);
  });

  it("answers a wrong password with 401 and a malformed body with 400, and keeps serving", async () => {
    const user = await createUser(db);
    expect((await login(user.email, "fout")).status).toBe(401);
    const garbage = await fetch(`${base}/trpc/auth.login`, { method: "POST", headers: { "content-type": "application/json" }, body: "{niet-json" });
    expect(garbage.status).toBe(400);
    const wrongShape = await fetch(`${base}/trpc/auth.login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: 42 }) });
    expect(wrongShape.status).toBe(400);
    const body = (await wrongShape.json()) as { error: { data: { fieldErrors: Record<string, string> } } };
    expect(body.error.data.fieldErrors.email).toMatch(/^errors\.email\./);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("refuses writes from another site", async () => {
    const user = await createUser(db);
    const response = await login(user.email, TEST_PASSWORD, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("tags every response with a request id, keeping a sane one that was given", async () => {
    const fresh = await fetch(`${base}/healthz`);
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${base}/healthz`, { headers: { "x-request-id": "abc-123" } });
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    const hostile = await fetch(`${base}/healthz`, { headers: { "x-request-id": "<script>" } });
    expect(hostile.headers.get("x-request-id")).not.toBe("<script>");
  });
});
