import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createI18n, type Locale } from "@koers/i18n";
import type { TFunction } from "i18next";

type I18nValue = { locale: Locale; t: TFunction };
const I18nContext = createContext<I18nValue | null>(null);

/** Makes `useT()` available below it, for the locale the root loader chose. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createI18n(locale).t }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): TFunction {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useT() outside I18nProvider");
  return value.t;
}

export function useLocale(): Locale {
  return useContext(I18nContext)?.locale ?? "nl";
}
