import { z } from "zod";
import type { ActionStatus } from "./action-status.js";
import { actionListFilters } from "./action-list.js";
import { isoDateSchema } from "./action-rules.js";
import { can, type Actor } from "./capabilities.js";

/*
 * Update requests (voortgangsverzoeken): a civil servant or council member asks the owners of
 * a set of actions for a progress update by a deadline. Planning tools find that most owners
 * never report, so the rules keep the path from the request to a saved update short: the
 * owner may always report on their own action, and their report answers the request.
 */

export const UPDATE_REQUEST_MESSAGE_MAX = 2000;

/** The action-list filters a request may be made with (no sorting or paging). */
export const updateRequestFilters = actionListFilters.pick({
  domainId: true,
  status: true,
  ownerId: true,
  goalId: true,
  tag: true,
  overdue: true,
  withoutDueDate: true,
  q: true,
});
export type UpdateRequestFilters = z.infer<typeof updateRequestFilters>;

export const updateRequestMessageSchema = z
  .string({ error: "errors.updateRequest.messageTooLong" })
  .trim()
  .max(UPDATE_REQUEST_MESSAGE_MAX, { error: "errors.updateRequest.messageTooLong" });

/** What a person fills in; whether the deadline lies ahead is checked against today with `checkDeadline`. */
export const updateRequestInput = z.object({
  deadline: isoDateSchema,
  message: updateRequestMessageSchema.default(""),
  filters: updateRequestFilters.default({}),
});
export type UpdateRequestInput = z.infer<typeof updateRequestInput>;

/** An error key when the deadline is already past in the Netherlands; today itself is allowed. */
export function checkDeadline(deadline: string, today: string): string | null {
  if (!isoDateSchema.safeParse(deadline).success) return "errors.date.invalid";
  // "YYYY-MM-DD" sorts as text in calendar order.
  return deadline < today ? "errors.updateRequest.deadlinePast" : null;
}

/** Work still going on: not archived, not done and not dropped. Only these are asked about. */
export function isLiveAction(action: { archived: boolean; status: ActionStatus }): boolean {
  return !action.archived && action.status !== "done" && action.status !== "dropped";
}

/**
 * Splits the actions a filter matched into those that get a request item (live, with an
 * owner to ask) and the number left out because nobody owns them yet.
 */
export function requestTargets<A extends { archived: boolean; status: ActionStatus; ownerId: string | null }>(
  actions: readonly A[],
): { items: (A & { ownerId: string })[]; skippedWithoutOwner: number } {
  const live = actions.filter(isLiveAction);
  const items = live.filter((a): a is A & { ownerId: string } => a.ownerId !== null);
  return { items, skippedWithoutOwner: live.length - items.length };
}

export const REQUEST_ITEM_STATUSES = ["answered", "open", "overdue"] as const;
export type RequestItemStatus = (typeof REQUEST_ITEM_STATUSES)[number];

/**
 * Answered once a progress update came in after the request; otherwise open until the
 * deadline has passed (the deadline day itself is still in time), then overdue.
 */
export function requestItemStatus(item: { answeredAt: Date | string | null }, deadline: string, today: string): RequestItemStatus {
  if (item.answeredAt !== null) return "answered";
  return deadline < today ? "overdue" : "open";
}

export type RequestCounts = { total: number } & Record<RequestItemStatus, number>;

/** How far a request has been answered, for the list and the dashboard. */
export function requestCounts(items: readonly { answeredAt: Date | string | null }[], deadline: string, today: string): RequestCounts {
  const counts: RequestCounts = { total: items.length, answered: 0, open: 0, overdue: 0 };
  for (const item of items) counts[requestItemStatus(item, deadline, today)] += 1;
  return counts;
}

/**
 * May this member write a progress report on this action? Those who track actions may, and so
 * may the action's owner whatever their role: an owner asked for an update must be able to
 * give it (a council member who owns an action has no action.track).
 */
export function mayReportProgress(actor: Actor & { userId: string }, action: { ownerId: string | null }): boolean {
  return can(actor, "action.track") || (action.ownerId !== null && action.ownerId === actor.userId);
}
