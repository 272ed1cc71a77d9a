import { useT } from "../lib/i18n";

type Props = {
  kind: "action" | "indicator" | "programme";
  status: string;
  /** For open actions past their due date: a second badge, "Te laat". */
  overdue?: boolean;
};

const INDICATOR_SYMBOL: Record<string, string> = { on_track: "✓", at_risk: "!", off_track: "✕", no_data: "–" };

/**
 * A status in words. Colour (and, for indicators, a symbol) only repeats what the text says
 * (WCAG 1.4.1). One component and one set of colours (app.css) for every page.
 */
export function StatusBadge({ kind, status, overdue = false }: Props) {
  const t = useT();
  const badge = (
    <span className={`utrecht-status-badge koers-badge koers-badge--${kind}-${status}`} data-status={status}>
      {kind === "indicator" ? (
        <span className="koers-badge__symbol" aria-hidden="true">
          {INDICATOR_SYMBOL[status] ?? ""}
        </span>
      ) : null}
      {t(`${kind}Status.${status}`)}
    </span>
  );
  if (!overdue) return badge;
  return (
    <span className="koers-status">
      {badge}
      <span className="utrecht-status-badge koers-badge koers-badge--overdue">{t("actionList.overdue")}</span>
    </span>
  );
}
