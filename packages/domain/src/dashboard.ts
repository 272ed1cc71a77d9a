import { ACTION_STATUSES, type ActionStatus } from "./action-status.js";

export type StatusCounts = Record<ActionStatus, number>;
export type Progress = { total: number; done: number; share: number };

/** Zero for every status, to add query rows into. */
export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/**
 * How much of the programme is done. Dropped actions leave the total: a council that drops an
 * action decides it will not be done, and that should not read as falling behind.
 */
export function progressOf(counts: StatusCounts): Progress {
  const total = ACTION_STATUSES.reduce((sum, status) => (status === "dropped" ? sum : sum + counts[status]), 0);
  const done = counts.done;
  return { total, done, share: total > 0 ? done / total : 0 };
}
