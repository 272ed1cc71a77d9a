import { formatCents } from "@koers/domain";
import { useLocale } from "../../lib/i18n";

/**
 * Dates and money the way the reader expects them: "12 mrt 2026" and "€ 1.250,00" in Dutch.
 * ISO calendar days are formatted in UTC, so no time zone can move them a day.
 */
export function useFormat() {
  const locale = useLocale();
  const dates = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "medium", timeZone: "UTC" });
  const moments = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  });
  return {
    locale,
    date: (iso: string | null | undefined) => (iso ? dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : ""),
    moment: (iso: string) => moments.format(new Date(iso)),
    money: (cents: number | null | undefined) => (cents === null || cents === undefined ? "" : formatCents(cents, locale)),
  };
}

/** Euro cents as the budget field shows them for editing: "1.250,00" (Dutch) or "1,250.00". */
export function centsForInput(cents: number | null, locale: "nl" | "en"): string {
  if (cents === null) return "";
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}
