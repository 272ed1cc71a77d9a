import { useLocale, useT } from "../../lib/i18n";

/** Moments ("12 mrt 2026 14:05") and days in the reader's language, in Dutch time. */
export function useSignalFormat() {
  const locale = useLocale();
  const t = useT();
  const tag = locale === "nl" ? "nl-NL" : "en-GB";
  const days = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "Europe/Amsterdam" });
  const moments = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
  return {
    day: (iso: string) => days.format(new Date(iso)),
    moment: (iso: string) => moments.format(new Date(iso)),
    /** "Pieter Partner (Brede School De Horizon)", or the name alone. */
    raiser: (person: { name: string } | null, organisation: { name: string } | null) => {
      const name = person?.name ?? t("signals.unknownPerson");
      return organisation ? t("signals.raiserWithOrganisation", { name, organisation: organisation.name }) : name;
    },
  };
}
