import { ACTION_PAGE_SIZES, searchParamsFromFilters, type ActionListFilters } from "@koers/domain";
import { Form, Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { selectClass } from "../FormField";

/**
 * "Vorige / Volgende" and "pagina X van Y" as links that keep the filters, and a small GET
 * form for the page size that carries the filters along as hidden fields.
 */
export function Pagination({ filters, total }: { filters: ActionListFilters; total: number }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / filters.pageSize));
  const page = filters.page;
  const hrefFor = (p: number) => `?${searchParamsFromFilters({ ...filters, page: p }).toString()}`;
  const kept = [...searchParamsFromFilters({ ...filters, page: 1, pageSize: 25 }).entries()];
  return (
    <div className="koers-paging">
      <nav aria-label={t("actionList.paging.label")} className="koers-paging__nav">
        {page > 1 ? (
          <Link to={hrefFor(Math.min(page - 1, pages))} className="utrecht-link" rel="prev">
            {t("actionList.paging.previous")}
          </Link>
        ) : (
          <span className="koers-muted" aria-hidden="true">{t("actionList.paging.previous")}</span>
        )}
        <span>{t("actionList.paging.position", { page, pages })}</span>
        {page < pages ? (
          <Link to={hrefFor(page + 1)} className="utrecht-link" rel="next">
            {t("actionList.paging.next")}
          </Link>
        ) : (
          <span className="koers-muted" aria-hidden="true">{t("actionList.paging.next")}</span>
        )}
      </nav>
      <Form method="get" className="koers-inline-form koers-paging__size">
        {kept.map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="page-size" className="utrecht-form-label">
          {t("actionList.paging.pageSize")}
        </label>
        <select id="page-size" name="per-pagina" defaultValue={filters.pageSize} className={selectClass(false)}>
          {ACTION_PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("actionList.paging.show")}
        </button>
      </Form>
    </div>
  );
}
