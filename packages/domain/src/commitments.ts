import { z } from "zod";
import { BUDGET_MAX_CENTS, isoDateSchema } from "./action-rules.js";
import { isOpenStatus, type ActionStatus, type TransitionVerdict } from "./action-status.js";
import { can, type Actor } from "./capabilities.js";

/*
 * Commitments (toezeggingen): a partner organisation promises a contribution to an action.
 * The partner offers; staff (civil servants, council, admin) accept or decline it, and mark
 * it fulfilled; the partner can withdraw it and reports on it while it runs. Everything here
 * is pure, so the API, the pages and the tests share one answer.
 */

export const COMMITMENT_STATUSES = ["offered", "accepted", "declined", "withdrawn", "fulfilled"] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Still running: an organisation has at most one of these per action. */
export const LIVE_COMMITMENT_STATUSES: readonly CommitmentStatus[] = ["offered", "accepted"];

/** What every member may see of any organisation: promises the municipality took on. */
export const PUBLIC_COMMITMENT_STATUSES: readonly CommitmentStatus[] = ["accepted", "fulfilled"];

/**
 * Where a commitment may go from each status. Declined, withdrawn and fulfilled are final:
 * the organisation offers anew instead of reviving an old promise.
 */
export const COMMITMENT_TRANSITIONS: Readonly<Record<CommitmentStatus, readonly CommitmentStatus[]>> = {
  offered: ["accepted", "declined", "withdrawn"],
  accepted: ["fulfilled", "withdrawn"],
  declined: [],
  withdrawn: [],
  fulfilled: [],
};

export function isCommitmentStatus(value: unknown): value is CommitmentStatus {
  return typeof value === "string" && (COMMITMENT_STATUSES as readonly string[]).includes(value);
}

export function isLiveCommitment(status: CommitmentStatus): boolean {
  return LIVE_COMMITMENT_STATUSES.includes(status);
}

/** Declining must be explained to the organisation; the other moves need no reason. */
export function commitmentTransitionNeedsReason(to: CommitmentStatus): boolean {
  return to === "declined";
}

/** May a commitment move from `from` to `to`, given the reason written (if any)? */
export function checkCommitmentTransition(from: CommitmentStatus, to: CommitmentStatus, reason?: string | null): TransitionVerdict {
  if (!COMMITMENT_TRANSITIONS[from].includes(to)) return { ok: false, error: "errors.commitment.transitionNotAllowed" };
  if (commitmentTransitionNeedsReason(to) && !reason?.trim()) return { ok: false, error: "errors.commitment.reasonRequired" };
  return { ok: true };
}

/** What people do with a commitment that exists (offering makes one). */
export const COMMITMENT_OPERATIONS = ["edit", "withdraw", "report", "accept", "decline", "fulfil"] as const;
export type CommitmentOperation = (typeof COMMITMENT_OPERATIONS)[number];

/** The status an operation moves a commitment to; edit and report leave it where it is. */
export const COMMITMENT_OPERATION_TARGET: Readonly<Record<CommitmentOperation, CommitmentStatus | null>> = {
  edit: null,
  report: null,
  withdraw: "withdrawn",
  accept: "accepted",
  decline: "declined",
  fulfil: "fulfilled",
};

/** The statuses in which an operation makes sense. */
const OPERATION_FROM: Readonly<Record<CommitmentOperation, readonly CommitmentStatus[]>> = {
  edit: ["offered"],
  report: ["accepted"],
  withdraw: ["offered", "accepted"],
  accept: ["offered"],
  decline: ["offered"],
  fulfil: ["accepted"],
};

/** Done by the partner organisation itself, or decided by the municipality. */
const BY_ORGANISATION: readonly CommitmentOperation[] = ["edit", "withdraw", "report"];

/** The parts of a commitment the rules look at. */
export type CommitmentFacts = { organisationId: string; status: CommitmentStatus };

/**
 * Who may do this to this commitment, whatever its status: a partner of the commitment's own
 * organisation edits, withdraws and reports; staff with commitment.decide accept, decline
 * and mark it fulfilled. A partner never decides, not even on their own organisation's offer.
 */
export function mayHandleCommitment(actor: Actor, operation: CommitmentOperation, commitment: Pick<CommitmentFacts, "organisationId">): boolean {
  if (BY_ORGANISATION.includes(operation)) return can(actor, "commitment.make", { organisationId: commitment.organisationId });
  return can(actor, "commitment.decide");
}

/** An error key when the operation does not fit the commitment's status now; null when it does. */
export function commitmentStateError(operation: CommitmentOperation, status: CommitmentStatus): string | null {
  if (OPERATION_FROM[operation].includes(status)) return null;
  if (operation === "edit") return "errors.commitment.editOnlyOffered";
  if (operation === "report") return "errors.commitment.reportOnlyAccepted";
  return "errors.commitment.transitionNotAllowed";
}

/** The operations this member can do on this commitment now, in the order a page offers them. */
export function allowedCommitmentOperations(actor: Actor, commitment: CommitmentFacts): CommitmentOperation[] {
  return COMMITMENT_OPERATIONS.filter(
    (operation) => mayHandleCommitment(actor, operation, commitment) && commitmentStateError(operation, commitment.status) === null,
  );
}

/**
 * Which commitments a member may see, as data the API turns into a query: staff see every
 * commitment of their municipality; anyone else sees the accepted and fulfilled ones of every
 * organisation, and a partner also their own organisation's offers, refusals and withdrawals.
 */
