import { useT } from "../../lib/i18n";

/** A commitment's status in words; the colour only repeats what the text says (WCAG 1.4.1). */
export function CommitmentBadge({ status }: { status: string }) {
  const t = useT();
  return (
    <span className={`utrecht-status-badge koers-badge koers-commitment-badge koers-commitment-badge--${status}`} data-status={status}>
      {t(`commitmentStatus.${status}`)}
    </span>
  );
}
