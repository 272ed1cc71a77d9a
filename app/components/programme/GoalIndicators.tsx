import { Link } from "@remix-run/react";
import type { Locale } from "@koers/i18n";
import { useT } from "../../lib/i18n";
import { formatDecimal } from "../../lib/number";
import { StatusBadge } from "../StatusBadge";
import { TableScroll } from "./TableScroll";
import { formatIsoDate } from "./format";

type Indicator = {
  id: string;
  name: string;
  unit: string;
  status: string;
  latest: { date: string; value: number } | null;
  target: { date: string; value: number };
};

/** Units that only say "this is a count": "10", not "10 aantal". */
const COUNT_UNITS = new Set(["aantal", "count", "number"]);

/** "12,5%" but "120 leerlingen": a percent sign sticks to its number, a word does not. */
export function withUnit(value: number, unit: string, locale: Locale): string {
  const number = formatDecimal(value, locale);
  if (!unit || COUNT_UNITS.has(unit.trim().toLowerCase())) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}

/** The indicators that show whether a goal is reached: latest value, target and status. */
export function GoalIndicators({ slug, indicators, locale }: { slug: string; indicators: Indicator[]; locale: Locale }) {
  const t = useT();
  return (
    <section className="koers-section" aria-labelledby="indicatoren">
      <h2 className="utrecht-heading-2" id="indicatoren">
        {t("programme.goal.indicators")}
      </h2>
      {indicators.length === 0 ? (
        <p className="utrecht-paragraph koers-muted">{t("programme.goal.noIndicators")}</p>
      ) : (
        <TableScroll labelledBy="indicatoren-tabel">
          <table className="utrecht-table koers-table koers-goal-table">
            <caption className="utrecht-table__caption" id="indicatoren-tabel">
              {t("programme.goal.indicatorsCaption", {
                count: indicators.length,
              })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t("programme.columns.indicator")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("programme.columns.latest")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("programme.columns.target")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("programme.columns.status")}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {indicators.map((indicator) => (
                <tr key={indicator.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link" to={`/g/${slug}/indicatoren/${indicator.id}`}>
                      {indicator.name}
                    </Link>
                  </td>
                  <td className="utrecht-table__cell">
                    {indicator.latest ? (
                      <>
                        {withUnit(indicator.latest.value, indicator.unit, locale)}{" "}
                        <span className="koers-muted koers-cell-note">
                          {t("programme.goal.measuredOn", {
                            date: formatIsoDate(indicator.latest.date, locale),
                          })}
                        </span>
                      </>
                    ) : (
                      <span className="koers-muted">{t("programme.goal.noMeasurement")}</span>
                    )}
                  </td>
                  <td className="utrecht-table__cell">
                    {withUnit(indicator.target.value, indicator.unit, locale)}{" "}
                    <span className="koers-muted koers-cell-note">
                      {t("programme.goal.targetBy", {
                        date: formatIsoDate(indicator.target.date, locale),
                      })}
                    </span>
                  </td>
                  <td className="utrecht-table__cell">
                    <StatusBadge kind="indicator" status={indicator.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
