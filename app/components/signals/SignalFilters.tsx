import { SIGNAL_STATUSES } from "@koers/domain";
import { Form, Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { DomainSelect } from "../filter-fields";
import { selectClass } from "../FormField";
import { KeepPageSize } from "../Pagination";

export type SignalFilterValues = { status: string; domainId: string };

/**
 * Status and domain as a GET form: the address carries them ("?status=…&domein=…"), so a
 * filtered list can be shared, and it works without JavaScript. Filtering starts again at
 * page 1; a chosen page size is kept.
 */
export function SignalFilters({ values, pageSize, domains, clearHref }: { values: SignalFilterValues; pageSize: number; domains: { id: string; name: string }[]; clearHref: string }) {
  const t = useT();
  return (
    <Form method="get" className="koers-signal-filters" aria-labelledby="signal-filters-heading">
      <h2 className="utrecht-heading-3 koers-signal-filters__title" id="signal-filters-heading">
        {t("signals.filters.title")}
      </h2>
      <KeepPageSize pageSize={pageSize} />
      <div className="koers-signal-filters__row">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-status">
            {t("signals.filters.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={values.status} className={selectClass(false)}>
            <option value="">{t("signals.filters.allStatuses")}</option>
            {SIGNAL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`signalStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-domain">
            {t("signals.filters.domain")}
          </label>
          <DomainSelect id="filter-domain" domains={domains} defaultValue={values.domainId} allLabel={t("signals.filters.allDomains")} />
        </div>
        <div className="koers-signal-filters__buttons">
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("signals.filters.apply")}
          </button>
          {values.status || values.domainId ? (
            <Link to={clearHref} className="utrecht-link">
              {t("signals.filters.clear")}
            </Link>
          ) : null}
        </div>
      </div>
    </Form>
  );
}
