import { Form, useSubmit } from "@remix-run/react";
import type { ReactNode } from "react";
import type { UpdateRequestFilters } from "@koers/domain";
import { useT } from "../../lib/i18n";
import { Checkboxes } from "../action/Checkboxes";
import { selectClass } from "../FormField";
import type { FilterChoices } from "./types";

/** Only ongoing work is asked about, so only these statuses are offered. */
const LIVE_STATUSES = ["proposed", "planned", "in_progress", "blocked"] as const;

/**
 * Step 1 of a request: which actions, with the action list's filters and its URL parameters
 * (?domein=…&status=…), as a GET form so the preview below works without JavaScript. With
 * JavaScript the preview follows every change at once.
 */
export function RequestFilters({ filters, choices }: { filters: UpdateRequestFilters; choices: FilterChoices }) {
  const t = useT();
  const submit = useSubmit();
  return (
    <Form
      method="get"
      className="koers-request-filters"
      aria-labelledby="request-filters-heading"
      onChange={(event) => submit(event.currentTarget, { replace: true, preventScrollReset: true })}
    >
      <h3 className="utrecht-heading-3" id="request-filters-heading">
        {t("requests.form.which")}
      </h3>
      <div className="koers-request-filters__grid">
        <Field id="request-domain" label={t("actionList.filters.domain")}>
          <select id="request-domain" name="domein" defaultValue={filters.domainId ?? ""} className={selectClass(false)}>
            <option value="">{t("actionList.filters.allDomains")}</option>
            {choices.domains.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="request-owner" label={t("actionList.filters.owner")}>
          <select id="request-owner" name="eigenaar" defaultValue={filters.ownerId === "none" ? "" : (filters.ownerId ?? "")} className={selectClass(false)}>
            <option value="">{t("actionList.filters.allOwners")}</option>
            {choices.owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Checkboxes
        id="request-status"
        name="status"
        legend={t("actionList.filters.status")}
        options={LIVE_STATUSES.map((status) => ({ value: status, label: t(`actionStatus.${status}`) }))}
        checked={filters.status ?? []}
      />
      <div className="utrecht-form-field utrecht-form-field--checkbox koers-check">
        <input
          id="request-overdue"
          type="checkbox"
          name="te-laat"
          value="1"
          defaultChecked={filters.overdue ?? false}
          className="utrecht-checkbox utrecht-checkbox--html-input"
        />
        <label htmlFor="request-overdue" className="utrecht-form-label utrecht-form-label--checkbox">
          {t("actionList.filters.overdueOnly")}
        </label>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t("requests.form.previewButton")}
      </button>
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
