import { PUBLIC_COMMITMENT_STATUSES, isOverdue } from "@koers/domain";
import { isoDate, todayInNetherlands } from "../../../services/serialize.js";
import { programmeProcedure } from "../../guards.js";

/**
 * What the programme text shows under each action block, for every live action of a
 * programme: status, owner, due date (and whether it is overdue), committed partners and
 * linked goals. One query for the whole text; the editor asks again whenever the server says
 * tracking data changed (a `tracking-changed` message on the text's connection).
 */
export const tracking = programmeProcedure("programme.view").query(async ({ ctx }) => {
  const today = todayInNetherlands();
  const rows = await ctx.db.action.findMany({
    where: { programmeId: ctx.resource.id, archivedAt: null },
    orderBy: [{ primaryDomainOrder: "asc" }, { order: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      dueDate: true,
      owner: { select: { name: true } },
      // Promises the municipality took on are public to every member (see commitmentVisibility).
      commitments: {
        where: { status: { in: [...PUBLIC_COMMITMENT_STATUSES] } },
        select: { organisation: { select: { name: true } } },
      },
      goals: { select: { goal: { select: { id: true, title: true, order: true } } } },
    },
  });
  return rows.map((row) => {
    const dueDate = isoDate(row.dueDate);
    return {
      id: row.id,
      status: row.status,
      ownerName: row.owner?.name ?? null,
      dueDate,
      overdue: isOverdue({ status: row.status, dueDate }, today),
      // Accepted and fulfilled commitments, and the organisations that made them (A–Z, each once).
      committedPartners: row.commitments.length,
      committedOrganisations: [...new Set(row.commitments.map((c) => c.organisation.name))].sort((a, b) => a.localeCompare(b, "nl")),
      goals: row.goals
        .map(({ goal }) => goal)
        .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, "nl"))
        .map(({ id, title }) => ({ id, title })),
    };
  });
});
