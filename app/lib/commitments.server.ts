import { json, redirect } from "@remix-run/node";
import { parseEuroToCents } from "@koers/domain";
import type { Caller } from "../../server/trpc/root";
import { SAVED_CODES, SAVED_PARAM, isCommitmentIntent, type CommitmentFormResult, type CommitmentIntent } from "../components/commitments/types";
import { text, valuesOf } from "./form-data";
import { formErrorsOf, load } from "./trpc-errors.server";

/** Today in the Netherlands ("YYYY-MM-DD"): the default and latest date of a progress report. */
export function todayInNetherlands(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

/** The commitments on an action's page: those the reader may see, and whether their organisation can offer. */
export async function loadCommitments(trpc: Caller, actionId: string, request: Request) {
  const data = await load(request, () => trpc.commitment.forAction({ actionId }));
  return { ...data, today: todayInNetherlands() };
}

export type ActionCommitmentsData = Awaited<ReturnType<typeof loadCommitments>>;

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** A whole number from a form field; anything else becomes NaN, which the API refuses with a message. */
function wholeNumber(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The offer/edit form's fields as the API takes them: euro typed the Dutch way become cents. */
function commitmentFields(form: FormData) {
  const euro = text(form, "capacityEuro").trim();
  return {
    contribution: text(form, "contribution"),
    capacityHours: wholeNumber(text(form, "capacityHours")),
    capacityCents: euro === "" ? null : (parseEuroToCents(euro) ?? Number.NaN),
    periodStart: orNull(text(form, "periodStart")),
    periodEnd: orNull(text(form, "periodEnd")),
  };
}

async function perform(trpc: Caller, intent: CommitmentIntent, form: FormData): Promise<void> {
  const commitmentId = text(form, "commitmentId");
  switch (intent) {
    case "commitment.offer":
      await trpc.commitment.offer({ actionId: text(form, "actionId"), ...commitmentFields(form) });
      return;
    case "commitment.edit":
      await trpc.commitment.edit({ commitmentId, ...commitmentFields(form) });
      return;
    case "commitment.withdraw":
      await trpc.commitment.withdraw({ commitmentId, reason: orNull(text(form, "reason")) });
      return;
    case "commitment.accept":
      await trpc.commitment.accept({ commitmentId });
      return;
    case "commitment.decline":
      await trpc.commitment.decline({ commitmentId, reason: text(form, "reason") });
      return;
    case "commitment.fulfil":
      await trpc.commitment.fulfil({ commitmentId });
      return;
    case "commitment.report":
      await trpc.commitment.report({ commitmentId, date: text(form, "date"), text: text(form, "text") });
      return;
  }
}

/** API field names → the form's; capacity in euro is typed as euro, sent as cents. */
const FORM_FIELD: Record<string, string> = { capacityCents: "capacityEuro" };

/**
 * Handles a POST whose intent starts with "commitment." on any page that shows commitments.
 * Success redirects to the same page (so a reload does not send it again) with a message code
 * in the query and, when given, a fragment that brings the reader back to the section. A
 * refusal answers 400 with the messages by field; a message about the whole form travels as
 * the field "_form", so the form it belongs to shows it (not the page's general alert).
 */
export async function handleCommitmentIntent(trpc: Caller, request: Request, form: FormData, options: { hash?: string } = {}) {
  const intent = text(form, "intent");
  const refuse = (fields: Record<string, string>) =>
    json<CommitmentFormResult>({ intent, ok: null, errors: { fields, form: null }, values: valuesOf(form) }, { status: 400 });
  if (!isCommitmentIntent(intent)) return refuse({ _form: "errors.generic" });
  try {
    await perform(trpc, intent, form);
  } catch (error) {
    const errors = formErrorsOf(error, request);
    const fields: Record<string, string> = {};
    for (const [key, message] of Object.entries(errors.fields)) fields[FORM_FIELD[key] ?? key] ??= message;
    if (errors.form) fields._form ??= errors.form;
    return refuse(fields);
  }
  const url = new URL(request.url);
  url.searchParams.set(SAVED_PARAM, SAVED_CODES[intent]);
  url.searchParams.delete("index");
  return redirect(`${url.pathname}${url.search}${options.hash ? `#${options.hash}` : ""}`, 303);
}
