import { Link } from "@remix-run/react";
import { formatCents } from "@koers/domain";
import { useLocale, useT } from "../../lib/i18n";
import { formatShare } from "./numbers";
import type { DashboardData } from "./types";

type Props = { data: DashboardData; overdueHref: string };

/** The four numbers a council asks first: how many actions, how far, how late, how much money. */
export function KeyFigures({ data, overdueHref }: Props) {
  const t = useT();
  const locale = useLocale();
  const all = Object.values(data.counts).reduce((sum, n) => sum + n, 0);
  return (
    <ul className="koers-key-figures" aria-label={t("insight.dashboard.keyFigures")}>
      <li className="koers-key-figure" data-figure="actions">
        <span className="koers-key-figure__label">{t("insight.dashboard.figures.actions")}</span>
        <span className="koers-key-figure__value">{all}</span>
        {data.counts.dropped > 0 ? (
          <span className="koers-key-figure__note">{t("insight.dashboard.figures.dropped", { count: data.counts.dropped })}</span>
        ) : null}
      </li>
      <li className="koers-key-figure" data-figure="done">
        <span className="koers-key-figure__label">{t("insight.dashboard.figures.done")}</span>
        <span className="koers-key-figure__value">{formatShare(data.progress.share, locale)}</span>
        <span className="koers-key-figure__note">
          {t("insight.dashboard.figures.doneNote", { done: data.progress.done, total: data.progress.total })}
        </span>
      </li>
      <li className={`koers-key-figure${data.overdue > 0 ? " koers-key-figure--alert" : ""}`} data-figure="overdue">
        <span className="koers-key-figure__label">{t("insight.dashboard.figures.overdue")}</span>
        <span className="koers-key-figure__value">{data.overdue}</span>
        <span className="koers-key-figure__note">
          {data.overdue > 0 ? (
            <Link to={overdueHref} className="utrecht-link">
              {t("insight.dashboard.figures.overdueLink", { count: data.overdue })}
            </Link>
          ) : (
            t("insight.dashboard.figures.overdueNone")
          )}
        </span>
      </li>
      <li className="koers-key-figure" data-figure="budget">
        <span className="koers-key-figure__label">{t("insight.dashboard.figures.budget")}</span>
        <span className="koers-key-figure__value">{formatCents(data.budgetCents, locale)}</span>
        <span className="koers-key-figure__note">{t("insight.dashboard.figures.budgetNote")}</span>
      </li>
    </ul>
  );
}
