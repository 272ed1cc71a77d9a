import { formatCents } from "@koers/domain";
import { useLocale, useT } from "../../lib/i18n";
import { BarChart } from "./BarCharts";
import { formatCentsCompact } from "./numbers";
import { NARROW_BAR_CHART_SIZE } from "./bar-chart-model";
import type { DashboardData } from "./types";

/** Budget per (primary) domain: a bar per domain, the amounts in full in the table. */
export function BudgetSection({ perDomain, total }: { perDomain: DashboardData["perDomain"]; total: number }) {
  const t = useT();
  const locale = useLocale();
  const rows = perDomain.map((d) => ({ key: d.domain.id, label: d.domain.name, value: d.budgetCents }));
  const description = t("insight.dashboard.budget.desc", {
    total: formatCents(total, locale),
    list: perDomain.map((d) => `${d.domain.name}: ${formatCents(d.budgetCents, locale)}`).join("; "),
  });
  return (
    <section aria-labelledby="budget-heading" className="koers-section">
      <h2 className="utrecht-heading-2" id="budget-heading">
        {t("insight.dashboard.budget.title")}
      </h2>
      {perDomain.length === 0 ? (
        <p className="utrecht-paragraph">{t("insight.dashboard.domains.none")}</p>
      ) : (
        <div className="koers-chart-pair">
          <BarChart
            size={NARROW_BAR_CHART_SIZE}
            rows={rows}
            title={t("insight.dashboard.budget.chartTitle")}
            description={description}
            axisLabel={t("insight.dashboard.budget.axis")}
            formatValue={(cents) => formatCentsCompact(cents, locale)}
            formatTick={(cents) => formatCentsCompact(cents, locale)}
          />
          <table className="utrecht-table koers-table">
            <caption className="utrecht-table__caption">{t("insight.dashboard.budget.caption")}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t("insight.dashboard.columns.domain")}
                </th>
                <th className="utrecht-table__header-cell koers-numeric" scope="col">
                  {t("insight.dashboard.columns.budget")}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {perDomain.map((d) => (
                <tr key={d.domain.id} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell koers-row-header" scope="row">
                    {d.domain.name}
                  </th>
                  <td className="utrecht-table__cell koers-numeric">{formatCents(d.budgetCents, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  {t("insight.dashboard.columns.total")}
                </th>
                <td className="utrecht-table__cell koers-numeric">{formatCents(total, locale)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
