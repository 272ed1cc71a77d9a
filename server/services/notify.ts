import type { Prisma } from "../db.server.js";
import { enqueueMail } from "../mail/outbox.js";
import type { NotificationKind } from "../generated/prisma/enums.js";
import { singleNotificationMail, type MailMunicipality } from "./notification-mail.js";

type Tx = Prisma.TransactionClient;

export type { NotificationKind };

/** Values a notification's text is made from (names and titles as they were at the time). */
export type NotificationParams = Record<string, string | number>;

export type NotificationEvent = {
  municipalityId: string;
  kind: NotificationKind;
  /** Who should hear of it; the actor and anyone no longer a member are left out. */
  recipientIds: readonly string[];
  /** Who caused it (never notified of their own doing). */
  actorId: string | null;
  params: NotificationParams;
  /** Path inside Koers, starting with "/g/<slug>/". */
  link: string;
  /** A repeated event with the same key notifies a person once (the daily overdue check). */
  dedupeKey?: string;
};

/**
 * Records a notification for each recipient in the caller's transaction, so it exists exactly
 * when the change that caused it commits. People who want mail immediately get one through the
 * outbox in the same transaction; the daily digest job picks up those who want one overview.
 * Returns the ids of the people notified.
 *
 * `mailedAt` says the mail side is settled: set when the mail is queued (immediately), when the
 * digest takes it (daily), and at once for people who want no mail ("off"), so the digest never
 * sends them anything, not even after they switch to a daily overview later.
 */
export async function notify(tx: Tx, event: NotificationEvent, publicUrl: string): Promise<string[]> {
  const wanted = [...new Set(event.recipientIds)].filter((id) => id !== event.actorId);
  if (wanted.length === 0) return [];
  const members = await tx.membership.findMany({
    where: { municipalityId: event.municipalityId, userId: { in: wanted } },
    select: { user: { select: { id: true, email: true, name: true, locale: true, notificationMode: true } } },
  });
  let municipality: MailMunicipality | undefined;
  const notified: string[] = [];
  for (const { user } of members) {
    if (event.dedupeKey) {
      const seen = await tx.notification.findUnique({
        where: { userId_dedupeKey: { userId: user.id, dedupeKey: event.dedupeKey } },
        select: { id: true },
      });
      if (seen) continue;
    }
    const now = new Date();
    const created = await tx.notification.create({
      data: {
        userId: user.id,
        municipalityId: event.municipalityId,
        kind: event.kind,
        params: event.params,
        link: event.link,
        dedupeKey: event.dedupeKey ?? null,
        mailedAt: user.notificationMode === "daily" ? null : now,
      },
    });
    if (user.notificationMode === "immediately") {
      municipality ??= await tx.municipality.findUniqueOrThrow({
        where: { id: event.municipalityId },
        select: { id: true, name: true, slug: true },
      });
      await enqueueMail(tx, singleNotificationMail(user, { ...event, createdAt: created.createdAt, municipality }, publicUrl));
    }
    notified.push(user.id);
  }
  return notified;
}
