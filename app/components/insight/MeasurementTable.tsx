import { useLocale, useT } from "../../lib/i18n";
import { ScrollBox } from "./ScrollBox";
import { formatDate, formatQuantity } from "./numbers";

type Measurement = { id: string; date: string; value: number; note: string; author: string | null };

/** Every measurement in a table: the chart's numbers, readable without the chart. Newest first. */
export function MeasurementTable({
  name,
  unit,
  measurements,
  highlight,
}: {
  name: string;
  unit: string;
  measurements: Measurement[];
  highlight?: string | null;
}) {
  const t = useT();
  const locale = useLocale();
  const rows = [...measurements].sort((a, b) => b.date.localeCompare(a.date));
  const caption = t("insight.measurements.caption", { name });
  return (
    <ScrollBox label={caption}>
      <table className="utrecht-table koers-table koers-measurements" id="meetwaarden">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t("insight.measurements.date")}
            </th>
            <th className="utrecht-table__header-cell koers-numeric" scope="col">
              {t("insight.measurements.value", { unit })}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t("insight.measurements.note")}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t("insight.measurements.author")}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.length === 0 ? (
            <tr className="utrecht-table__row">
              <td className="utrecht-table__cell" colSpan={4}>
                {t("insight.measurements.none")}
              </td>
            </tr>
          ) : (
            rows.map((m) => (
              <tr key={m.id} className={`utrecht-table__row${m.date === highlight ? " koers-row--new" : ""}`} data-date={m.date}>
                <th className="utrecht-table__header-cell koers-row-header" scope="row">
                  <time dateTime={m.date}>{formatDate(m.date, locale)}</time>
                </th>
                <td className="utrecht-table__cell koers-numeric">{formatQuantity(m.value, unit, locale)}</td>
                <td className="utrecht-table__cell">{m.note || <span className="koers-muted">—</span>}</td>
                <td className="utrecht-table__cell">{m.author ?? <span className="koers-muted">—</span>}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </ScrollBox>
  );
}
