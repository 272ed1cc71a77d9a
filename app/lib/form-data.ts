/** A form field as a string ("" when missing). */
export function text(form: FormData, key: string): string {
  return String(form.get(key) ?? "");
}

/** What was typed, to put back into the form after a refusal. */
export function valuesOf(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter(([key]) => key !== "intent").map(([key, value]) => [key, String(value)]));
}

export type FormResult = {
  intent: string;
  ok: string | null;
  okValues?: Record<string, string> | null;
  errors: { fields: Record<string, string>; form: string | null; values?: Record<string, string | number> } | null;
  values: Record<string, string> | null;
};

/** The answer to a POST whose `intent` no form on the page sends. */
export function unknownIntent(intent: string): FormResult {
  return { intent, ok: null, errors: { fields: {}, form: "errors.generic" }, values: null };
}

/** A refused form: the errors to show and what was typed, to put back. */
export function refusedForm(intent: string, errors: FormResult["errors"], form: FormData): FormResult {
  return { intent, ok: null, errors, values: valuesOf(form) };
}
