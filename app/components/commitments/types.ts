import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../../server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;

/** The commitments on one action as commitment.forAction gives them. */
export type ActionCommitments = Outputs["commitment"]["forAction"];
/** One commitment, with the operations the reader may do on it now. */
export type Commitment = ActionCommitments["commitments"][number];
/** The "Onze toezeggingen" / "Toezeggingen" page (commitment.overview). */
export type CommitmentOverview = Outputs["commitment"]["overview"];

/** What a commitment form POST answered when it was refused (success redirects). */
export type CommitmentFormResult = {
  intent: string;
  ok: string | null;
  errors: { fields: Record<string, string>; form: string | null } | null;
  values: Record<string, string> | null;
};

/** The message after a change, carried in the redirect's query (?toezegging=aanvaard). */
export const SAVED_PARAM = "toezegging";
export const SAVED_CODES = {
  "commitment.offer": "aangeboden",
  "commitment.edit": "gewijzigd",
  "commitment.withdraw": "ingetrokken",
  "commitment.accept": "aanvaard",
  "commitment.decline": "afgewezen",
  "commitment.fulfil": "nagekomen",
  "commitment.report": "verslag",
} as const;
export type CommitmentIntent = keyof typeof SAVED_CODES;

export function isCommitmentIntent(intent: string): intent is CommitmentIntent {
  return Object.hasOwn(SAVED_CODES, intent);
}

/** The confirmation to show for a ?toezegging= code, or null for none (or one we did not send). */
export function savedMessage(code: string | null): string | null {
  return code && (Object.values(SAVED_CODES) as string[]).includes(code) ? `commitments.saved.${code}` : null;
}

/** The refusal that belongs to this form (by intent, and for one commitment's forms by its id). */
export function resultFor(result: CommitmentFormResult | undefined, intent: CommitmentIntent, commitmentId?: string): CommitmentFormResult | null {
  if (!result || result.intent !== intent) return null;
  if (commitmentId && result.values?.commitmentId !== commitmentId) return null;
  return result;
}

/** Where the offer form is on an action's page (the overview links straight to it). */
export const OFFER_FORM_ID = "toezegging-doen";
export const SECTION_ID = "toezeggingen";
