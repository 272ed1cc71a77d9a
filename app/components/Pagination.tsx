import { DEFAULT_PAGE_SIZE, PAGE_SIZE_PARAM, PAGE_SIZES, pageCount } from "@koers/domain";
import { Form, Link } from "@remix-run/react";
import { useT } from "../lib/i18n";
import { selectClass } from "./FormField";

type PaginationProps = {
  page: number;
  pageSize: number;
  /** How many rows match in all. */
  total: number;
  /** The address of a page, keeping the list's filters (and page size). */
  hrefFor: (page: number) => string;
  /** What the page-size form carries along as hidden fields: the filters, without page and page size. */
  keep: URLSearchParams;
  /** The page-size field's label, naming what is counted ("Acties per pagina"). */
  sizeLabel: string;
};

/**
 * "Vorige / Volgende" and "pagina X van Y" as links, and a small GET form for the page size
 * (back to page 1): plain links and a plain form, so paging works without JavaScript.
 */
export function Pagination({ page, pageSize, total, hrefFor, keep, sizeLabel }: PaginationProps) {
  const t = useT();
  const pages = pageCount(total, pageSize);
  return (
    <div className="koers-paging">
      <nav aria-label={t("paging.label")} className="koers-paging__nav">
        {page > 1 ? (
          <Link to={hrefFor(Math.min(page - 1, pages))} className="utrecht-link" rel="prev">
            {t("paging.previous")}
          </Link>
        ) : (
          <span className="koers-muted" aria-hidden="true">{t("paging.previous")}</span>
        )}
        <span>{t("paging.position", { page, pages })}</span>
        {page < pages ? (
          <Link to={hrefFor(page + 1)} className="utrecht-link" rel="next">
            {t("paging.next")}
          </Link>
        ) : (
          <span className="koers-muted" aria-hidden="true">{t("paging.next")}</span>
        )}
      </nav>
      <Form method="get" className="koers-inline-form koers-paging__size">
        {[...keep.entries()].map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="page-size" className="utrecht-form-label">
          {sizeLabel}
        </label>
        <select id="page-size" name={PAGE_SIZE_PARAM} defaultValue={pageSize} className={selectClass(false)}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("paging.show")}
        </button>
      </Form>
    </div>
  );
}

/** In a filter form: keeps a chosen page size when the filters change (the page starts again at 1). */
export function KeepPageSize({ pageSize }: { pageSize: number }) {
  return pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name={PAGE_SIZE_PARAM} value={pageSize} /> : null;
}
