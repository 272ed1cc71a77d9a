import type { TransitionVerdict } from "./action-status.js";

/** A programme is drafted, put out for consultation, adopted by the council and finally archived. */
export const PROGRAMME_STATUSES = ["draft", "consultation", "adopted", "archived"] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/**
 * Forward one step at a time; the only way back is from consultation to draft, to take in
 * what the consultation brought up. An adopted programme is changed by a new version, not by
 * going back to draft.
 */
export const PROGRAMME_TRANSITIONS: Readonly<Record<ProgrammeStatus, readonly ProgrammeStatus[]>> = {
  draft: ["consultation"],
  consultation: ["adopted", "draft"],
  adopted: ["archived"],
  archived: [],
};

/** May a programme move from `from` to `to`? Staying where it is counts as allowed. */
export function checkProgrammeTransition(from: ProgrammeStatus, to: ProgrammeStatus): TransitionVerdict {
  if (from === to || PROGRAMME_TRANSITIONS[from].includes(to)) return { ok: true };
  return { ok: false, error: "errors.programme.transitionNotAllowed" };
}

/** The statuses a programme can move to next, for the status menu. */
export function allowedNextProgrammeStatuses(from: ProgrammeStatus): ProgrammeStatus[] {
  return [...PROGRAMME_TRANSITIONS[from]];
}
