import { can, mayReportProgress, requestCounts, requestItemStatus, type UpdateRequestFilters } from "@koers/domain";
import { isoDate, todayInNetherlands } from "../../../services/serialize.js";
import { itemsAskedOf, overdueItems, requestSummaries } from "../../../services/update-requests.js";
import { municipalityProcedure } from "../../init.js";
import { actionProcedure, programmeProcedure } from "../../guards.js";
import { requestProcedure } from "./guard.js";

/** The requests of a programme, newest first, each with answered / open / overdue counts. */
export const list = programmeProcedure("update.request").query(({ ctx }) =>
  requestSummaries(ctx.db, { programmeId: ctx.resource.id }, todayInNetherlands()),
);

/** One request with every action it asked about, its owner and whether it was answered. */
export const get = requestProcedure("update.request").query(async ({ ctx }) => {
  const request = ctx.resource;
  const today = todayInNetherlands();
  const deadline = isoDate(request.deadline);
  const [requester, items] = await Promise.all([
    request.requestedById ? ctx.db.user.findUnique({ where: { id: request.requestedById }, select: { id: true, name: true } }) : null,
    ctx.db.updateRequestItem.findMany({
      where: { requestId: request.id },
      select: {
        answeredAt: true,
        owner: { select: { id: true, name: true } },
        action: { select: { id: true, title: true, status: true, archivedAt: true, primaryDomainOrder: true, order: true } },
        update: { select: { id: true, date: true, text: true, author: { select: { name: true } } } },
      },
    }),
  ]);
  items.sort((a, b) => a.action.primaryDomainOrder - b.action.primaryDomainOrder || a.action.order - b.action.order || a.action.title.localeCompare(b.action.title));
  return {
    id: request.id,
    programme: { id: request.programme.id, title: request.programme.title },
    requester,
    createdAt: request.createdAt.toISOString(),
    deadline,
    message: request.message,
    filters: request.filter as UpdateRequestFilters,
    counts: requestCounts(items, deadline, today),
    items: items.map((item) => ({
      action: { id: item.action.id, title: item.action.title, status: item.action.status, archived: item.action.archivedAt !== null },
      owner: item.owner,
      status: requestItemStatus(item, deadline, today),
      answeredAt: item.answeredAt?.toISOString() ?? null,
      update: item.update && { id: item.update.id, date: isoDate(item.update.date), text: item.update.text, author: item.update.author?.name ?? null },
    })),
  };
});

/** What the caller, as owner, is asked and has not answered yet, in this municipality. */
export const mine = municipalityProcedure("programme.view").query(({ ctx }) =>
  itemsAskedOf(ctx.db, ctx.user.id, { programme: { municipalityId: ctx.municipality.id } }, todayInNetherlands()),
);

/**
 * The open requests about one action, for the banner above its progress form, and whether the
 * caller may write that progress report (staff who track actions, or the owner).
 * Only those who ask for updates, track actions or own the action see the requests.
 */
export const forAction = actionProcedure("programme.view").query(async ({ ctx }) => {
  const action = ctx.resource;
  const mayReport = mayReportProgress(ctx.membership, action);
  const isOwner = action.ownerId !== null && action.ownerId === ctx.user.id;
  if (!mayReport && !can(ctx.membership, "update.request")) return { mayReport, open: [] };
  const today = todayInNetherlands();
  const rows = await ctx.db.updateRequestItem.findMany({
    where: { actionId: action.id, answeredAt: null },
    select: { request: { select: { id: true, deadline: true, message: true, requestedBy: { select: { name: true } } } } },
    orderBy: [{ request: { deadline: "asc" } }, { request: { createdAt: "asc" } }],
  });
  return {
    mayReport,
    open: rows.map(({ request }) => {
      const deadline = isoDate(request.deadline);
      return {
        requestId: request.id,
        deadline,
        message: request.message,
        requester: request.requestedBy?.name ?? null,
        /** The current owner answers, whoever owned the action when it was asked. */
        askedOfYou: isOwner,
        status: requestItemStatus({ answeredAt: null }, deadline, today),
      };
    }),
  };
});

/**
 * What the dashboard shows: for those who ask for updates, the requests still waiting for
 * answers and the overdue items; for everyone, what is asked of them in this programme.
 */
export const overview = programmeProcedure("programme.view").query(async ({ ctx }) => {
  const programmeId = ctx.resource.id;
  const today = todayInNetherlands();
  const staff = can(ctx.membership, "update.request");
  const [waiting, overdue, mineItems] = await Promise.all([
    staff ? requestSummaries(ctx.db, { programmeId, items: { some: { answeredAt: null } } }, today, 20) : null,
    staff ? overdueItems(ctx.db, programmeId, today) : null,
    itemsAskedOf(ctx.db, ctx.user.id, { programmeId }, today),
  ]);
  return { requests: waiting, overdue, mine: mineItems };
});
