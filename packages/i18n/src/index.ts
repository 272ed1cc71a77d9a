import i18next, { type i18n, type TFunction } from "i18next";
import en from "../locales/en.json";
import nl from "../locales/nl.json";
import actionsEn from "../locales/actions.en.json";
import apiEn from "../locales/api.en.json";
import apiNl from "../locales/api.nl.json";
import actionsNl from "../locales/actions.nl.json";
import insightEn from "../locales/insight.en.json";
import insightNl from "../locales/insight.nl.json";
import programmeEn from "../locales/programme.en.json";
import programmeNl from "../locales/programme.nl.json";
import textEn from "../locales/text.en.json";
import textNl from "../locales/text.nl.json";
import commentsEn from "../locales/comments.en.json";
import commentsNl from "../locales/comments.nl.json";
import commitmentsEn from "../locales/commitments.en.json";
import commitmentsNl from "../locales/commitments.nl.json";
import signalsEn from "../locales/signals.en.json";
import signalsNl from "../locales/signals.nl.json";
import notificationsEn from "../locales/notifications.en.json";
import notificationsNl from "../locales/notifications.nl.json";
import requestsEn from "../locales/requests.en.json";
import requestsNl from "../locales/requests.nl.json";

/** Dutch first; English second. Every user-facing string lives in ../locales. */
export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";

type Tree = { [key: string]: string | Tree };

/** Deep-merges the per-area files (api errors, programme, actions, insight, text, comments, commitments, signals, notifications, update requests) into the base file. */
function merge(...trees: object[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree as Tree)) {
      const existing = out[key];
      out[key] = typeof value === "object" && typeof existing === "object" ? merge(existing, value) : value;
    }
  }
  return out;
}

export const messages: Record<Locale, Tree> = {
  nl: merge(nl, apiNl, programmeNl, actionsNl, insightNl, textNl, commentsNl, commitmentsNl, signalsNl, notificationsNl, requestsNl),
  en: merge(en, apiEn, programmeEn, actionsEn, insightEn, textEn, commentsEn, commitmentsEn, signalsEn, notificationsEn, requestsEn),
};

export const resources = { nl: { translation: messages.nl }, en: { translation: messages.en } } as const;

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
export { notificationMessage } from "./notifications.js";
