import { useT } from "../../lib/i18n";
import { heatLevel } from "./bar-chart-model";
import { ScrollBox } from "./ScrollBox";
import type { GapsData } from "./types";

/**
 * Domains × domains: how many actions touch both. The diagonal is each domain's own number
 * of actions. Cells are shaded by how many, and the number is always printed in them.
 */
export function CoverageMatrix({ coverage }: { coverage: GapsData["coverage"] }) {
  const t = useT();
  const { domains, matrix } = coverage;
  const maxShared = Math.max(0, ...matrix.flatMap((row, i) => row.filter((_, j) => j !== i)));
  const level = (count: number) => heatLevel(count, Math.max(maxShared, 1));
  return (
    <>
      <ScrollBox label={t("insight.gaps.matrix.caption")}>
        <table className="utrecht-table koers-table koers-matrix" data-testid="coverage-matrix">
          <caption className="utrecht-table__caption">{t("insight.gaps.matrix.caption")}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <td className="utrecht-table__cell" />
              {domains.map((domain) => (
                <th key={domain.id} className="utrecht-table__header-cell" scope="col">
                  {domain.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {domains.map((row, i) => (
              <tr key={row.id} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  {row.name}
                </th>
                {domains.map((column, j) => {
                  const count = matrix[i]?.[j] ?? 0;
                  return (
                    <td
                      key={column.id}
                      className={`utrecht-table__cell koers-heat--${level(count)}${i === j ? " koers-matrix__own" : ""}`}
                      data-row={row.id}
                      data-column={column.id}
                    >
                      {count}
                      {i === j ? <span className="koers-visually-hidden"> {t("insight.gaps.matrix.own")}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="koers-matrix-key">
        <span>{t("insight.gaps.matrix.keyFew")}</span>
        {([0, 1, 2, 3, 4] as const).map((n) => (
          <span key={n} className={`koers-heat--${n}`} aria-hidden="true">
            {"\u00a0"}
          </span>
        ))}
        <span>{t("insight.gaps.matrix.keyMany")}</span>
        <span>{t("insight.gaps.matrix.keyOwn")}</span>
      </p>
    </>
  );
}
