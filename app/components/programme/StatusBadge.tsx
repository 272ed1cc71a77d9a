import { useT } from "../../lib/i18n";

type Props = { kind: "action" | "indicator" | "programme"; status: string };

/** A status in words, with a colour as a second cue only (WCAG 1.4.1). */
export function StatusBadge({ kind, status }: Props) {
  const t = useT();
  return <span className={`utrecht-status-badge koers-badge koers-badge--${kind}-${status}`}>{t(`${kind}Status.${status}`)}</span>;
}
