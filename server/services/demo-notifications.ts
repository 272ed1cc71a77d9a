import { commitmentAnchor, isOverdue } from "@koers/domain";
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
  const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { slug: true } });
  const actor = await tx.user.findUniqueOrThrow({ where: { id: people.civilServant }, select: { name: true } });
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

/**
 * What the partner was told while the demo's signals and commitments moved on: every step of
 * their signals, and the decisions on their organisation's commitments. Derived from the
 * seeded signals and commitments, so it reads as their history; the newest stay unread.
 */
export async function seedDemoPartnerNotifications(
  tx: Tx,
  { municipalityId, programmeId, people }: { municipalityId: string; programmeId: string; people: { partner: string } },
): Promise<void> {
  const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { slug: true } });
  const membership = await tx.membership.findUniqueOrThrow({
    where: { userId_municipalityId: { userId: people.partner, municipalityId } },
    select: { organisationId: true },
  });
  const events = await tx.signalEvent.findMany({
    where: { signal: { programmeId, raisedById: people.partner }, status: { not: "new" } },
    select: { status: true, createdAt: true, signal: { select: { id: true, title: true } } },
    orderBy: { createdAt: "asc" },
  });
  const commitments = await tx.commitment.findMany({
    where: { action: { programmeId }, organisationId: membership.organisationId ?? undefined, status: { in: ["accepted", "declined"] } },
    select: { status: true, reason: true, decidedAt: true, createdAt: true, action: { select: { id: true, title: true } }, organisation: { select: { name: true } } },
  });
  const rows = [
    ...events.map((event) => ({
      kind: "signal_status" as const,
      params: { signal: event.signal.title, status: event.status },
      link: `/g/${municipality.slug}/programma/${programmeId}/signalen/${event.signal.id}`,
      createdAt: event.createdAt,
    })),
    ...commitments.map((commitment) => ({
      kind: commitment.status === "accepted" ? ("commitment_accepted" as const) : ("commitment_declined" as const),
      params: { organisation: commitment.organisation.name, action: commitment.action.title, ...(commitment.reason ? { reason: commitment.reason } : {}) },
      link: `/g/${municipality.slug}/acties/${commitment.action.id}#toezeggingen`,
      createdAt: commitment.decidedAt ?? commitment.createdAt,
    })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const [index, row] of rows.entries()) {
    await tx.notification.create({
      data: {
        userId: people.partner,
        municipalityId,
        ...row,
        mailedAt: row.createdAt,
        // All but the two newest were read.
        readAt: index < rows.length - 2 ? new Date(row.createdAt.getTime() + DAY / 2) : null,
      },
    });
  }
}

/**
 * What the staff heard of the partners' progress reports: each seeded report told the action's
 * owner and the member who accepted the commitment (never its author), as a real report does.
 * The newest stays unread, so the civil servant's inbox shows the kind.
 */
export async function seedDemoReportNotifications(tx: Tx, { municipalityId, programmeId }: { municipalityId: string; programmeId: string }): Promise<void> {
  const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { slug: true } });
  const reports = await tx.commitmentReport.findMany({
    where: { commitment: { action: { programmeId }, status: "accepted" } },
    select: {
      authorId: true,
      date: true,
      commitment: { select: { id: true, decidedById: true, organisation: { select: { name: true } }, action: { select: { id: true, title: true, ownerId: true } } } },
    },
    orderBy: { date: "asc" },
  });
  const newest = reports.at(-1)?.date.getTime();
  for (const { authorId, date, commitment } of reports) {
    const recipients = new Set([commitment.action.ownerId, commitment.decidedById].filter((id): id is string => !!id && id !== authorId));
    const createdAt = new Date(date.getTime() + 15 * 60 * 60 * 1000);
    for (const userId of recipients) {
      await tx.notification.create({
        data: {
          userId,
          municipalityId,
          kind: "commitment_reported",
          params: { organisation: commitment.organisation.name, action: commitment.action.title },
          link: `/g/${municipality.slug}/acties/${commitment.action.id}#${commitmentAnchor(commitment.id)}`,
          createdAt,
          mailedAt: createdAt,
          readAt: date.getTime() === newest ? null : new Date(createdAt.getTime() + DAY),
        },
      });
    }
  }
}
