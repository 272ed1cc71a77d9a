import type { IndicatorStatus } from "@koers/domain";
import { useT } from "../../lib/i18n";

const SYMBOL: Record<IndicatorStatus, string> = { on_track: "✓", at_risk: "!", off_track: "✕", no_data: "–" };

/** The status of an indicator in words, with a symbol and a colour that only repeat it. */
export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  const t = useT();
  return (
    <span className={`utrecht-status-badge koers-indicator-status koers-indicator-status--${status}`} data-status={status}>
      <span className="koers-indicator-status__symbol" aria-hidden="true">
        {SYMBOL[status]}
      </span>
      {t(`indicatorStatus.${status}`)}
    </span>
  );
}
