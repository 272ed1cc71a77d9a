import { useLocation } from "@remix-run/react";
import { useLocale, useT } from "../lib/i18n";

/** A plain form, so switching language works without JavaScript. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const other = locale === "nl" ? "en" : "nl";
  return (
    <form method="post" action="/taal" className="koers-language-switch">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button type="submit" className="utrecht-link-button utrecht-link-button--html-button" lang={other}>
        {t(`shell.switchTo.${other}`)}
      </button>
    </form>
  );
}
