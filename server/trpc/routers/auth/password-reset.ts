import { TRPCError } from "@trpc/server";
import { emailSchema, setPasswordInput } from "@koers/domain";
import { isLocale, translator } from "@koers/i18n";
import { z } from "zod";
import { hashPassword } from "../../../auth/password.js";
import { revokeAllSessions } from "../../../auth/session.server.js";
import { hashToken, randomToken } from "../../../auth/tokens.js";
import { enqueueMail } from "../../../mail/outbox.js";
import { publicProcedure } from "../../init.js";

const RESET_TTL_MS = 60 * 60 * 1000;
const MAX_OPEN_RESETS = 3;

/**
 * Mails a reset link when the account exists. The answer is the same either way, so the form
 * does not reveal who has an account. At most a few open links per account.
 */
export const requestPasswordReset = publicProcedure
  .input(z.object({ email: emailSchema }))
  .mutation(async ({ ctx, input }) => {
    const user = await ctx.db.user.findUnique({ where: { email: input.email } });
    if (!user) return { sent: true };
    const open = await ctx.db.passwordResetToken.count({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: new Date() } },
    });
    if (open >= MAX_OPEN_RESETS) return { sent: true };
    const token = randomToken();
    const t = translator(isLocale(user.locale) ? user.locale : "nl");
    await ctx.db.$transaction(async (tx) => {
      await tx.passwordResetToken.create({
        data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) },
      });
      await enqueueMail(tx, {
        to: user.email,
        subject: t("mail.reset.subject"),
        text: t("mail.reset.body", { name: user.name, link: `${ctx.publicUrl}/wachtwoord-herstellen/${token}` }),
      });
    });
    return { sent: true };
  });

/** Is this reset link still usable? (For the form page.) */
export const checkResetToken = publicProcedure
  .input(z.object({ token: z.string().max(200) }))
  .query(async ({ ctx, input }) => {
    const row = await findUsableToken(ctx.db, input.token);
    return { valid: row !== null };
  });

/** Sets the new password, uses up the link and ends every session of the account. */
export const resetPassword = publicProcedure.input(setPasswordInput).mutation(async ({ ctx, input }) => {
  const row = await findUsableToken(ctx.db, input.token);
  if (!row) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.reset.invalid" });
  const passwordHash = await hashPassword(input.password);
  await ctx.db.$transaction(async (tx) => {
    const used = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.reset.invalid" });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
  });
  await revokeAllSessions(ctx.db, row.userId);
  ctx.log.info({ userId: row.userId }, "password reset");
  return { ok: true };
});

async function findUsableToken(db: import("../../../db.server.js").Db, token: string) {
  if (token.length < 20) return null;
  return db.passwordResetToken.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: new Date() } },
  });
}
