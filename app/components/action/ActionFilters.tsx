import { ACTION_SORTS, ACTION_STATUSES, type ActionListFilters } from "@koers/domain";
import { Form, Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { selectClass, textboxClass } from "../FormField";
import { FilterField } from "../filter-fields";
import { KeepPageSize } from "../Pagination";
import { DomainFilter, FilterCheckbox, OverdueOnly, OwnerFilter, StatusChoices } from "./filter-fields";

export type Choices = {
  domains: { id: string; name: string }[];
  goals: { id: string; title: string }[];
  owners: { id: string; name: string }[];
  tags: string[];
};

/**
 * The list's filters as a GET form: the URL carries them (Dutch parameter names), so a
 * filtered list can be bookmarked and shared, and it works without JavaScript. Submitting
 * starts again at page 1; the page size is kept.
 */
export function ActionFilters({ filters, choices, clearHref }: { filters: ActionListFilters; choices: Choices; clearHref: string }) {
  const t = useT();
  return (
    <Form method="get" className="koers-filters" aria-labelledby="filters-heading">
      <h2 className="utrecht-heading-3 koers-filters__title" id="filters-heading">
        {t("actionList.filters.title")}
      </h2>
      <KeepPageSize pageSize={filters.pageSize} />
      <div className="koers-filters__grid">
        <FilterField id="filter-q" label={t("actionList.filters.search")}>
          <input id="filter-q" name="zoek" type="search" defaultValue={filters.q ?? ""} className={textboxClass(false)} />
        </FilterField>
        <DomainFilter id="filter-domain" domains={choices.domains} defaultValue={filters.domainId ?? ""} />
        <OwnerFilter id="filter-owner" owners={choices.owners} defaultValue={filters.ownerId ?? ""} offerNone />
        <FilterField id="filter-goal" label={t("actionList.filters.goal")}>
          <select id="filter-goal" name="doel" defaultValue={filters.goalId ?? ""} className={selectClass(false)}>
            <option value="">{t("actionList.filters.allGoals")}</option>
            {choices.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="filter-tag" label={t("actionList.filters.tag")}>
          <select id="filter-tag" name="label" defaultValue={filters.tag ?? ""} className={selectClass(false)}>
            <option value="">{t("actionList.filters.allTags")}</option>
            {choices.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="filter-sort" label={t("actionList.filters.sort")}>
          <select id="filter-sort" name="sorteer" defaultValue={filters.sort} className={selectClass(false)}>
            {ACTION_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`actionList.sort.${sort}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="filter-direction" label={t("actionList.filters.direction")}>
          <select id="filter-direction" name="richting" defaultValue={filters.direction} className={selectClass(false)}>
            <option value="asc">{t("actionList.direction.asc")}</option>
            <option value="desc">{t("actionList.direction.desc")}</option>
          </select>
        </FilterField>
      </div>
      <StatusChoices id="filter-status" statuses={ACTION_STATUSES} checked={filters.status ?? []} />
      <OverdueOnly id="filter-overdue" checked={filters.overdue ?? false} />
      <FilterCheckbox
        id="filter-without-due"
        name="zonder-einddatum"
        label={t("actionList.filters.withoutDueDateOnly")}
        checked={filters.withoutDueDate ?? false}
      />
      <div className="koers-filters__buttons">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("actionList.filters.apply")}
        </button>
        <Link to={clearHref} className="utrecht-link">
          {t("actionList.filters.clear")}
        </Link>
      </div>
    </Form>
  );
}
