import type { RequestItemStatus } from "@koers/domain";
import { useT } from "../../lib/i18n";

/** An item's status in words; the colour only repeats it. */
export function ItemStatus({ status }: { status: RequestItemStatus }) {
  const t = useT();
  return <span className={`utrecht-status-badge koers-badge koers-badge--request-${status}`}>{t(`requests.itemStatus.${status}`)}</span>;
}
