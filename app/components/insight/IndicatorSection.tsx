import { Link } from "@remix-run/react";
import { INDICATOR_STATUSES } from "@koers/domain";
import { useLocale, useT } from "../../lib/i18n";
import { StatusBadge } from "../StatusBadge";
import { formatDate, formatMonthYear, formatQuantity } from "./numbers";
import { ScrollBox } from "./ScrollBox";
import type { DashboardData } from "./types";

type Props = { indicators: DashboardData["indicators"]; counts: DashboardData["indicatorCounts"]; slug: string };

/** How the indicators in scope are doing: counts per status, then each one with a link to its page. */
export function IndicatorSection({ indicators, counts, slug }: Props) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="indicators-heading" className="koers-section">
      <h2 className="utrecht-heading-2" id="indicators-heading">
        {t("insight.dashboard.indicators.title")}
      </h2>
      <ul className="koers-indicator-counts" aria-label={t("insight.dashboard.indicators.countsLabel")}>
        {INDICATOR_STATUSES.map((status) => (
          <li key={status} data-status={status}>
            <StatusBadge kind="indicator" status={status} />
            <span>{t("insight.dashboard.indicators.count", { count: counts[status] })}</span>
          </li>
        ))}
      </ul>
      {indicators.length === 0 ? (
        <p className="utrecht-paragraph">{t("insight.dashboard.indicators.none")}</p>
      ) : (
        <ScrollBox label={t("insight.dashboard.indicators.caption", { count: indicators.length })}>
          <table className="utrecht-table koers-table">
            <caption className="utrecht-table__caption">{t("insight.dashboard.indicators.caption", { count: indicators.length })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t("insight.dashboard.columns.indicator")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("insight.dashboard.columns.status")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("insight.dashboard.columns.latest")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("insight.dashboard.columns.target")}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {indicators.map((indicator) => (
                <tr key={indicator.id} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell koers-row-header" scope="row">
                    <Link to={`/g/${slug}/indicatoren/${indicator.id}`} className="utrecht-link">
                      {indicator.name}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">
                    <StatusBadge kind="indicator" status={indicator.status} />
                  </td>
                  <td className="utrecht-table__cell">
                    {indicator.latest
                      ? t("insight.indicator.valueOn", {
                          value: formatQuantity(indicator.latest.value, indicator.unit, locale),
                          date: formatDate(indicator.latest.date, locale),
                        })
                      : t("insight.indicator.noMeasurement")}
                  </td>
                  <td className="utrecht-table__cell">
                    {t("insight.indicator.valueIn", {
                      value: formatQuantity(indicator.target.value, indicator.unit, locale),
                      month: formatMonthYear(indicator.target.date, locale),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
