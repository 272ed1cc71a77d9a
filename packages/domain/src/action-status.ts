/** The life of an action, from a proposal in the programme text to done or dropped. */
export const ACTION_STATUSES = ["proposed", "planned", "in_progress", "done", "blocked", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Verdict of a transition check; `error` is a translation key. */
export type TransitionVerdict = { ok: true } | { ok: false; error: string };

/**
 * Where an action may go from each status. Kept as data so the status menu offers only these
 * and the unit test can check every cell. Done can only be reopened, and a dropped action is
 * revived as a proposal or a plan, never straight to work in progress.
 */
export const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  proposed: ["planned", "in_progress", "dropped"],
  planned: ["in_progress", "blocked", "dropped", "proposed"],
  in_progress: ["done", "blocked", "dropped", "planned"],
  blocked: ["in_progress", "planned", "dropped"],
  done: ["in_progress"],
  dropped: ["proposed", "planned"],
};

const OPEN: readonly ActionStatus[] = ["proposed", "planned", "in_progress", "blocked"];

/** Narrows a value from a form, URL or database row to a status. */
export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === "string" && (ACTION_STATUSES as readonly string[]).includes(value);
}

/**
 * Reopening finished work or dropping an action must be explained: the council reads the
 * reason back in the action's history.
 */
export function transitionNeedsReason(from: ActionStatus, to: ActionStatus): boolean {
  return from !== to && (from === "done" || to === "dropped");
}

/** May an action move from `from` to `to`, given the reason the person wrote (if any)? */
export function checkStatusTransition(from: ActionStatus, to: ActionStatus, reason?: string | null): TransitionVerdict {
  if (from === to) return { ok: true };
  if (!ACTION_TRANSITIONS[from].includes(to)) return { ok: false, error: "errors.action.transitionNotAllowed" };
  if (transitionNeedsReason(from, to) && !reason?.trim()) return { ok: false, error: "errors.action.reasonRequired" };
  return { ok: true };
}

/** The statuses an action can move to next, in the order a menu shows them. */
export function allowedNextStatuses(from: ActionStatus): ActionStatus[] {
  return [...ACTION_TRANSITIONS[from]];
}

/** Still to be done: counts for overdue checks and open work. */
export function isOpenStatus(status: ActionStatus): boolean {
  return OPEN.includes(status);
}
