import { can, signalListInput, signalListOpensFirst, signalScope } from "@koers/domain";
import { pageOfSignals } from "../../../services/signal-query.js";
import { programmeProcedure } from "../../guards.js";
import { signalProcedure, visibleSignals } from "./guard.js";

const person = { select: { id: true, name: true } } as const;

/**
 * One page of the signals of a programme this member may see (staff: all; a partner: their
 * organisation's; a viewer: their own), optionally of one status or domain, with how many
 * match in all. Staff get those waiting for triage first (see signalListOpensFirst), then the
 * decided ones, each newest first; everyone else newest first. With them what the "Signaal
 * agenderen" form chooses from: the live domains and the live actions, in programme order.
 */
export const list = programmeProcedure("programme.view")
  .input(signalListInput)
  .query(async ({ ctx, input }) => {
    const programmeId = ctx.resource.id;
    const viewer = { userId: ctx.user.id, role: ctx.membership.role, organisationId: ctx.membership.organisationId };
    const scope = signalScope(viewer);
    const where = {
      programmeId,
      ...visibleSignals(viewer),
      ...(input.status ? { status: input.status } : {}),
      ...(input.domainId ? { domainId: input.domainId } : {}),
    };
    const [signals, domains, actions] = await Promise.all([
      pageOfSignals(ctx.db, where, input, signalListOpensFirst(scope)),
      ctx.db.domain.findMany({ where: { programmeId, archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, name: true } }),
      ctx.db.action.findMany({
        where: { programmeId, archivedAt: null, primaryDomain: { archivedAt: null } },
        orderBy: [{ primaryDomain: { order: "asc" } }, { order: "asc" }],
        select: { id: true, title: true, primaryDomainId: true },
      }),
    ]);
    return {
      rows: signals.rows.map((signal) => ({
        id: signal.id,
        title: signal.title,
        status: signal.status,
        domain: signal.domain,
        raisedBy: signal.raisedBy,
        organisation: signal.organisation,
        createdAt: signal.createdAt.toISOString(),
        resultActionId: signal.resultActionId,
      })),
      total: signals.total,
      /** The page shown: the one asked for, or the last one when that lies beyond it. */
      page: signals.page,
      pageSize: signals.pageSize,
      /** How many of all matching signals wait for triage and how many are decided (staff's two lists); null for one list. */
      sections: signals.sections,
      domains,
      actions: actions.map((action) => ({ id: action.id, title: action.title, domainId: action.primaryDomainId })),
      /** Which signals the member sees: "all" (staff), "organisation" (a partner) or "own". */
      scope: scope.kind,
      canTriage: can(ctx.membership, "signal.triage"),
    };
  });

/**
 * How many signals of the programme wait for triage (new or in review), for those who triage
 * them (the navigation shows it); 0 for everyone else, who has nothing to do with the count.
 */
export const toTriage = programmeProcedure("programme.view").query(async ({ ctx }) => {
  if (!can(ctx.membership, "signal.triage")) return { count: 0 };
  const count = await ctx.db.signal.count({ where: { programmeId: ctx.resource.id, status: { in: ["new", "in_review"] } } });
  return { count };
});

/** One signal with its whole history (each step: status, reason, who, when — oldest first). */
export const get = signalProcedure("programme.view").query(async ({ ctx }) => {
  const signal = await ctx.db.signal.findUniqueOrThrow({
    where: { id: ctx.signal.id },
    include: {
      domain: { select: { id: true, name: true } },
      raisedBy: person,
      organisation: { select: { id: true, name: true } },
      linkedAction: { select: { id: true, title: true, archivedAt: true } },
      resultAction: { select: { id: true, title: true, archivedAt: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { actor: person } },
    },
  });
  const action = (row: { id: string; title: string; archivedAt: Date | null } | null) =>
    row && { id: row.id, title: row.title, archived: row.archivedAt !== null };
  return {
    id: signal.id,
    programmeId: signal.programmeId,
    title: signal.title,
    text: signal.text,
    status: signal.status,
    reason: signal.reason,
    domain: signal.domain,
    raisedBy: signal.raisedBy,
    organisation: signal.organisation,
    createdAt: signal.createdAt.toISOString(),
    linkedAction: action(signal.linkedAction),
    resultAction: action(signal.resultAction),
    history: signal.events.map((event) => ({
      id: event.id,
      status: event.status,
      reason: event.reason,
      actor: event.actor,
      at: event.createdAt.toISOString(),
    })),
    canTriage: can(ctx.membership, "signal.triage"),
  };
});
