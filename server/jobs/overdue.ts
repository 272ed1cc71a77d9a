import { isOverdue } from "@koers/domain";
import { notify } from "../services/notify.js";
import { dateOf, isoDate, todayInNetherlands } from "../services/serialize.js";
import type { JobDeps } from "./job.js";

/**
 * Every live action past its due date that has an owner: the owner hears of it once per due
 * date (dedupeKey `overdue:<action>:<dueDate>`, so moving the date and missing it again
 * notifies again). Archived actions, actions of archived programmes, done and dropped work,
 * and actions due today or later are left alone.
 */
export async function runOverdueJob({ db, publicUrl }: JobDeps, now: Date): Promise<{ notified: number }> {
  const today = todayInNetherlands(now);
  const actions = await db.action.findMany({
    where: {
      archivedAt: null,
      ownerId: { not: null },
      status: { notIn: ["done", "dropped"] },
      dueDate: { lt: dateOf(today) },
      programme: { status: { not: "archived" } },
    },
    select: {
      id: true,
      title: true,
      status: true,
      dueDate: true,
      ownerId: true,
      programme: { select: { municipalityId: true, municipality: { select: { slug: true } } } },
    },
    orderBy: { id: "asc" },
  });
  let notified = 0;
  for (const action of actions) {
    const dueDate = isoDate(action.dueDate);
    if (!dueDate || !action.ownerId || !isOverdue({ status: action.status, dueDate }, today)) continue;
    const ownerId = action.ownerId;
    const ids = await db.$transaction((tx) =>
      notify(
        tx,
        {
          municipalityId: action.programme.municipalityId,
          kind: "action_overdue",
          recipientIds: [ownerId],
          actorId: null,
          params: { action: action.title, dueDate },
          link: `/g/${action.programme.municipality.slug}/acties/${action.id}`,
          dedupeKey: `overdue:${action.id}:${dueDate}`,
        },
        publicUrl,
      ),
    );
    notified += ids.length;
  }
  return { notified };
}
