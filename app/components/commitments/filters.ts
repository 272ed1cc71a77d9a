import { COMMITMENT_STATUSES, type CommitmentStatus } from "@koers/domain";

/** Status filter values in the page's URL (Dutch, like the other filters) ↔ the API's statuses. */
export const STATUS_PARAM: Record<CommitmentStatus, string> = {
  offered: "aangeboden",
  accepted: "aanvaard",
  declined: "afgewezen",
  withdrawn: "ingetrokken",
  fulfilled: "nagekomen",
};
export const ALL_STATUSES_PARAM = "alle";

/** The order the page shows statuses in: what needs attention first, finished ones last. */
export const STATUS_ORDER: readonly CommitmentStatus[] = ["offered", "accepted", "fulfilled", "declined", "withdrawn"];

export type OverviewFilters = { domainId?: string; status?: CommitmentStatus | "all" };

/** The overview's filters from its URL (?domein=…&status=…); unknown values are left out. */
export function overviewFiltersFrom(params: URLSearchParams): OverviewFilters {
  const filters: OverviewFilters = {};
  const domain = params.get("domein")?.trim();
  if (domain && /^[0-9a-f-]{36}$/i.test(domain)) filters.domainId = domain.toLowerCase();
  const status = params.get("status");
  if (status === ALL_STATUSES_PARAM) filters.status = "all";
  else {
    const found = COMMITMENT_STATUSES.find((s) => STATUS_PARAM[s] === status);
    if (found) filters.status = found;
  }
  return filters;
}
