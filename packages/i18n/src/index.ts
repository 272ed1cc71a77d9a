import i18next, { type i18n, type TFunction } from "i18next";
import en from "../locales/en.json";
import nl from "../locales/nl.json";

/** Dutch first; English second. Every user-facing string lives in ../locales. */
export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A ready i18next instance for one locale (synchronous: resources are bundled). */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}

const translators = new Map<Locale, TFunction>();

/** A translate function for server-side text (mail, error pages). */
export function translator(locale: Locale): TFunction {
  let t = translators.get(locale);
  if (!t) {
    t = createI18n(locale).t;
    translators.set(locale, t);
  }
  return t;
}
