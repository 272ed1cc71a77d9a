import { searchParamsFromFilters, type ActionListFilters, type ActionSort } from "@koers/domain";
import { Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { useFormat } from "./format";
import { StatusBadge } from "../StatusBadge";

export type ActionRow = {
  id: string;
  title: string;
  status: string;
  dueDate: string | null;
  overdue: boolean;
  budgetCents: number | null;
  primaryDomain: { id: string; name: string };
  otherDomains: { id: string; name: string }[];
  owner: { id: string; name: string } | null;
};

type Props = { rows: ActionRow[]; total: number; filters: ActionListFilters; slug: string };

/** The matching actions, one page of them; column headers sort the list (as plain links). */
export function ActionTable({ rows, total, filters, slug }: Props) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="koers-table-scroll">
      <table className="utrecht-table koers-table koers-action-table">
        <caption className="utrecht-table__caption">{t("actionList.caption", { count: total })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <SortHeader column="title" label={t("actionList.columns.title")} filters={filters} />
            <th className="utrecht-table__header-cell" scope="col">
              {t("actionList.columns.domain")}
            </th>
            <SortHeader column="status" label={t("actionList.columns.status")} filters={filters} />
            <th className="utrecht-table__header-cell" scope="col">
              {t("actionList.columns.owner")}
            </th>
            <SortHeader column="dueDate" label={t("actionList.columns.dueDate")} filters={filters} />
            <SortHeader column="budget" label={t("actionList.columns.budget")} filters={filters} numeric />
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={row.id} className="utrecht-table__row">
              <th className="utrecht-table__header-cell koers-action-table__title" scope="row">
                <Link to={`/g/${slug}/acties/${row.id}`} className="utrecht-link">
                  {row.title}
                </Link>
              </th>
              <td className="utrecht-table__cell">
                {row.primaryDomain.name}
                {row.otherDomains.length > 0 ? (
                  <small className="koers-muted koers-block">
                    {t("actionList.alsoDomains", { domains: row.otherDomains.map((d) => d.name).join(", ") })}
                  </small>
                ) : null}
              </td>
              <td className="utrecht-table__cell">
                <StatusBadge kind="action" status={row.status} overdue={row.overdue} />
              </td>
              <td className="utrecht-table__cell">{row.owner?.name ?? <span className="koers-muted">{t("actionList.noOwner")}</span>}</td>
              <td className="utrecht-table__cell koers-nowrap">{row.dueDate ? <time dateTime={row.dueDate}>{format.date(row.dueDate)}</time> : <Missing label={t("actionList.noDueDate")} />}</td>
              <td className="utrecht-table__cell koers-numeric koers-nowrap">
                {row.budgetCents === null ? <Missing label={t("actionList.noBudget")} /> : format.money(row.budgetCents)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A sortable column header: a link that sorts by this column (ascending first, then the
 * other way round), with aria-sort on the column the list is sorted by now.
 */
function SortHeader({ column, label, filters, numeric = false }: { column: ActionSort; label: string; filters: ActionListFilters; numeric?: boolean }) {
  const t = useT();
  const active = filters.sort === column;
  const next = active && filters.direction === "asc" ? "desc" : "asc";
  const href = `?${searchParamsFromFilters({ ...filters, sort: column, direction: next, page: 1 }).toString()}`;
  return (
    <th
      className={`utrecht-table__header-cell${numeric ? " koers-numeric" : ""}`}
      scope="col"
      aria-sort={active ? (filters.direction === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link to={href} className="utrecht-link koers-sort-link">
        {label}
        <span className="koers-visually-hidden">, {t(`actionList.sortBy.${next}`)}</span>
        <span aria-hidden="true" className="koers-sort-link__arrow">
          {active ? (filters.direction === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </th>
  );
}

/** A dash for the eye, words for screen readers. */
function Missing({ label }: { label: string }) {
  return (
    <>
      <span className="koers-muted" aria-hidden="true">
        —
      </span>
      <span className="koers-visually-hidden">{label}</span>
    </>
  );
}
