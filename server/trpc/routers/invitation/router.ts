import { TRPCError } from "@trpc/server";
import { newPasswordSchema, PASSWORD_MAX_LENGTH } from "@koers/domain";
import { z } from "zod";
import type { Db } from "../../../db.server.js";
import { hashPassword, verifyPassword } from "../../../auth/password.js";
import { createSession, sessionCookie } from "../../../auth/session.server.js";
import { hashToken } from "../../../auth/tokens.js";
import { audit } from "../../../services/audit.js";
import { FieldError } from "../../errors.js";
import { publicProcedure, router } from "../../init.js";

const tokenInput = z.object({ token: z.string().min(20).max(200) });

/**
 * Accepting an invitation. A new person sets a password (and so proves they own the mailbox
 * the link went to); someone who already has an account confirms with their password.
 */
export const invitationRouter = router({
  get: publicProcedure.input(tokenInput).query(async ({ ctx, input }) => {
    const invitation = await findOpenInvitation(ctx.db, input.token);
    const user = await ctx.db.user.findUnique({ where: { email: invitation.email } });
    return {
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      municipality: invitation.municipality.name,
      organisation: invitation.organisation?.name ?? null,
      hasAccount: Boolean(user?.passwordHash),
    };
  }),

  accept: publicProcedure
    .input(
      tokenInput.extend({
        password: z.string().min(1, { error: "errors.password.required" }).max(PASSWORD_MAX_LENGTH),
        confirm: z.string().max(PASSWORD_MAX_LENGTH).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const invitation = await findOpenInvitation(ctx.db, input.token);
      const existing = await ctx.db.user.findUnique({ where: { email: invitation.email } });
      let passwordHash: string | undefined;
      if (existing?.passwordHash) {
        if (!(await verifyPassword(existing.passwordHash, input.password))) {
          throw fieldError("password", "errors.login.failed");
        }
      } else {
        const parsed = newPasswordSchema.safeParse(input.password);
        if (!parsed.success) throw fieldError("password", parsed.error.issues[0]?.message ?? "errors.password.tooShort");
        if (input.password !== input.confirm) throw fieldError("confirm", "errors.password.mismatch");
        passwordHash = await hashPassword(input.password);
      }
      const userId = await ctx.db.$transaction(async (tx) => {
        const claimed = await tx.invitation.updateMany({
          where: { id: invitation.id, acceptedAt: null, revokedAt: null },
          data: { acceptedAt: new Date() },
        });
        if (claimed.count !== 1) throw new TRPCError({ code: "NOT_FOUND", message: "errors.invite.invalid" });
        const user = existing
          ? await tx.user.update({ where: { id: existing.id }, data: passwordHash ? { passwordHash } : {} })
          : await tx.user.create({ data: { email: invitation.email, name: invitation.name, passwordHash: passwordHash ?? null } });
        const membership = await tx.membership.upsert({
          where: { userId_municipalityId: { userId: user.id, municipalityId: invitation.municipalityId } },
          create: {
            userId: user.id,
            municipalityId: invitation.municipalityId,
            role: invitation.role,
            organisationId: invitation.organisationId,
          },
          update: {},
        });
        await audit(tx, {
          municipalityId: invitation.municipalityId,
          actorId: user.id,
          action: "invitation.accept",
          entityType: "Membership",
          entityId: membership.id,
          after: { role: membership.role, organisationId: membership.organisationId },
        });
        return user.id;
      });
      const token = await createSession(ctx.db, userId, {
        ttlMs: ctx.config.sessionTtlMs,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      });
      ctx.setCookie(sessionCookie(token, { secure: ctx.secureCookies, ttlMs: ctx.config.sessionTtlMs }));
      return { municipalitySlug: invitation.municipality.slug };
    }),
});

async function findOpenInvitation(db: Db, token: string) {
  const invitation = await db.invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    include: { municipality: true, organisation: true },
  });
  if (!invitation) throw new TRPCError({ code: "NOT_FOUND", message: "errors.invite.invalid" });
  return invitation;
}

/** A BAD_REQUEST that a form shows next to one field. */
function fieldError(field: string, message: string): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message, cause: new FieldError(field, message) });
}

