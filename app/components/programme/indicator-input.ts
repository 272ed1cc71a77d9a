import { parseDecimal } from "../../lib/number";

const NUMBER_FIELDS = ["baselineValue", "targetValue"] as const;

/**
 * The indicator form's numbers, read the Dutch way. A value that is not a number goes to the
 * server as NaN, so the server still checks every other field in the same round; the
 * `unreadable` list lets the page say "not a number" rather than "missing" for those.
 */
export function indicatorNumbers(form: FormData): { values: Record<(typeof NUMBER_FIELDS)[number], number>; unreadable: string[] } {
  const unreadable: string[] = [];
  const values = { baselineValue: Number.NaN, targetValue: Number.NaN };
  for (const field of NUMBER_FIELDS) {
    const raw = String(form.get(field) ?? "").trim();
    const value = raw === "" ? null : parseDecimal(raw);
    if (value === null) {
      if (raw !== "") unreadable.push(field);
    } else values[field] = value;
  }
  return { values, unreadable };
}
