import { useT } from "../lib/i18n";

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="utrecht-page-footer koers-footer">
      <div className="koers-footer__inner">
        <p className="utrecht-paragraph">
          <strong>Koers</strong> — {t("shell.tagline")}
        </p>
        <p className="utrecht-paragraph utrecht-paragraph--small">{t("shell.footerNote")}</p>
      </div>
    </footer>
  );
}
