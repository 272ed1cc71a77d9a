import { isOverdue } from "@koers/domain";
import type { Prisma } from "../db.server.js";
import { isoDate, todayInNetherlands } from "./serialize.js";

type Tx = Prisma.TransactionClient;

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo's own notifications of the kinds this area makes: the civil servant made the
 * council member owner of their actions (the oldest already read), and the council member's
 * actions past their due date were reported by the daily check (with its dedupe key, so the
 * real job does not report them again). Written as rows, already counted as mailed: seeding
 * sends no mail. Runs in the caller's transaction, after the demo programme.
 */
export async function seedDemoNotifications(
  tx: Tx,
  { municipalityId, programmeId, people }: { municipalityId: string; programmeId: string; people: { council: string; civilServant: string } },
): Promise<void> {
  const [municipality, actor] = await Promise.all([
    tx.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { slug: true } }),
    tx.user.findUniqueOrThrow({ where: { id: people.civilServant }, select: { name: true } }),
  ]);
  const owned = await tx.action.findMany({
    where: { programmeId, ownerId: people.council, archivedAt: null },
    select: { id: true, title: true, status: true, dueDate: true },
    orderBy: [{ primaryDomainOrder: "asc" }, { order: "asc" }],
  });
  const now = Date.now();
  const today = todayInNetherlands(new Date(now));
  const link = (actionId: string) => `/g/${municipality.slug}/acties/${actionId}`;
  for (const [index, action] of owned.slice(0, 3).entries()) {
    const createdAt = new Date(now - (30 - index * 12) * DAY);
    await tx.notification.create({
      data: {
        userId: people.council,
        municipalityId,
        kind: "made_owner",
        params: { actor: actor.name, action: action.title },
        link: link(action.id),
        createdAt,
        mailedAt: createdAt,
        readAt: index === 0 ? new Date(createdAt.getTime() + DAY) : null,
      },
    });
  }
  for (const action of owned) {
    const dueDate = isoDate(action.dueDate);
    if (!dueDate || !isOverdue({ status: action.status, dueDate }, today)) continue;
    const createdAt = new Date(now - DAY);
    await tx.notification.create({
      data: {
        userId: people.council,
        municipalityId,
        kind: "action_overdue",
        params: { action: action.title, dueDate },
        link: link(action.id),
        dedupeKey: `overdue:${action.id}:${dueDate}`,
        createdAt,
        mailedAt: createdAt,
      },
    });
  }
}
