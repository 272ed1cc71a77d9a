import { z } from "zod";
import { DEFAULT_PAGE_SIZE, pageSchema, pageSizeSchema, pagingFromSearchParams, setPagingParams } from "./paging.js";
import { idSchema } from "./schemas.js";
import { isSignalStatus, signalStatusSchema, type SignalScope } from "./signals.js";

/**
 * The signal list's filters and paging, as the API takes them and as the page URL carries
 * them (?status=new&domein=…&pagina=2&per-pagina=50).
 */
export const signalListInput = z.object({
  status: signalStatusSchema.optional(),
  domainId: idSchema.optional(),
  page: pageSchema.default(1),
  pageSize: pageSizeSchema.default(DEFAULT_PAGE_SIZE),
});
export type SignalListQuery = z.output<typeof signalListInput>;

const PARAM = { status: "status", domainId: "domein" } as const;

/** Reads the list's query from a URL; anything unknown or malformed is left out, not an error page. */
export function signalListQueryFrom(params: URLSearchParams): SignalListQuery {
  const status = params.get(PARAM.status);
  const domainId = params.get(PARAM.domainId);
  return {
    ...(isSignalStatus(status) ? { status } : {}),
    ...(domainId && idSchema.safeParse(domainId).success ? { domainId } : {}),
    ...pagingFromSearchParams(params),
  };
}

/** Writes the query back into search parameters (defaults left out), e.g. for paging links. */
export function signalListSearchParams(query: Partial<SignalListQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status) params.set(PARAM.status, query.status);
  if (query.domainId) params.set(PARAM.domainId, query.domainId);
  return setPagingParams(params, query);
}

/**
 * Whether the list puts the signals waiting for triage (new, in review) before the decided
 * ones: for staff, who see every signal and work from the top. Others see only their own or
 * their organisation's, newest first in one list.
 */
export function signalListOpensFirst(scope: SignalScope): boolean {
  return scope.kind === "all";
}
