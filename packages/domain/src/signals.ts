import { z } from "zod";
import type { TransitionVerdict } from "./action-status.js";
import type { Role } from "./roles.js";
import { idSchema } from "./schemas.js";

/*
 * Signals (agenderen): anyone in the programme puts something on the agenda — a need the
 * school sees, a pattern the GP notices — and civil servants triage it: they take it in
 * review, then turn it into an action of the programme or decline it with a reason. The
 * raiser follows every step.
 */

export const SIGNAL_STATUSES = ["new", "in_review", "became_action", "declined"] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

/** Where a signal may go from each status; "became_action" and "declined" are final. */
export const SIGNAL_TRANSITIONS: Readonly<Record<SignalStatus, readonly SignalStatus[]>> = {
  new: ["in_review", "became_action", "declined"],
  in_review: ["became_action", "declined"],
  became_action: [],
  declined: [],
};

/** Still waiting for a decision: what triagers see first ("Te behandelen"). */
export const OPEN_SIGNAL_STATUSES: readonly SignalStatus[] = ["new", "in_review"];

export const SIGNAL_TITLE_MIN = 3;
export const SIGNAL_TITLE_MAX = 200;
export const SIGNAL_TEXT_MAX = 5000;
export const SIGNAL_REASON_MAX = 1000;

/** Narrows a value from a form, URL or database row to a signal status. */
export function isSignalStatus(value: unknown): value is SignalStatus {
  return typeof value === "string" && (SIGNAL_STATUSES as readonly string[]).includes(value);
}

export function isFinalSignalStatus(status: SignalStatus): boolean {
  return SIGNAL_TRANSITIONS[status].length === 0;
}

/** The statuses a signal can move to next. */
export function allowedNextSignalStatuses(from: SignalStatus): SignalStatus[] {
  return [...SIGNAL_TRANSITIONS[from]];
}

/**
 * May a signal move from `from` to `to`, given the reason written (if any)? A decided signal
 * stays decided; declining must be explained to the raiser (1–1000 characters).
 */
export function checkSignalTransition(from: SignalStatus, to: SignalStatus, reason?: string | null): TransitionVerdict {
  if (isFinalSignalStatus(from)) return { ok: false, error: "errors.signal.alreadyDecided" };
  if (!SIGNAL_TRANSITIONS[from].includes(to)) return { ok: false, error: "errors.signal.transitionNotAllowed" };
  if (to === "declined") {
    const written = reason?.trim() ?? "";
    if (written.length === 0) return { ok: false, error: "errors.signal.reasonRequired" };
    if (written.length > SIGNAL_REASON_MAX) return { ok: false, error: "errors.signal.reasonTooLong" };
  }
  return { ok: true };
}

/** The member asking to see signals: who they are, their role and (partners) their organisation. */
export type SignalViewer = { userId: string; role: Role; organisationId?: string | null };

/**
 * Which signals of a programme a member sees. Staff see all; a partner sees those raised by
 * anyone of their organisation; a viewer sees their own. Everyone sees the ones they raised
 * themselves (also after a change of role or organisation).
 */
export type SignalScope =
  | { kind: "all" }
  | { kind: "organisation"; organisationId: string; userId: string }
  | { kind: "own"; userId: string };

const STAFF_ROLES: readonly Role[] = ["admin", "council", "civil_servant"];

export function signalScope(viewer: SignalViewer): SignalScope {
  if (STAFF_ROLES.includes(viewer.role)) return { kind: "all" };
  if (viewer.role === "partner" && viewer.organisationId) {
    return { kind: "organisation", organisationId: viewer.organisationId, userId: viewer.userId };
  }
  return { kind: "own", userId: viewer.userId };
}

/** May this member see this signal (of a programme of their own municipality)? */
export function canSeeSignal(viewer: SignalViewer, signal: { raisedById: string | null; organisationId: string | null }): boolean {
  const scope = signalScope(viewer);
  if (scope.kind === "all") return true;
  if (signal.raisedById !== null && signal.raisedById === scope.userId) return true;
  return scope.kind === "organisation" && signal.organisationId === scope.organisationId;
}

/* Input schemas, shared by the forms and the API; messages are translation keys. */

export const signalTitleSchema = z
  .string({ error: "errors.signal.titleTooShort" })
  .trim()
  .min(SIGNAL_TITLE_MIN, { error: "errors.signal.titleTooShort" })
  .max(SIGNAL_TITLE_MAX, { error: "errors.signal.titleTooLong" });

export const signalTextSchema = z
  .string({ error: "errors.signal.textRequired" })
  .trim()
  .min(1, { error: "errors.signal.textRequired" })
  .max(SIGNAL_TEXT_MAX, { error: "errors.signal.textTooLong" });

export const signalReasonSchema = z
  .string({ error: "errors.signal.reasonRequired" })
  .trim()
  .min(1, { error: "errors.signal.reasonRequired" })
  .max(SIGNAL_REASON_MAX, { error: "errors.signal.reasonTooLong" });

/** An empty select ("no action") arrives as "" from a form. */
const optionalId = z.preprocess((value) => (value === "" || value === null ? undefined : value), idSchema.optional());

export const raiseSignalFields = z.object({
  title: signalTitleSchema,
  text: signalTextSchema,
  domainId: idSchema,
  linkedActionId: optionalId,
});
export type RaiseSignalFields = z.infer<typeof raiseSignalFields>;

export const signalStatusSchema = z.enum(SIGNAL_STATUSES, { error: "errors.signal.statusInvalid" });
