import { municipalityProcedure, router } from "../../init.js";
import { invite } from "./invite.js";
import { changeRole, remove, revokeInvitation } from "./manage.js";

export const membersRouter = router({
  /** Members and open invitations. Staff see the list; only admins manage it. */
  list: municipalityProcedure("member.view").query(async ({ ctx }) => {
    const municipalityId = ctx.municipality.id;
    const [members, invitations, organisations] = await Promise.all([
      ctx.db.membership.findMany({
        where: { municipalityId },
        include: {
          user: { select: { id: true, name: true, email: true } },
          organisation: { select: { id: true, name: true } },
        },
        orderBy: [{ user: { name: "asc" } }],
      }),
      ctx.db.invitation.findMany({
        where: { municipalityId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        include: { organisation: { select: { id: true, name: true } } },
        orderBy: { createdAt: "desc" },
      }),
      ctx.db.organisation.findMany({
        where: { municipalityId },
        select: { id: true, name: true, type: true },
        orderBy: { name: "asc" },
      }),
    ]);
    return {
      members: members.map((m) => ({
        id: m.id,
        userId: m.user.id,
        name: m.user.name,
        email: m.user.email,
        role: m.role,
        organisation: m.organisation,
        isSelf: m.user.id === ctx.user.id,
      })),
      invitations: invitations.map((i) => ({
        id: i.id,
        name: i.name,
        email: i.email,
        role: i.role,
        organisation: i.organisation,
        expiresAt: i.expiresAt.toISOString(),
      })),
      organisations,
    };
  }),
  invite,
  changeRole,
  remove,
  revokeInvitation,
});
