import { requestCounts, requestItemStatus, requestTargets, type UpdateRequestFilters } from "@koers/domain";
import type { Db, Prisma } from "../db.server.js";
import { actionWhere } from "./action-query.js";
import { isoDate } from "./serialize.js";

type Tx = Prisma.TransactionClient;
type Reader = Db | Tx;

/**
 * The actions a request with these filters asks about (live, with an owner), in the list's
 * order, and how many live matches were left out for having no owner.
 */
export async function requestSelection(db: Reader, programmeId: string, filters: UpdateRequestFilters, today: string) {
  const rows = await db.action.findMany({
    where: { AND: [actionWhere(programmeId, filters, today), { status: { notIn: ["done", "dropped"] } }] },
    select: { id: true, title: true, status: true, ownerId: true, archivedAt: true },
    orderBy: [{ primaryDomainOrder: "asc" }, { order: "asc" }, { id: "asc" }],
  });
  const { items, skippedWithoutOwner } = requestTargets(rows.map((row) => ({ ...row, archived: row.archivedAt !== null })));
  return { actions: items, owners: new Set(items.map((a) => a.ownerId)).size, skippedWithoutOwner };
}

/**
 * A progress update answers every open request item of its action (the first update after a
 * request is the answer). Called in the transaction that saves the update.
 */
export async function answerRequestItems(tx: Tx, actionId: string, updateId: string, at = new Date()): Promise<number> {
  const { count } = await tx.updateRequestItem.updateMany({
    where: { actionId, answeredAt: null, request: { createdAt: { lte: at } } },
    data: { answeredAt: at, updateId },
  });
  return count;
}

const summarySelect = {
  id: true,
  message: true,
  deadline: true,
  filter: true,
  createdAt: true,
  requestedBy: { select: { id: true, name: true } },
  items: { select: { answeredAt: true } },
} satisfies Prisma.UpdateRequestSelect;

/** Requests of a programme with how far each is answered, newest first. */
export async function requestSummaries(db: Reader, where: Prisma.UpdateRequestWhereInput, today: string, take = 100) {
  const rows = await db.updateRequest.findMany({ where, select: summarySelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take });
  return rows.map((row) => summaryOf(row, today));
}

function summaryOf(row: Prisma.UpdateRequestGetPayload<{ select: typeof summarySelect }>, today: string) {
  const deadline = isoDate(row.deadline);
  return {
    id: row.id,
    requester: row.requestedBy,
    createdAt: row.createdAt.toISOString(),
    deadline,
    message: row.message,
    filters: row.filter as UpdateRequestFilters,
    counts: requestCounts(row.items, deadline, today),
  };
}
export type RequestSummary = ReturnType<typeof summaryOf>;

/** Unanswered items of a programme whose deadline has passed, the longest overdue first. */
export async function overdueItems(db: Reader, programmeId: string, today: string, take = 50) {
  const rows = await db.updateRequestItem.findMany({
    where: { answeredAt: null, action: { archivedAt: null }, request: { programmeId, deadline: { lt: new Date(`${today}T00:00:00.000Z`) } } },
    select: {
      requestId: true,
      request: { select: { deadline: true } },
      action: { select: { id: true, title: true, owner: { select: { id: true, name: true } } } },
    },
    orderBy: [{ request: { deadline: "asc" } }, { action: { title: "asc" } }],
    take,
  });
  return rows.map((row) => ({
    requestId: row.requestId,
    deadline: isoDate(row.request.deadline),
    action: { id: row.action.id, title: row.action.title },
    owner: row.action.owner,
  }));
}

/**
 * What is asked of this person and not yet answered: one entry per action (the earliest
 * deadline when several requests ask about it), soonest first. The action's current owner
 * is the one who answers, so ownership is read from the action, not from the request.
 */
export async function itemsAskedOf(db: Reader, userId: string, where: Prisma.UpdateRequestWhereInput, today: string) {
  const rows = await db.updateRequestItem.findMany({
    where: { answeredAt: null, action: { ownerId: userId, archivedAt: null }, request: where },
    select: {
      requestId: true,
      request: { select: { deadline: true, message: true, programmeId: true, requestedBy: { select: { name: true } } } },
      action: { select: { id: true, title: true } },
    },
    orderBy: [{ request: { deadline: "asc" } }, { request: { createdAt: "asc" } }],
    take: 200,
  });
  const seen = new Set<string>();
  const out = [];
  for (const row of rows) {
    if (seen.has(row.action.id)) continue;
    seen.add(row.action.id);
    const deadline = isoDate(row.request.deadline);
    out.push({
      requestId: row.requestId,
      programmeId: row.request.programmeId,
      action: row.action,
      deadline,
      message: row.request.message,
      requester: row.request.requestedBy?.name ?? null,
      status: requestItemStatus({ answeredAt: null }, deadline, today),
    });
  }
  return out;
}
