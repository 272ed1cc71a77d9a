import { isLocale, translator } from "@koers/i18n";

type Match = { id: string; data: unknown };

/** The page title in the user's language: "<page> — Koers". */
export function pageTitle(matches: Match[], key: string, values?: Record<string, string>) {
  const root = matches.find((match) => match.id === "root")?.data as { locale?: unknown } | undefined;
  const t = translator(isLocale(root?.locale) ? root.locale : "nl");
  return [{ title: `${t(key, values)} — Koers` }];
}
