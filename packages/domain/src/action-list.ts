import { z } from "zod";
import { ACTION_STATUSES } from "./action-status.js";
import { DEFAULT_PAGE_SIZE, PAGE_PARAM, PAGE_SIZE_PARAM, pageSchema, pageSizeSchema, setPagingParams } from "./paging.js";

/**
 * The action list's filters, sorting and paging, as they appear in the page URL
 * (?domein=…&status=…) and in the API. Unknown or malformed values are dropped rather than
 * refused, so an old bookmark still opens a list.
 */
export const ACTION_SORTS = ["order", "title", "status", "dueDate", "updatedAt", "budget"] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];

const uuid = z.uuid();
const status = z.enum(ACTION_STATUSES);

export const actionListFilters = z.object({
  domainId: uuid.optional(),
  status: z.array(status).max(6).optional(),
  /** A member's user id, or "none" for actions without an owner. */
  ownerId: z.union([uuid, z.literal("none")]).optional(),
  goalId: uuid.optional(),
  tag: z.string().trim().toLowerCase().min(1).max(40).optional(),
  overdue: z.boolean().optional(),
  /** Only actions that have no due date yet (a gap the analysis points at). */
  withoutDueDate: z.boolean().optional(),
  q: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(ACTION_SORTS).default("order"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: pageSchema.default(1),
  pageSize: pageSizeSchema.default(DEFAULT_PAGE_SIZE),
});
export type ActionListFilters = z.infer<typeof actionListFilters>;

/** URL parameter names, in Dutch, as people see them in the address bar. */
const PARAM = {
  domainId: "domein",
  status: "status",
  ownerId: "eigenaar",
  goalId: "doel",
  tag: "label",
  overdue: "te-laat",
  withoutDueDate: "zonder-einddatum",
  q: "zoek",
  sort: "sorteer",
  direction: "richting",
  page: PAGE_PARAM,
  pageSize: PAGE_SIZE_PARAM,
} as const;

/** Reads the filters from a URL's search parameters, dropping what does not parse. */
export function filtersFromSearchParams(params: URLSearchParams): ActionListFilters {
  const raw: Record<string, unknown> = {
    domainId: params.get(PARAM.domainId) || undefined,
    status: params.getAll(PARAM.status).filter(Boolean),
    ownerId: params.get(PARAM.ownerId) || undefined,
    goalId: params.get(PARAM.goalId) || undefined,
    tag: params.get(PARAM.tag) || undefined,
    overdue: params.get(PARAM.overdue) === "1" ? true : undefined,
    withoutDueDate: params.get(PARAM.withoutDueDate) === "1" ? true : undefined,
    q: params.get(PARAM.q) || undefined,
    sort: params.get(PARAM.sort) || undefined,
    direction: params.get(PARAM.direction) || undefined,
    page: params.has(PARAM.page) ? Number(params.get(PARAM.page)) : undefined,
    pageSize: params.has(PARAM.pageSize) ? Number(params.get(PARAM.pageSize)) : undefined,
  };
  if ((raw.status as string[]).length === 0) delete raw.status;
  const shape = actionListFilters.shape;
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const parsed = shape[key as keyof typeof shape].safeParse(value);
    if (parsed.success) clean[key] = parsed.data;
  }
  return actionListFilters.parse(clean);
}

/** Writes filters back into search parameters (defaults left out), e.g. for paging links. */
export function searchParamsFromFilters(filters: Partial<ActionListFilters>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.domainId) params.set(PARAM.domainId, filters.domainId);
  for (const s of filters.status ?? []) params.append(PARAM.status, s);
  if (filters.ownerId) params.set(PARAM.ownerId, filters.ownerId);
  if (filters.goalId) params.set(PARAM.goalId, filters.goalId);
  if (filters.tag) params.set(PARAM.tag, filters.tag);
  if (filters.overdue) params.set(PARAM.overdue, "1");
  if (filters.withoutDueDate) params.set(PARAM.withoutDueDate, "1");
  if (filters.q) params.set(PARAM.q, filters.q);
  if (filters.sort && filters.sort !== "order") params.set(PARAM.sort, filters.sort);
  if (filters.direction && filters.direction !== "asc") params.set(PARAM.direction, filters.direction);
  return setPagingParams(params, filters);
}
