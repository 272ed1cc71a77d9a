import { ACTION_STATUSES, type ActionStatus } from "@koers/domain";
import { useLocale, useT } from "../../lib/i18n";
import { StackedBarChart } from "./BarCharts";
import { formatShare } from "./numbers";
import { ACTION_STATUS_STYLE } from "./status-styles";
import { NARROW_BAR_CHART_SIZE } from "./bar-chart-model";
import type { DashboardData } from "./types";

/** Actions by status: a bar per status (its colour and pattern as in the other charts) and the table. */
export function StatusSection({ counts }: { counts: DashboardData["counts"] }) {
  const t = useT();
  const locale = useLocale();
  const label = (status: ActionStatus) => t(`actionStatus.${status}`);
  const total = ACTION_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const rows = ACTION_STATUSES.map((status) => ({
    key: status,
    label: label(status),
    values: Object.fromEntries(ACTION_STATUSES.map((s) => [s, s === status ? counts[status] : 0])) as Record<ActionStatus, number>,
  }));
  const description = t("insight.dashboard.status.desc", {
    total,
    list: ACTION_STATUSES.map((status) => `${label(status)}: ${counts[status]}`).join("; "),
  });
  return (
    <section aria-labelledby="status-heading" className="koers-section">
      <h2 className="utrecht-heading-2" id="status-heading">
        {t("insight.dashboard.status.title")}
      </h2>
      <div className="koers-chart-pair">
        <StackedBarChart
          size={NARROW_BAR_CHART_SIZE}
          rows={rows}
          keys={ACTION_STATUSES}
          styles={ACTION_STATUS_STYLE}
          keyLabel={label}
          title={t("insight.dashboard.status.chartTitle")}
          description={description}
          axisLabel={t("insight.dashboard.axisActions")}
        />
        <table className="utrecht-table koers-table">
          <caption className="utrecht-table__caption">{t("insight.dashboard.status.caption")}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t("insight.dashboard.columns.status")}
              </th>
              <th className="utrecht-table__header-cell koers-numeric" scope="col">
                {t("insight.dashboard.columns.count")}
              </th>
              <th className="utrecht-table__header-cell koers-numeric" scope="col">
                {t("insight.dashboard.columns.share")}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {ACTION_STATUSES.map((status) => (
              <tr key={status} className="utrecht-table__row" data-status={status}>
                <th className="utrecht-table__header-cell koers-row-header" scope="row">
                  {label(status)}
                </th>
                <td className="utrecht-table__cell koers-numeric">{counts[status]}</td>
                <td className="utrecht-table__cell koers-numeric">{formatShare(total > 0 ? counts[status] / total : 0, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                {t("insight.dashboard.columns.total")}
              </th>
              <td className="utrecht-table__cell koers-numeric">{total}</td>
              <td className="utrecht-table__cell koers-numeric">{formatShare(total > 0 ? 1 : 0, locale)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
