import { ACTION_SORTS, ACTION_STATUSES, type ActionListFilters } from "@koers/domain";
import type { ReactNode } from "react";
import { Form, Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { selectClass, textboxClass } from "../FormField";
import { Checkboxes } from "./Checkboxes";

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
      {filters.pageSize !== 25 ? <input type="hidden" name="per-pagina" value={filters.pageSize} /> : null}
      <div className="koers-filters__grid">
        <Field id="filter-q" label={t("actionList.filters.search")}>
          <input id="filter-q" name="zoek" type="search" defaultValue={filters.q ?? ""} className={textboxClass(false)} />
        </Field>
        <Field id="filter-domain" label={t("actionList.filters.domain")}>
          <select id="filter-domain" name="domein" defaultValue={filters.domainId ?? ""} className={selectClass(false)}>
            <option value="">{t("actionList.filters.allDomains")}</option>
            {choices.domains.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-owner" label={t("actionList.filters.owner")}>
          <select id="filter-owner" name="eigenaar" defaultValue={filters.ownerId ?? ""} className={selectClass(false)}>
            <option value="">{t("actionList.filters.allOwners")}</option>
            <option value="none">{t("actionList.filters.noOwner")}</option>
            {choices.owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-goal" label={t("actionList.filters.goal")}>
          <select id="filter-goal" name="doel" defaultValue={filters.goalId ?? ""} className={selectClass(false)}>
            <option value="">{t("actionList.filters.allGoals")}</option>
            {choices.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-tag" label={t("actionList.filters.tag")}>
          <select id="filter-tag" name="label" defaultValue={filters.tag ?? ""} className={selectClass(false)}>
            <option value="">{t("actionList.filters.allTags")}</option>
            {choices.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-sort" label={t("actionList.filters.sort")}>
          <select id="filter-sort" name="sorteer" defaultValue={filters.sort} className={selectClass(false)}>
            {ACTION_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`actionList.sort.${sort}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="filter-direction" label={t("actionList.filters.direction")}>
          <select id="filter-direction" name="richting" defaultValue={filters.direction} className={selectClass(false)}>
            <option value="asc">{t("actionList.direction.asc")}</option>
            <option value="desc">{t("actionList.direction.desc")}</option>
          </select>
        </Field>
      </div>
      <Checkboxes
        id="filter-status"
        name="status"
        legend={t("actionList.filters.status")}
        options={ACTION_STATUSES.map((status) => ({ value: status, label: t(`actionStatus.${status}`) }))}
        checked={filters.status ?? []}
      />
      <div className="utrecht-form-field utrecht-form-field--checkbox koers-check">
        <input
          id="filter-overdue"
          type="checkbox"
          name="te-laat"
          value="1"
          defaultChecked={filters.overdue ?? false}
          className="utrecht-checkbox utrecht-checkbox--html-input"
        />
        <label htmlFor="filter-overdue" className="utrecht-form-label utrecht-form-label--checkbox">
          {t("actionList.filters.overdueOnly")}
        </label>
      </div>
      <div className="utrecht-form-field utrecht-form-field--checkbox koers-check">
        <input
          id="filter-without-due"
          type="checkbox"
          name="zonder-einddatum"
          value="1"
          defaultChecked={filters.withoutDueDate ?? false}
          className="utrecht-checkbox utrecht-checkbox--html-input"
        />
        <label htmlFor="filter-without-due" className="utrecht-form-label utrecht-form-label--checkbox">
          {t("actionList.filters.withoutDueDateOnly")}
        </label>
      </div>
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

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="utrecht-form-field utrecht-form-field--text">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}
