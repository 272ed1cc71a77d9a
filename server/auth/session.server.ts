import { parse, serialize } from "cookie";
import type { Db } from "../db.server.js";
import { hashToken, randomToken } from "./tokens.js";

export const SESSION_COOKIE = "koers_session";

export type SessionUser = { id: string; email: string; name: string; locale: string };
export type ResolvedSession = { sessionId: string; user: SessionUser };

// Refresh lastSeenAt/expiry at most this often, so every request is not a write.
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/** Starts a session and returns the token for the cookie (only its hash is stored). */
export async function createSession(
  db: Db,
  userId: string,
  options: { ttlMs: number; ip?: string | undefined; userAgent?: string | undefined },
): Promise<string> {
  const token = randomToken();
  await db.session.create({
    data: {
      id: hashToken(token),
      userId,
      expiresAt: new Date(Date.now() + options.ttlMs),
      ip: options.ip ?? null,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
    },
  });
  return token;
}

/**
 * The one resolver from cookie to user, used by Remix loaders, tRPC context and the
 * collaboration server alike. Returns null for a missing, unknown, revoked or expired session.
 */
export async function resolveSession(
  db: Db,
  cookieHeader: string | null | undefined,
  ttlMs: number,
): Promise<ResolvedSession | null> {
  const token = readSessionToken(cookieHeader);
  if (!token) return null;
  const id = hashToken(token);
  const session = await db.session.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  if (!session) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.updateMany({
      where: { id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + ttlMs) },
    });
  }
  return { sessionId: id, user: session.user };
}

export function readSessionToken(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  const token = parse(cookieHeader)[SESSION_COOKIE];
  return token && token.length <= 100 ? token : null;
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

export async function revokeAllSessions(db: Db, userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

/** Set-Cookie value: HttpOnly, SameSite=Lax, Secure when served over HTTPS. */
export function sessionCookie(token: string, options: { secure: boolean; ttlMs: number }): string {
  return serialize(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: options.secure,
    path: "/",
    maxAge: Math.floor(options.ttlMs / 1000),
  });
}

export function clearSessionCookie(options: { secure: boolean }): string {
  return serialize(SESSION_COOKIE, "", {
    httpOnly: true,
    sameSite: "lax",
    secure: options.secure,
    path: "/",
    maxAge: 0,
  });
}
