import { clearSessionCookie, revokeSession } from "../../../auth/session.server.js";
import { authedProcedure, publicProcedure, router } from "../../init.js";
import { login } from "./login.js";
import { checkResetToken, requestPasswordReset, resetPassword } from "./password-reset.js";
import { isLocale } from "@koers/i18n";
import { z } from "zod";

export const authRouter = router({
  login,
  requestPasswordReset,
  checkResetToken,
  resetPassword,

  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session) await revokeSession(ctx.db, ctx.session.sessionId);
    ctx.setCookie(clearSessionCookie({ secure: ctx.secureCookies }));
    return { ok: true };
  }),

  /** The logged-in user and every municipality they belong to (for the switcher). */
  me: authedProcedure.query(async ({ ctx }) => {
    const memberships = await ctx.db.membership.findMany({
      where: { userId: ctx.user.id },
      include: { municipality: { select: { slug: true, name: true } } },
      orderBy: { municipality: { name: "asc" } },
    });
    return {
      user: ctx.user,
      memberships: memberships.map((m) => ({ role: m.role, slug: m.municipality.slug, name: m.municipality.name })),
    };
  }),

  /** Remembers the chosen interface language on the account. */
  setLocale: authedProcedure
    .input(z.object({ locale: z.string().refine(isLocale, { error: "errors.locale.invalid" }) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.user.update({ where: { id: ctx.user.id }, data: { locale: input.locale } });
      return { locale: input.locale };
    }),
});