export type CommitmentVisibility =
  | { all: true }
  | { all: false; statuses: readonly CommitmentStatus[]; ownOrganisationId: string | null };

export function commitmentVisibility(actor: Actor): CommitmentVisibility {
  if (can(actor, "commitment.decide")) return { all: true };
  const ownOrganisationId = actor.role === "partner" ? (actor.organisationId ?? null) : null;
  return { all: false, statuses: PUBLIC_COMMITMENT_STATUSES, ownOrganisationId };
}

export function canSeeCommitment(actor: Actor, commitment: CommitmentFacts): boolean {
  const visibility = commitmentVisibility(actor);
  if (visibility.all) return true;
  return visibility.statuses.includes(commitment.status) || (visibility.ownOrganisationId !== null && commitment.organisationId === visibility.ownOrganisationId);
}

/** The commitments of a list this member may see, in the list's order. */
export function visibleCommitments<T extends CommitmentFacts>(actor: Actor, commitments: readonly T[]): T[] {
  return commitments.filter((commitment) => canSeeCommitment(actor, commitment));
}

/**
 * Why an action takes no new commitments (an error key), or null when it does: archived
 * actions and finished or dropped ones are closed to new offers.
 */
export function actionClosedToCommitments(action: { archived: boolean; status: ActionStatus }): string | null {
  if (action.archived) return "errors.commitment.actionArchived";
  if (!isOpenStatus(action.status)) return "errors.commitment.actionClosed";
  return null;
}

/**
 * The id of a commitment's card on its action's page: the page scrolls to it, and
 * notifications about that one commitment link there.
 */
export function commitmentAnchor(commitmentId: string): string {
  return `toezegging-${commitmentId}`;
}

/* ---------- Input ---------- */

export const COMMITMENT_CONTRIBUTION_MAX = 2000;
export const COMMITMENT_HOURS_MAX = 100_000;
export const COMMITMENT_REASON_MAX = 1000;
export const COMMITMENT_REPORT_MAX = 2000;

const PERIOD_END_BEFORE_START = "errors.commitment.periodEndBeforeStart";

export const commitmentContributionSchema = z
  .string({ error: "errors.commitment.contributionRequired" })
  .trim()
  .min(1, { error: "errors.commitment.contributionRequired" })
  .max(COMMITMENT_CONTRIBUTION_MAX, { error: "errors.commitment.contributionTooLong" });

export const commitmentHoursSchema = z
  .number({ error: "errors.commitment.hoursInvalid" })
  .int({ error: "errors.commitment.hoursInvalid" })
  .min(1, { error: "errors.commitment.hoursInvalid" })
  .max(COMMITMENT_HOURS_MAX, { error: "errors.commitment.hoursTooMany" });

/** Euro cents, as parseEuroToCents reads them from a form. */
export const commitmentCentsSchema = z
  .number({ error: "errors.commitment.euroInvalid" })
  .int({ error: "errors.commitment.euroInvalid" })
  .min(1, { error: "errors.commitment.euroInvalid" })
  .max(BUDGET_MAX_CENTS, { error: "errors.commitment.euroTooLarge" });

/** Why a commitment is declined (required) or withdrawn (optional: see the withdraw input). */
export const commitmentReasonSchema = z
  .string({ error: "errors.commitment.reasonRequired" })
  .trim()
  .min(1, { error: "errors.commitment.reasonRequired" })
  .max(COMMITMENT_REASON_MAX, { error: "errors.commitment.reasonTooLong" });

/** Period end before start: an error key, else null (also when one of them is missing). */
export function checkCommitmentPeriod(start: string | null | undefined, end: string | null | undefined): string | null {
  if (!start || !end) return null;
  return end < start ? PERIOD_END_BEFORE_START : null;
}

const periodFields = z.object({ periodStart: isoDateSchema.nullish(), periodEnd: isoDateSchema.nullish() });

/**
 * What an organisation promises: the contribution in words, optionally capacity in hours
 * and/or euro, and the period it runs. Empty optional fields are null (an edit clears them).
 */
export const commitmentFields = z
  .object({
    contribution: commitmentContributionSchema,
    capacityHours: commitmentHoursSchema.nullish(),
    capacityCents: commitmentCentsSchema.nullish(),
    periodStart: isoDateSchema.nullish(),
    periodEnd: isoDateSchema.nullish(),
  })
  .refine((fields) => checkCommitmentPeriod(fields.periodStart, fields.periodEnd) === null, {
    path: ["periodEnd"],
    error: PERIOD_END_BEFORE_START,
    // Also when another field is wrong, so the form shows every mistake at once.
    when: ({ value }) => periodFields.safeParse(value).success,
  });
export type CommitmentFields = z.infer<typeof commitmentFields>;

export const commitmentWithdrawInput = z.object({
  reason: z
    .string({ error: "errors.generic" })
    .trim()
    .max(COMMITMENT_REASON_MAX, { error: "errors.commitment.reasonTooLong" })
    .nullish()
    .transform((reason) => (reason ? reason : null)),
});

export const commitmentDeclineInput = z.object({ reason: commitmentReasonSchema });

export const commitmentReportInput = z.object({
  date: isoDateSchema,
  text: z
    .string({ error: "errors.commitment.reportRequired" })
    .trim()
    .min(1, { error: "errors.commitment.reportRequired" })
    .max(COMMITMENT_REPORT_MAX, { error: "errors.commitment.reportTooLong" }),
});
