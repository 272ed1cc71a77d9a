import { z } from "zod";

/*
 * Paging of the long lists (actions, signals): the same page sizes, the same URL words
 * ("pagina", "per-pagina") and the same rule for a page past the end, so every list pages alike.
 */

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;
/** No list gets near this; it keeps a typed-in page number from becoming an absurd OFFSET. */
export const MAX_PAGE = 100_000;

/** URL parameter names, in Dutch, as people see them in the address bar. */
export const PAGE_PARAM = "pagina";
export const PAGE_SIZE_PARAM = "per-pagina";

export const pageSchema = z
  .number({ error: "errors.paging.pageInvalid" })
  .int({ error: "errors.paging.pageInvalid" })
  .min(1, { error: "errors.paging.pageInvalid" })
  .max(MAX_PAGE, { error: "errors.paging.pageInvalid" });

export const pageSizeSchema = z.literal(PAGE_SIZES, { error: "errors.paging.pageSizeInvalid" });

export type Paging = { page: number; pageSize: PageSize };

/** Page and page size from a URL, leniently: a missing or malformed value is the default. */
export function pagingFromSearchParams(params: URLSearchParams): Paging {
  const page = pageSchema.safeParse(Number(params.get(PAGE_PARAM)));
  const pageSize = pageSizeSchema.safeParse(Number(params.get(PAGE_SIZE_PARAM)));
  return { page: page.success ? page.data : 1, pageSize: pageSize.success ? pageSize.data : DEFAULT_PAGE_SIZE };
}

/** Writes page and page size into search parameters, leaving the defaults out. */
export function setPagingParams(params: URLSearchParams, paging: Partial<Paging>): URLSearchParams {
  if (paging.page && paging.page !== 1) params.set(PAGE_PARAM, String(paging.page));
  if (paging.pageSize && paging.pageSize !== DEFAULT_PAGE_SIZE) params.set(PAGE_SIZE_PARAM, String(paging.pageSize));
  return params;
}

/** How many pages `total` rows fill; an empty list is one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A page past the last one is the last one (a bookmark of page 9 after signals were decided). */
export function clampPage(page: number, pageSize: number, total: number): number {
  return Math.min(page, pageCount(total, pageSize));
}

/**
 * Which part of each group one page takes, when the list is the groups one after the other
 * (e.g. signals waiting for triage, then the decided ones): for each group, in order, the
 * rows to skip and take within it. Groups the page does not reach take 0.
 */
export function sliceOfGroups(groupSizes: readonly number[], paging: Paging): { skip: number; take: number }[] {
  let skip = (paging.page - 1) * paging.pageSize;
  let left = paging.pageSize;
  return groupSizes.map((size) => {
    const from = Math.min(skip, size);
    const take = Math.min(left, size - from);
    skip -= from;
    left -= take;
    return { skip: from, take };
  });
}
