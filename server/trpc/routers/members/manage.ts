import { TRPCError } from "@trpc/server";
import { changeRoleInput, idSchema } from "@koers/domain";
import { z } from "zod";
import type { Prisma } from "../../../db.server.js";
import { audit } from "../../../services/audit.js";
import { municipalityProcedure } from "../../init.js";

/**
 * Changes a member's role. Takes effect on the member's very next request, because every
 * guard reads the membership fresh. The last admin cannot be demoted.
 */
export const changeRole = municipalityProcedure("member.manage")
  .input(changeRoleInput)
  .mutation(async ({ ctx, input }) => {
    const municipalityId = ctx.municipality.id;
    return ctx.db.$transaction(async (tx) => {
      const member = await lockMember(tx, municipalityId, input.membershipId);
      if (input.organisationId) {
        const organisation = await tx.organisation.findFirst({ where: { id: input.organisationId, municipalityId } });
        if (!organisation) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.organisation.unknown" });
      }
      if (member.role === "admin" && input.role !== "admin") await assertAnotherAdmin(tx, municipalityId, member.id);
      const organisationId = input.role === "partner" ? (input.organisationId ?? null) : null;
      const updated = await tx.membership.update({
        where: { id: member.id },
        data: { role: input.role, organisationId },
      });
      await audit(tx, {
        municipalityId,
        actorId: ctx.user.id,
        action: "membership.changeRole",
        entityType: "Membership",
        entityId: member.id,
        before: { role: member.role, organisationId: member.organisationId },
        after: { role: updated.role, organisationId: updated.organisationId },
      });
      return { id: updated.id, role: updated.role };
    });
  });

/** Removes a member from the municipality; their account and other memberships stay. */
export const remove = municipalityProcedure("member.manage")
  .input(z.object({ membershipId: idSchema }))
  .mutation(async ({ ctx, input }) => {
    const municipalityId = ctx.municipality.id;
    await ctx.db.$transaction(async (tx) => {
      const member = await lockMember(tx, municipalityId, input.membershipId);
      if (member.role === "admin") await assertAnotherAdmin(tx, municipalityId, member.id);
      await tx.membership.delete({ where: { id: member.id } });
      await audit(tx, {
        municipalityId,
        actorId: ctx.user.id,
        action: "membership.remove",
        entityType: "Membership",
        entityId: member.id,
        before: { userId: member.userId, role: member.role, organisationId: member.organisationId },
      });
    });
    return { ok: true };
  });

/** Withdraws an invitation that has not been accepted yet. */
export const revokeInvitation = municipalityProcedure("member.manage")
  .input(z.object({ invitationId: idSchema }))
  .mutation(async ({ ctx, input }) => {
    const result = await ctx.db.invitation.updateMany({
      where: { id: input.invitationId, municipalityId: ctx.municipality.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (result.count === 0) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    return { ok: true };
  });

type Tx = Prisma.TransactionClient;

// Locking the admins' rows first serialises concurrent changes to admins, so two admins
// demoting each other at the same moment cannot leave the municipality without one.
async function lockMember(tx: Tx, municipalityId: string, membershipId: string) {
  await tx.$executeRaw`
    SELECT 1 FROM "Membership" WHERE "municipalityId" = ${municipalityId}::uuid AND role = 'admin' FOR UPDATE`;
  const member = await tx.membership.findFirst({ where: { id: membershipId, municipalityId } });
  if (!member) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
  return member;
}

async function assertAnotherAdmin(tx: Tx, municipalityId: string, exceptMembershipId: string) {
  const others = await tx.membership.count({
    where: { municipalityId, role: "admin", id: { not: exceptMembershipId } },
  });
  if (others === 0) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.members.lastAdmin" });
}
