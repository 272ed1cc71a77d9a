import { useT } from "../../lib/i18n";

/**
 * An action's status as a badge. The text says it; the colour only repeats it. An overdue
 * open action gets a second badge, "Te laat", so it stands out in a list.
 */
export function StatusBadge({ status, overdue = false }: { status: string; overdue?: boolean }) {
  const t = useT();
  return (
    <span className="koers-status">
      <span className={`utrecht-badge-status koers-badge koers-badge--${status}`}>{t(`actionStatus.${status}`)}</span>
      {overdue ? <span className="utrecht-badge-status koers-badge koers-badge--overdue">{t("actionList.overdue")}</span> : null}
    </span>
  );
}
