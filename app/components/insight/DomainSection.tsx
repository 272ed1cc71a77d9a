import { Link } from "@remix-run/react";
import { ACTION_STATUSES, type ActionStatus } from "@koers/domain";
import { useLocale, useT } from "../../lib/i18n";
import { ChartLegend, StackedBarChart } from "./BarCharts";
import { formatShare } from "./numbers";
import { ScrollBox } from "./ScrollBox";
import { ACTION_STATUS_STYLE } from "./status-styles";
import type { DashboardData } from "./types";

type Props = { perDomain: DashboardData["perDomain"]; scopeHref: (domainId: string) => string };

const sum = (counts: Record<ActionStatus, number>) => ACTION_STATUSES.reduce((total, status) => total + counts[status], 0);

/** Status per domain (by each action's primary domain): a stacked bar per domain and the table. */
export function DomainSection({ perDomain, scopeHref }: Props) {
  const t = useT();
  const locale = useLocale();
  const label = (status: ActionStatus) => t(`actionStatus.${status}`);
  const rows = perDomain.map((d) => ({ key: d.domain.id, label: d.domain.name, values: d.counts }));
  const description = t("insight.dashboard.domains.desc", {
    list: perDomain
      .map((d) =>
        t("insight.dashboard.domains.descItem", { name: d.domain.name, count: sum(d.counts), done: d.counts.done, overdue: d.overdue }),
      )
      .join(" "),
  });
  return (
    <section aria-labelledby="domains-heading" className="koers-section">
      <h2 className="utrecht-heading-2" id="domains-heading">
        {t("insight.dashboard.domains.title")}
      </h2>
      <p className="utrecht-paragraph">{t("insight.dashboard.domains.intro")}</p>
      {perDomain.length === 0 ? (
        <p className="utrecht-paragraph">{t("insight.dashboard.domains.none")}</p>
      ) : (
        <figure className="koers-figure">
          <StackedBarChart
            rows={rows}
            keys={ACTION_STATUSES}
            styles={ACTION_STATUS_STYLE}
            keyLabel={label}
            title={t("insight.dashboard.domains.chartTitle")}
            description={description}
            axisLabel={t("insight.dashboard.axisActions")}
          />
          <figcaption>
            <ChartLegend keys={ACTION_STATUSES} styles={ACTION_STATUS_STYLE} keyLabel={label} label={t("insight.chart.legend")} />
          </figcaption>
        </figure>
      )}
      <ScrollBox label={t("insight.dashboard.domains.caption")}>
        <table className="utrecht-table koers-table koers-domain-table">
          <caption className="utrecht-table__caption">{t("insight.dashboard.domains.caption")}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t("insight.dashboard.columns.domain")}
              </th>
              {ACTION_STATUSES.map((status) => (
                <th key={status} className="utrecht-table__header-cell koers-numeric" scope="col">
                  {label(status)}
                </th>
              ))}
              <th className="utrecht-table__header-cell koers-numeric" scope="col">
                {t("insight.dashboard.columns.total")}
              </th>
              <th className="utrecht-table__header-cell koers-numeric" scope="col">
                {t("insight.dashboard.columns.done")}
              </th>
              <th className="utrecht-table__header-cell koers-numeric" scope="col">
                {t("insight.dashboard.columns.overdue")}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {perDomain.map((d) => (
              <tr key={d.domain.id} className="utrecht-table__row" data-domain={d.domain.id}>
                <th className="utrecht-table__header-cell koers-row-header" scope="row">
                  <Link to={scopeHref(d.domain.id)} className="utrecht-link">
                    {d.domain.name}
                  </Link>
                </th>
                {ACTION_STATUSES.map((status) => (
                  <td key={status} className="utrecht-table__cell koers-numeric">
                    {d.counts[status]}
                  </td>
                ))}
                <td className="utrecht-table__cell koers-numeric" data-column="total">
                  {sum(d.counts)}
                </td>
                <td className="utrecht-table__cell koers-numeric">{formatShare(d.progress.share, locale)}</td>
                <td className="utrecht-table__cell koers-numeric">{d.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
