import { useT } from "../lib/i18n";

export function SkipLink() {
  const t = useT();
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
      {t("shell.skipToContent")}
    </a>
  );
}
