import type { Locale } from "@koers/i18n";
import { parseDecimal } from "../../lib/number";

/*
 * Numbers and dates as the insight pages show and read them: Dutch first ("14,2%",
 * "maart 2030"), English second. Pure, so the server render and the browser agree.
 */

/**
 * A measured value as typed: read the Dutch way by parseDecimal ("12,5", "1.250,5"), and a
 * trailing percent sign is allowed, since people type "14,2%" for a percentage.
 */
export function parseMeasuredValue(input: string): number | null {
  return parseDecimal(input.trim().replace(/\s*%$/, ""));
}

const tags: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

/** "14,2" / "1.250" in Dutch, "14.2" / "1,250" in English; at most `digits` decimals. */
export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return new Intl.NumberFormat(tags[locale], { maximumFractionDigits: digits }).format(value);
}

/** Units that only say "this is a count": the number alone reads better ("10", not "10 aantal"). */
const COUNT_UNITS = new Set(["", "aantal", "count", "number", "stuks"]);

export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit.trim().toLowerCase());
}

/** A value with its unit: "14,2%", "6 per 1.000 inwoners", and a plain "10" for counts. */
export function formatQuantity(value: number, unit: string, locale: Locale, digits = 2): string {
  const number = formatNumber(value, locale, digits);
  const trimmed = unit.trim();
  if (isCountUnit(trimmed)) return number;
  return trimmed === "%" ? `${number}%` : `${number}\u00a0${trimmed}`;
}

/**
 * How many decimals a computed value (a projection) deserves: as many as the recorded values
 * use, at least one and at most two. "1,45%" measured gives a projection like "1,05%".
 */
export function decimalsFor(values: number[]): number {
  const used = values.map((value) => (String(value).split(".")[1] ?? "").length);
  return Math.min(2, Math.max(1, ...used));
}

/** A share from 0 to 1 as a whole percentage: "40%". */
export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale], { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** Milliseconds since 1970 for a "YYYY-MM-DD" calendar day, free of time zones. */
export function utcTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** "3 mrt 2026" / "3 Mar 2026". */
export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: "medium", timeZone: "UTC" }).format(utcTime(date));
}

/** "maart 2030" / "March 2030". */
export function formatMonthYear(date: string | number, locale: Locale): string {
  const time = typeof date === "number" ? date : utcTime(date);
  return new Intl.DateTimeFormat(tags[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(time);
}

/** An axis label for a date tick: the year alone on 1 January, else "mrt 2027". */
export function formatTick(time: number, locale: Locale): string {
  const date = new Date(time);
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return String(date.getUTCFullYear());
  return new Intl.DateTimeFormat(tags[locale], { month: "short", year: "numeric", timeZone: "UTC" }).format(time);
}

/**
 * Euro amounts for chart labels, short: "€ 1,25 mln." / "€1.25m". Tables show them in full.
 * Significant digits (not fraction digits), so Node and the browser round alike.
 */
export function formatCentsCompact(cents: number, locale: Locale): string {
  const format = {
    style: "currency",
    currency: "EUR",
    notation: "compact",
    minimumFractionDigits: 0,
    maximumSignificantDigits: 3,
  } as const;
  return new Intl.NumberFormat(tags[locale], format).format(cents / 100);
}

/** Today as "YYYY-MM-DD" in the Netherlands, the default date of a new measurement. */
export function todayInNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
