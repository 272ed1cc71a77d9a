import { Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { useSignalFormat } from "./format";
import { SignalBadge } from "./SignalBadge";
import type { SignalRow } from "./types";

type SignalTableProps = {
  id: string;
  heading: string;
  rows: SignalRow[];
  /** Where these rows stand in their whole list: how many come before them, and how many there are in all. */
  of: { skip: number; total: number };
  base: string;
};

/**
 * Signals as a table: title (to the signal's page), status in words, domain, raiser, date. The
 * caption says how many there are, or which of how many when the list runs over more pages.
 */
export function SignalTable({ id, heading, rows, of, base }: SignalTableProps) {
  const t = useT();
  const format = useSignalFormat();
  const caption =
    rows.length === of.total
      ? t("signals.caption", { count: rows.length })
      : t("signals.captionPart", { from: of.skip + 1, to: of.skip + rows.length, count: of.total });
  return (
    <section aria-labelledby={`${id}-heading`} className="koers-signal-section">
      <h2 className="utrecht-heading-2" id={`${id}-heading`}>
        {heading}
      </h2>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph koers-muted">{t("signals.emptySection")}</p>
      ) : (
        <div className="koers-signal-table-scroll">
          <table className="utrecht-table koers-table koers-signal-table">
            <caption className="utrecht-table__caption">{caption}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t("signals.columns.title")}</th>
                <th scope="col" className="utrecht-table__header-cell">{t("signals.columns.status")}</th>
                <th scope="col" className="utrecht-table__header-cell">{t("signals.columns.domain")}</th>
                <th scope="col" className="utrecht-table__header-cell">{t("signals.columns.raisedBy")}</th>
                <th scope="col" className="utrecht-table__header-cell">{t("signals.columns.date")}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((row) => (
                <tr key={row.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell koers-signal-table__title">
                    <Link to={`${base}/${row.id}`} className="utrecht-link">
                      {row.title}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">
                    <SignalBadge status={row.status} />
                  </td>
                  <td className="utrecht-table__cell">{row.domain.name}</td>
                  <td className="utrecht-table__cell">{format.raiser(row.raisedBy, row.organisation)}</td>
                  <td className="utrecht-table__cell koers-signal-nowrap">
                    <time dateTime={row.createdAt}>{format.day(row.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
