import { describe, expect, it } from "vitest";
import {
  clampPage,
  filtersFromSearchParams,
  pageCount,
  pageSchema,
  pageSizeSchema,
  pagingFromSearchParams,
  searchParamsFromFilters,
  signalListInput,
  signalListQueryFrom,
  signalListSearchParams,
  signalListOpensFirst,
  sliceOfGroups,
} from "@koers/domain";

const ID = "0b7c6c1e-5a4f-4d2b-9a53-2f1d3c4b5a69";

describe("paging", () => {
  it("counts pages, an empty list being one page, and clamps a page past the end to the last", () => {
    expect([0, 1, 25, 26, 50, 51].map((total) => pageCount(total, 25))).toEqual([1, 1, 1, 2, 2, 3]);
    expect(clampPage(9, 25, 51)).toBe(3);
    expect(clampPage(2, 25, 51)).toBe(2);
    expect(clampPage(4, 25, 0)).toBe(1);
  });

  it("reads page and page size from the URL leniently, and writes back only what is not the default", () => {
    expect(pagingFromSearchParams(new URLSearchParams("pagina=3&per-pagina=50"))).toEqual({ page: 3, pageSize: 50 });
    for (const odd of ["pagina=0&per-pagina=30", "pagina=-2&per-pagina=abc", "pagina=1.5", "pagina=999999", ""]) {
      expect(pagingFromSearchParams(new URLSearchParams(odd)), odd).toEqual({ page: 1, pageSize: 25 });
    }
  });

  it("refuses a bad page or page size through the API with a message key", () => {
    expect(pageSchema.safeParse(0).error?.issues[0]?.message).toBe("errors.paging.pageInvalid");
    expect(pageSchema.safeParse(2.5).error?.issues[0]?.message).toBe("errors.paging.pageInvalid");
    expect(pageSizeSchema.safeParse(30).error?.issues[0]?.message).toBe("errors.paging.pageSizeInvalid");
    expect(pageSizeSchema.safeParse(100).data).toBe(100);
  });

  it("gives each group its slice of a page when the list is the groups one after the other", () => {
    // 30 open, then 40 decided; 25 a page.
    expect(sliceOfGroups([30, 40], { page: 1, pageSize: 25 })).toEqual([{ skip: 0, take: 25 }, { skip: 0, take: 0 }]);
    expect(sliceOfGroups([30, 40], { page: 2, pageSize: 25 })).toEqual([{ skip: 25, take: 5 }, { skip: 0, take: 20 }]);
    expect(sliceOfGroups([30, 40], { page: 3, pageSize: 25 })).toEqual([{ skip: 30, take: 0 }, { skip: 20, take: 20 }]);
    expect(sliceOfGroups([0, 7], { page: 1, pageSize: 25 })).toEqual([{ skip: 0, take: 0 }, { skip: 0, take: 7 }]);
    expect(sliceOfGroups([60], { page: 3, pageSize: 25 })).toEqual([{ skip: 50, take: 10 }]);
  });

  it("keeps the action list's paging words and defaults", () => {
    const filters = filtersFromSearchParams(new URLSearchParams("pagina=2&per-pagina=100&status=planned"));
    expect([filters.page, filters.pageSize]).toEqual([2, 100]);
    expect(searchParamsFromFilters({ ...filters, page: 1, pageSize: 25 }).toString()).toBe("status=planned");
    expect(searchParamsFromFilters(filters).toString()).toBe("status=planned&pagina=2&per-pagina=100");
  });
});

describe("the signal list's query", () => {
  it("reads status, domain and paging from the URL, dropping what does not parse, and writes it back", () => {
    const query = signalListQueryFrom(new URLSearchParams(`status=in_review&domein=${ID}&pagina=2&per-pagina=50`));
    expect(query).toEqual({ status: "in_review", domainId: ID, page: 2, pageSize: 50 });
    expect(signalListSearchParams(query).toString()).toBe(`status=in_review&domein=${ID}&pagina=2&per-pagina=50`);
    expect(signalListQueryFrom(new URLSearchParams("status=open&domein=geen-id&pagina=nul"))).toEqual({ page: 1, pageSize: 25 });
    expect(signalListSearchParams({ page: 1, pageSize: 25 }).toString()).toBe("");
  });

  it("defaults page and page size in the API and refuses other sizes", () => {
    expect(signalListInput.parse({})).toEqual({ page: 1, pageSize: 25 });
    const refused = signalListInput.safeParse({ page: 0, pageSize: 10, status: "open" });
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["status", "errors.signal.statusInvalid"],
      ["page", "errors.paging.pageInvalid"],
      ["pageSize", "errors.paging.pageSizeInvalid"],
    ]);
  });

  it("puts what waits for triage first for staff only", () => {
    expect(signalListOpensFirst({ kind: "all" })).toBe(true);
    expect(signalListOpensFirst({ kind: "organisation", organisationId: ID, userId: ID })).toBe(false);
    expect(signalListOpensFirst({ kind: "own", userId: ID })).toBe(false);
  });
});
