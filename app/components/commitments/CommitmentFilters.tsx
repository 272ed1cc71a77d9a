import type { CommitmentStatus } from "@koers/domain";
import { Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { DomainSelect, FilterField } from "../filter-fields";
import { selectClass } from "../FormField";
import { ALL_STATUSES_PARAM, STATUS_ORDER, STATUS_PARAM } from "./filters";

type Props = {
  domains: { id: string; name: string }[];
  domainId: string | null;
  /** The status shown now; null is every status. */
  status: CommitmentStatus | null;
  counts: Record<CommitmentStatus, number>;
  clearHref: string;
};

/** Domain and status as a GET form: the URL carries them, so it works without JavaScript and can be shared. */
export function CommitmentFilters({ domains, domainId, status, counts, clearHref }: Props) {
  const t = useT();
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <form method="get" className="koers-filters koers-commitments-page__filters" aria-labelledby="commitment-filters-heading">
      <h2 className="utrecht-heading-3 koers-filters__title" id="commitment-filters-heading">
        {t("commitments.filters.title")}
      </h2>
      <div className="koers-filters__grid">
        <FilterField id="commitment-filter-domain" label={t("commitments.filters.domain")}>
          <DomainSelect id="commitment-filter-domain" domains={domains} defaultValue={domainId ?? ""} allLabel={t("commitments.filters.allDomains")} />
        </FilterField>
        <FilterField id="commitment-filter-status" label={t("commitments.filters.status")}>
          <select id="commitment-filter-status" name="status" defaultValue={status ? STATUS_PARAM[status] : ALL_STATUSES_PARAM} className={selectClass(false)}>
            <option value={ALL_STATUSES_PARAM}>{t("commitments.filters.allStatuses", { count: total })}</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={STATUS_PARAM[s]}>
                {t("commitments.filters.statusWithCount", { status: t(`commitmentStatus.${s}`), count: counts[s] })}
              </option>
            ))}
          </select>
        </FilterField>
      </div>
      <div className="koers-filters__buttons">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("commitments.filters.apply")}
        </button>
        <Link to={clearHref} className="utrecht-link">
          {t("commitments.filters.clear")}
        </Link>
      </div>
    </form>
  );
}
