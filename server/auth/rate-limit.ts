import type { Db } from "../db.server.js";

export type LoginLimits = { perAccount: number; perIp: number; windowMs: number };
export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Failed logins are counted per account and per IP address over a sliding window, in the
 * database, so the limit holds across server processes and restarts. A successful login does
 * not erase earlier failures: an attacker who knows one password cannot reset the counter.
 */
export async function checkLoginRateLimit(
  db: Db,
  email: string,
  ip: string,
  limits: LoginLimits,
  now = new Date(),
): Promise<RateLimitVerdict> {
  const since = new Date(now.getTime() - limits.windowMs);
  const [byAccount, byIp] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email, success: false, createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    db.loginAttempt.findMany({
      where: { ip, success: false, createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
  ]);
  const blockedUntil = Math.max(
    unblockTime(byAccount, limits.perAccount, limits.windowMs),
    unblockTime(byIp, limits.perIp, limits.windowMs),
  );
  if (blockedUntil > now.getTime()) {
    return { allowed: false, retryAfterSeconds: Math.ceil((blockedUntil - now.getTime()) / 1000) };
  }
  return { allowed: true };
}

/** When the oldest failure that keeps the count at the limit falls out of the window. */
function unblockTime(failures: { createdAt: Date }[], limit: number, windowMs: number): number {
  if (failures.length < limit) return 0;
  const pivot = failures[failures.length - limit];
  return pivot ? pivot.createdAt.getTime() + windowMs : 0;
}

export async function recordLoginAttempt(db: Db, email: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success } });
}
