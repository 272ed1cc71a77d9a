import { actionListFilters, can } from "@koers/domain";
import { exportActions, listActions } from "../../../services/action-query.js";
import { centsOf, isoDate } from "../../../services/serialize.js";
import { actionProcedure, programmeProcedure } from "../../guards.js";
import { storedActionDescription } from "../../../collab/stored-text.js";
import { visibleSignals } from "../signal/guard.js";

/** The filtered, sorted, paged action list of a programme. */
export const list = programmeProcedure("programme.view")
  .input(actionListFilters)
  .query(({ ctx, input }) => listActions(ctx.db, ctx.resource.id, input));

/** Every action matching the filters, for the CSV download. */
export const exportRows = programmeProcedure("programme.view")
  .input(actionListFilters)
  .query(({ ctx, input }) => exportActions(ctx.db, ctx.resource.id, input));

/** One action with its tracking fields, progress reports and (for staff) its change history. */
export const get = actionProcedure("programme.view").query(async ({ ctx }) => {
  const action = await ctx.db.action.findUniqueOrThrow({
    where: { id: ctx.resource.id },
    include: {
      primaryDomain: { select: { id: true, name: true } },
      otherDomains: { select: { domain: { select: { id: true, name: true } } } },
      goals: { select: { goal: { select: { id: true, title: true } } } },
      owner: { select: { id: true, name: true } },
      programme: { select: { id: true, title: true } },
      updates: { orderBy: [{ date: "desc" }, { createdAt: "desc" }], include: { author: { select: { name: true } } } },
    },
  });
  const history = can(ctx.membership, "audit.view")
    ? await ctx.db.auditEvent.findMany({
        where: { entityType: "Action", entityId: action.id },
        orderBy: { createdAt: "desc" },
        take: 100,
      })
    : null;
  // The signals this action came from, as far as the reader may see them (a partner sees their
  // organisation's, a viewer their own, staff all).
  const fromSignals = await ctx.db.signal.findMany({
    where: {
      resultActionId: action.id,
      ...visibleSignals({ userId: ctx.user.id, role: ctx.membership.role, organisationId: ctx.membership.organisationId }),
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true },
  });
  const actorIds = [...new Set((history ?? []).map((h) => h.actorId).filter((id): id is string => Boolean(id)))];
  const actors = new Map(
    (await ctx.db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  return {
    id: action.id,
    title: action.title,
    description: action.description,
    /** The description as written in the programme text (rich), when the action has a block there. */
    descriptionText: await storedActionDescription(ctx.db, action.programmeId, action.id),
    status: action.status,
    startDate: isoDate(action.startDate),
    dueDate: isoDate(action.dueDate),
    budgetCents: centsOf(action.budgetCents),
    tags: action.tags,
    archived: action.archivedAt !== null,
    programme: action.programme,
    primaryDomain: action.primaryDomain,
    otherDomains: action.otherDomains.map((d) => d.domain),
    goals: action.goals.map((g) => g.goal),
    owner: action.owner,
    fromSignals,
    updates: action.updates.map((u) => ({
      id: u.id,
      date: isoDate(u.date),
      status: u.status,
      text: u.text,
      author: u.author?.name ?? null,
    })),
    history:
      history?.map((h) => ({
        id: h.id,
        action: h.action,
        at: h.createdAt.toISOString(),
        actor: h.actorId ? (actors.get(h.actorId) ?? null) : null,
        before: h.before as unknown,
        after: h.after as unknown,
      })) ?? null,
  };
});
