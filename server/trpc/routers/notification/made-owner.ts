import type { Prisma } from "../../../db.server.js";
import { notify } from "../../../services/notify.js";

/**
 * Tells the new owner of an action that it is now theirs (in the transaction of the change).
 * Nothing when the owner stays the same, is removed, or people make themselves the owner.
 */
export async function notifyMadeOwner(
  tx: Prisma.TransactionClient,
  ctx: { user: { id: string; name: string }; municipality: { id: string; slug: string }; publicUrl: string },
  change: { actionId: string; title: string; previousOwnerId: string | null; ownerId: string | null | undefined },
): Promise<void> {
  const { ownerId } = change;
  if (!ownerId || ownerId === change.previousOwnerId || ownerId === ctx.user.id) return;
  await notify(
    tx,
    {
      municipalityId: ctx.municipality.id,
      kind: "made_owner",
      recipientIds: [ownerId],
      actorId: ctx.user.id,
      params: { actor: ctx.user.name, action: change.title },
      link: `/g/${ctx.municipality.slug}/acties/${change.actionId}`,
    },
    ctx.publicUrl,
  );
}
