import { useT } from "../../lib/i18n";

/** A signal's status in words; the colour (signals.css) only repeats what the text says. */
export function SignalBadge({ status }: { status: string }) {
  const t = useT();
  return (
    <span className={`utrecht-status-badge koers-badge koers-badge--signal-${status}`} data-status={status}>
      {t(`signalStatus.${status}`)}
    </span>
  );
}
