import type { Locale } from "@koers/i18n";

type DateStyle = "medium" | "long";
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO day ("2026-04-01") as people read it: "1 apr 2026" (medium) or "1 april 2026"
 * (long) in Dutch. Read and written in UTC, so a calendar day never shifts by a time zone.
 */
export function formatIsoDate(iso: string, locale: Locale, dateStyle: DateStyle = "medium"): string {
  const key = `${locale}:${dateStyle}`;
  let format = DATE_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle, timeZone: "UTC" });
    DATE_FORMATS.set(key, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** A share between 0 and 1 as a whole percentage: "75%". */
export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { style: "percent", maximumFractionDigits: 0 }).format(share);
}
