import { useT } from "../../lib/i18n";
import { useFormat } from "./format";
import { StatusBadge } from "../StatusBadge";
import type { ActionDetail } from "./types";

/** The progress reports, newest first (the API's order): date, status, author and text. */
export function Timeline({ updates }: { updates: ActionDetail["updates"] }) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="timeline-heading" className="koers-section">
      <h2 className="utrecht-heading-2" id="timeline-heading">
        {t("actionDetail.timeline.title")}
      </h2>
      {updates.length === 0 ? (
        <p className="utrecht-paragraph koers-muted">{t("actionDetail.timeline.empty")}</p>
      ) : (
        <ol className="koers-timeline">
          {updates.map((update) => (
            <li key={update.id} className="koers-timeline__item">
              <h3 className="utrecht-heading-3 koers-timeline__heading">
                <time dateTime={update.date}>{format.date(update.date)}</time>
              </h3>
              <p className="koers-timeline__meta">
                <StatusBadge kind="action" status={update.status} />
                <span className="koers-muted">{update.author ? t("actionDetail.timeline.by", { name: update.author }) : t("actionDetail.timeline.byUnknown")}</span>
              </p>
              <p className="utrecht-paragraph koers-prewrap">{update.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
