import { TRPCError } from "@trpc/server";
import { loginInput } from "@koers/domain";
import { burnPasswordCheck, verifyPassword } from "../../../auth/password.js";
import { checkLoginRateLimit, recordLoginAttempt } from "../../../auth/rate-limit.js";
import { createSession, sessionCookie } from "../../../auth/session.server.js";
import { RetryAfter } from "../../errors.js";
import { publicProcedure } from "../../init.js";

/**
 * Email + password login. The same answer for an unknown account and a wrong password; too
 * many failures per account or per IP address within the window are refused before the
 * password is even checked.
 */
export const login = publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
  const verdict = await checkLoginRateLimit(ctx.db, input.email, ctx.ip, ctx.config.loginLimits);
  if (!verdict.allowed) {
    ctx.log.warn({ email: input.email, ip: ctx.ip }, "login rate-limited");
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: "errors.login.rateLimited",
      cause: new RetryAfter(verdict.retryAfterSeconds),
    });
  }
  const user = await ctx.db.user.findUnique({ where: { email: input.email } });
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordCheck(input.password), false);
  await recordLoginAttempt(ctx.db, input.email, ctx.ip, ok);
  if (!ok || !user) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "errors.login.failed" });
  }
  const token = await createSession(ctx.db, user.id, {
    ttlMs: ctx.config.sessionTtlMs,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  ctx.setCookie(sessionCookie(token, { secure: ctx.secureCookies, ttlMs: ctx.config.sessionTtlMs }));
  ctx.log.info({ userId: user.id }, "login");
  return { userId: user.id, locale: user.locale };
});

