/*
 * When a notification came: "3 uur geleden" for recent ones, and always the date and time
 * (Dutch clock). Both are computed from the `now` the loader sends, so the server's HTML and
 * the browser's render say the same.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const absoluteFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function tag(locale: string): string {
  return locale === "en" ? "en-GB" : "nl-NL";
}

/** "24 nov 2026, 09:14" in Amsterdam time. */
export function absoluteTime(iso: string, locale: string): string {
  let format = absoluteFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(tag(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
    absoluteFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** "zojuist", "5 minuten geleden", "3 uur geleden", "gisteren", "4 dagen geleden"; null after a week. */
export function relativeTime(iso: string, nowIso: string, locale: string, justNow: string): string | null {
  const age = new Date(nowIso).getTime() - new Date(iso).getTime();
  if (age < MINUTE) return justNow;
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(tag(locale), { numeric: "auto" });
    relativeFormats.set(locale, format);
  }
  if (age < HOUR) return format.format(-Math.floor(age / MINUTE), "minute");
  if (age < DAY) return format.format(-Math.floor(age / HOUR), "hour");
  if (age < 7 * DAY) return format.format(-Math.floor(age / DAY), "day");
  return null;
}
