import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { resolveSession, SESSION_COOKIE } from "../../../../server/auth/session.server.js";
import { freshDatabase } from "../../../support/database.js";
import { refusal } from "../../../support/trpc-errors.js";
import { callerFor, createUser, TEST_PASSWORD, testConfig, tokenFromLastMail } from "../../../support/factories.js";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
});

function tokenOf(cookie: string | undefined): string {
  const match = cookie?.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`));
  if (!match?.[1]) throw new Error("no session cookie");
  return match[1];
}

describe("login", () => {
  it("starts a database session and sets an HttpOnly, SameSite=Lax cookie", async () => {
    const user = await createUser(db);
    const anonymous = callerFor(db, null);
    await anonymous.auth.login({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    const cookie = anonymous.cookies[0] ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const session = await resolveSession(db, `${SESSION_COOKIE}=${tokenOf(cookie)}`, testConfig.sessionTtlMs);
    expect(session?.user.id).toBe(user.id);
    // Only the token's hash is stored.
    expect(await db.session.count({ where: { id: tokenOf(cookie) } })).toBe(0);
  });

  it("marks the cookie Secure when the request came over HTTPS", async () => {
    const user = await createUser(db);
    const caller = callerFor(db, null);
    caller.context.secureCookies = true;
    await caller.auth.login({ email: user.email, password: TEST_PASSWORD });
    expect(caller.cookies[0]).toMatch(/Secure/);
  });

  it("gives the same answer for a wrong password and an unknown account", async () => {
    const user = await createUser(db);
    const wrong = await refusal(callerFor(db, null).auth.login({ email: user.email, password: "niet het wachtwoord" }));
    const unknown = await refusal(callerFor(db, null).auth.login({ email: "niemand@example.test", password: "iets" }));
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(wrong.message).toBe("errors.login.failed");
    expect(unknown.code).toBe(wrong.code);
    expect(unknown.message).toBe(wrong.message);
  });

  it("rejects malformed input with field errors and writes nothing", async () => {
    const before = await db.loginAttempt.count();
    const error = await refusal(callerFor(db, null).auth.login({ email: "geen-adres", password: "" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(await db.loginAttempt.count()).toBe(before);
  });

  it("locks an account after too many failures, even for the right password, and says how long", async () => {
    const user = await createUser(db);
    for (let i = 0; i < testConfig.loginLimits.perAccount; i++) {
      await refusal(callerFor(db, null, { ip: `10.0.0.${i}` }).auth.login({ email: user.email, password: "fout fout fout" }));
    }
    const blocked = await refusal(callerFor(db, null).auth.login({ email: user.email, password: TEST_PASSWORD }));
    expect(blocked.code).toBe("TOO_MANY_REQUESTS");
    expect(blocked.message).toBe("errors.login.rateLimited");
    expect((blocked.cause as { seconds?: number }).seconds).toBeGreaterThan(0);
  });

  it("limits failures per IP address across accounts", async () => {
    const config = { ...testConfig, loginLimits: { ...testConfig.loginLimits, perIp: 3 } };
    const ip = "192.0.2.77";
    for (let i = 0; i < 3; i++) {
      await refusal(callerFor(db, null, { ip, config }).auth.login({ email: `onbekend${i}@example.test`, password: "x" }));
    }
    const user = await createUser(db);
    const blocked = await refusal(callerFor(db, null, { ip, config }).auth.login({ email: user.email, password: TEST_PASSWORD }));
    expect(blocked.code).toBe("TOO_MANY_REQUESTS");
    // Another address is not affected.
    await callerFor(db, null, { ip: "192.0.2.78", config }).auth.login({ email: user.email, password: TEST_PASSWORD });
  });
});

describe("logout", () => {
  it("revokes the session in the database and clears the cookie", async () => {
    const user = await createUser(db);
    const anonymous = callerFor(db, null);
    await anonymous.auth.login({ email: user.email, password: TEST_PASSWORD });
    const header = `${SESSION_COOKIE}=${tokenOf(anonymous.cookies[0])}`;
    const session = await resolveSession(db, header, testConfig.sessionTtlMs);
    const caller = callerFor(db, user);
    caller.context.session = session;
    await caller.auth.logout();
    expect(caller.cookies[0]).toMatch(/Max-Age=0/);
    expect(await resolveSession(db, header, testConfig.sessionTtlMs)).toBeNull();
  });

  it("does not accept an expired session", async () => {
    const user = await createUser(db);
    const anonymous = callerFor(db, null);
    await anonymous.auth.login({ email: user.email, password: TEST_PASSWORD });
    await db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveSession(db, `${SESSION_COOKIE}=${tokenOf(anonymous.cookies[0])}`, testConfig.sessionTtlMs)).toBeNull();
  });
});

describe("password reset", () => {
  it("mails a link, sets the new password once, and ends every session", async () => {
    const user = await createUser(db);
    const old = callerFor(db, null);
    await old.auth.login({ email: user.email, password: TEST_PASSWORD });
    await callerFor(db, null).auth.requestPasswordReset({ email: user.email });
    const token = await tokenFromLastMail(db, user.email, "/wachtwoord-herstellen");
    expect(await callerFor(db, null).auth.checkResetToken({ token })).toEqual({ valid: true });

    await callerFor(db, null).auth.resetPassword({ token, password: "een nieuw wachtwoord", confirm: "een nieuw wachtwoord" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await callerFor(db, null).auth.login({ email: user.email, password: "een nieuw wachtwoord" });
    const reuse = await refusal(
      callerFor(db, null).auth.resetPassword({ token, password: "nog een wachtwoord", confirm: "nog een wachtwoord" }),
    );
    expect(reuse.message).toBe("errors.reset.invalid");
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const before = await db.outboxMail.count();
    expect(await callerFor(db, null).auth.requestPasswordReset({ email: "onbekend@example.test" })).toEqual({ sent: true });
    expect(await db.outboxMail.count()).toBe(before);
  });

  it("refuses an expired link and a too short password", async () => {
    const user = await createUser(db);
    await callerFor(db, null).auth.requestPasswordReset({ email: user.email });
    const token = await tokenFromLastMail(db, user.email, "/wachtwoord-herstellen");
    const short = await refusal(callerFor(db, null).auth.resetPassword({ token, password: "kort", confirm: "kort" }));
    expect(short.code).toBe("BAD_REQUEST");
    await db.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const expired = await refusal(
      callerFor(db, null).auth.resetPassword({ token, password: "een nieuw wachtwoord", confirm: "een nieuw wachtwoord" }),
    );
    expect(expired.message).toBe("errors.reset.invalid");
    expect(await callerFor(db, null).auth.checkResetToken({ token })).toEqual({ valid: false });
  });
});

describe("me", () => {
  it("requires a login", async () => {
    expect((await refusal(callerFor(db, null).auth.me())).code).toBe("UNAUTHORIZED");
  });
});
