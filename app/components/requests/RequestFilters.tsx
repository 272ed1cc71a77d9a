import { Form, useSubmit } from "@remix-run/react";
import type { UpdateRequestFilters } from "@koers/domain";
import { useT } from "../../lib/i18n";
import { DomainFilter, OverdueOnly, OwnerFilter, StatusChoices } from "../action/filter-fields";
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
        <DomainFilter id="request-domain" domains={choices.domains} defaultValue={filters.domainId ?? ""} />
        <OwnerFilter id="request-owner" owners={choices.owners} defaultValue={filters.ownerId === "none" ? "" : (filters.ownerId ?? "")} />
      </div>
      <StatusChoices id="request-status" statuses={LIVE_STATUSES} checked={filters.status ?? []} />
      <OverdueOnly id="request-overdue" checked={filters.overdue ?? false} />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t("requests.form.previewButton")}
      </button>
    </Form>
  );
}
