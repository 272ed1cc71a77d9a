import { TRPCError } from "@trpc/server";
import { inviteInput } from "@koers/domain";
import { translator } from "@koers/i18n";
import { hashToken, randomToken } from "../../../auth/tokens.js";
import { enqueueMail } from "../../../mail/outbox.js";
import { audit } from "../../../services/audit.js";
import { municipalityProcedure } from "../../init.js";

const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * Invites a person by e-mail with a role (and, for partners, their organisation). A newer
 * invitation to the same address replaces an open older one.
 */
export const invite = municipalityProcedure("member.manage")
  .input(inviteInput)
  .mutation(async ({ ctx, input }) => {
    const municipalityId = ctx.municipality.id;
    const existing = await ctx.db.membership.findFirst({
      where: { municipalityId, user: { email: input.email } },
    });
    if (existing) throw new TRPCError({ code: "CONFLICT", message: "errors.invite.alreadyMember" });
    if (input.organisationId) {
      const organisation = await ctx.db.organisation.findFirst({ where: { id: input.organisationId, municipalityId } });
      if (!organisation) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.organisation.unknown" });
    }
    const token = randomToken();
    const t = translator("nl");
    const invitation = await ctx.db.$transaction(async (tx) => {
      await tx.invitation.updateMany({
        where: { municipalityId, email: input.email, acceptedAt: null, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      const created = await tx.invitation.create({
        data: {
          municipalityId,
          email: input.email,
          name: input.name,
          role: input.role,
          organisationId: input.organisationId ?? null,
          tokenHash: hashToken(token),
          invitedById: ctx.user.id,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        },
      });
      await enqueueMail(tx, {
        to: input.email,
        subject: t("mail.invite.subject", { municipality: ctx.municipality.name }),
        text: t("mail.invite.body", {
          name: input.name,
          inviter: ctx.user.name,
          municipality: ctx.municipality.name,
          role: t(`roles.${input.role}`),
          link: `${ctx.publicUrl}/uitnodiging/${token}`,
        }),
      });
      await audit(tx, {
        municipalityId,
        actorId: ctx.user.id,
        action: "invitation.create",
        entityType: "Invitation",
        entityId: created.id,
        after: { email: created.email, role: created.role, organisationId: created.organisationId },
      });
      return created;
    });
    ctx.log.info({ invitationId: invitation.id, municipalityId }, "invitation sent");
    return { id: invitation.id };
  });
