import { digestMail, type MailedNotification } from "../services/notification-mail.js";
import { enqueueMail } from "../mail/outbox.js";
import { todayInNetherlands } from "../services/serialize.js";
import type { JobDeps } from "./job.js";

/**
 * The daily overview: for every person with notifications not yet mailed (created before
 * `now`), one mail listing them all, grouped by municipality; then they count as mailed.
 * People in "off" mode never get one (their notifications are settled when made). Someone who
 * already got an overview today gets none until tomorrow, so a second run the same day sends
 * nothing. Each person is done in a transaction of their own: the mail is queued exactly when
 * the notifications are marked.
 */
export async function runDigestJob({ db, publicUrl }: JobDeps, now: Date): Promise<{ mailed: number; notifications: number }> {
  const today = todayInNetherlands(now);
  const waiting = await db.notification.groupBy({
    by: ["userId"],
    where: { mailedAt: null, createdAt: { lte: now }, user: { notificationMode: { not: "off" } } },
  });
  let mailed = 0;
  let notifications = 0;
  for (const { userId } of waiting) {
    const sent = await db.$transaction(async (tx) => {
      // The person's row is the lock: two runners never send one person two overviews.
      const [user] = await tx.$queryRaw<{ email: string; name: string; locale: string; notificationMode: string; lastDigestAt: Date | null }[]>`
        SELECT email, name, locale, "notificationMode"::text AS "notificationMode", "lastDigestAt" FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
      if (!user || user.notificationMode === "off") return 0;
      if (user.lastDigestAt && todayInNetherlands(user.lastDigestAt) === today) return 0;
      const rows = await tx.notification.findMany({
        where: { userId, mailedAt: null, createdAt: { lte: now } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, params: true, link: true, createdAt: true, municipality: { select: { id: true, name: true, slug: true } } },
      });
      if (rows.length === 0) return 0;
      // Notifications of a municipality the person has left are settled without a mail.
      const memberOf = new Set(
        (await tx.membership.findMany({ where: { userId }, select: { municipalityId: true } })).map((m) => m.municipalityId),
      );
      const items: MailedNotification[] = rows
        .filter((row) => memberOf.has(row.municipality.id))
        .map((row) => ({ ...row, params: (row.params ?? {}) as Record<string, unknown> }));
      await tx.notification.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { mailedAt: now } });
      if (items.length === 0) return 0;
      await enqueueMail(tx, digestMail(user, items, publicUrl));
      await tx.user.update({ where: { id: userId }, data: { lastDigestAt: now } });
      return items.length;
    });
    if (sent > 0) {
      mailed++;
      notifications += sent;
    }
  }
  return { mailed, notifications };
}
