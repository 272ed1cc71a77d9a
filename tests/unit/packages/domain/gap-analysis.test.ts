import { describe, expect, it } from "vitest";
import { analyseGaps, type GapFacts } from "@koers/domain";

const onderwijs = { id: "d-onderwijs", name: "Onderwijs" };
const gezondheid = { id: "d-gezondheid", name: "Gezondheid" };
const veiligheid = { id: "d-veiligheid", name: "Veiligheid" };
const ruimte = { id: "d-ruimte", name: "Ruimtelijk domein" };

function facts(overrides: Partial<GapFacts> = {}): GapFacts {
  return {
    domains: [onderwijs, gezondheid, veiligheid, ruimte],
    goals: [
      { id: "g1", title: "Minder schooluitval", hasActions: true, hasIndicators: true },
      { id: "g2", title: "Gezond opgroeien", hasActions: false, hasIndicators: true },
      { id: "g3", title: "Veilige buurten", hasActions: true, hasIndicators: false },
      { id: "g4", title: "Wonen voor iedereen", hasActions: false, hasIndicators: false },
    ],
    actionsWithoutOwner: 4,
    actionsWithoutDueDate: 6,
    actionsPerDomain: { "d-onderwijs": 5, "d-gezondheid": 3, "d-veiligheid": 2 },
    pairCounts: [{ a: "d-gezondheid", b: "d-onderwijs", count: 2 }],
    totalActions: 8,
    crossDomainActions: 2,
    ...overrides,
  };
}

describe("analyseGaps", () => {
  it("lists goals without actions and goals without indicators, in the order given", () => {
    const result = analyseGaps(facts());
    expect(result.goalsWithoutActions).toEqual([
      { id: "g2", title: "Gezond opgroeien" },
      { id: "g4", title: "Wonen voor iedereen" },
    ]);
    expect(result.goalsWithoutIndicators).toEqual([
      { id: "g3", title: "Veilige buurten" },
      { id: "g4", title: "Wonen voor iedereen" },
    ]);
  });

  it("lists domains without actions, whether their count is missing or zero", () => {
    expect(analyseGaps(facts()).domainsWithoutActions).toEqual([ruimte]);
    expect(analyseGaps(facts({ actionsPerDomain: { "d-onderwijs": 0, "d-gezondheid": 1 } })).domainsWithoutActions).toEqual([
      onderwijs,
      veiligheid,
      ruimte,
    ]);
  });

  it("passes on the counts of actions without owner or due date", () => {
    const result = analyseGaps(facts());
    expect(result.actionsWithoutOwner).toBe(4);
    expect(result.actionsWithoutDueDate).toBe(6);
  });

  it("builds a symmetric coverage matrix with each domain's own count on the diagonal", () => {
    const result = analyseGaps(
      facts({
        pairCounts: [
          { a: "d-gezondheid", b: "d-onderwijs", count: 2 },
          { a: "d-onderwijs", b: "d-veiligheid", count: 1 },
        ],
      }),
    );
    expect(result.coverage.domains).toEqual([onderwijs, gezondheid, veiligheid, ruimte]);
    expect(result.coverage.matrix).toEqual([
      [5, 2, 1, 0],
      [2, 3, 0, 0],
      [1, 0, 2, 0],
      [0, 0, 0, 0],
    ]);
  });

  it("keeps the domains in the order given, not sorted", () => {
    const result = analyseGaps(facts({ domains: [ruimte, veiligheid, onderwijs, gezondheid] }));
    expect(result.coverage.domains.map((d) => d.name)).toEqual(["Ruimtelijk domein", "Veiligheid", "Onderwijs", "Gezondheid"]);
    expect(result.coverage.matrix).toEqual([
      [0, 0, 0, 0],
      [0, 2, 0, 0],
      [0, 0, 5, 2],
      [0, 0, 2, 3],
    ]);
  });

  it("leaves out pairs with a domain that is not listed, and pairs of a domain with itself", () => {
    const result = analyseGaps(
      facts({
        pairCounts: [
          { a: "d-onderwijs", b: "d-gearchiveerd", count: 9 },
          { a: "d-onderwijs", b: "d-onderwijs", count: 9 },
        ],
      }),
    );
    expect(result.coverage.matrix).toEqual([
      [5, 0, 0, 0],
      [0, 3, 0, 0],
      [0, 0, 2, 0],
      [0, 0, 0, 0],
    ]);
  });

  it("copies only id and name of each domain", () => {
    const result = analyseGaps(facts({ domains: [{ ...onderwijs, order: 1 } as typeof onderwijs] }));
    expect(result.coverage.domains).toEqual([onderwijs]);
    expect(result.isolatedDomains).toEqual([onderwijs]);
  });

  it("calls a domain isolated when it has actions but shares none with another listed domain", () => {
    // Onderwijs and Gezondheid share actions; Veiligheid has its own only; Ruimte has none.
    expect(analyseGaps(facts()).isolatedDomains).toEqual([veiligheid]);
  });

  it("does not count a shared action with an unlisted domain, or a pair with count zero", () => {
    const result = analyseGaps(
      facts({
        pairCounts: [
          { a: "d-gezondheid", b: "d-onderwijs", count: 2 },
          { a: "d-veiligheid", b: "d-gearchiveerd", count: 3 },
          { a: "d-ruimte", b: "d-veiligheid", count: 0 },
        ],
      }),
    );
    expect(result.isolatedDomains).toEqual([veiligheid]);
  });

  it("finds no isolated domains when every domain with actions works with another", () => {
    const result = analyseGaps(
      facts({
        pairCounts: [
          { a: "d-gezondheid", b: "d-onderwijs", count: 2 },
          { a: "d-veiligheid", b: "d-gezondheid", count: 1 },
        ],
      }),
    );
    expect(result.isolatedDomains).toEqual([]);
  });

  it("measures coherence as the share of actions that touch two domains or more", () => {
    expect(analyseGaps(facts()).coherence).toEqual({ crossDomainActions: 2, totalActions: 8, share: 0.25 });
    expect(analyseGaps(facts({ crossDomainActions: 8 })).coherence.share).toBe(1);
  });

  it("keeps the share between 0 and 1, and 0 without actions", () => {
    expect(analyseGaps(facts({ totalActions: 0, crossDomainActions: 0 })).coherence).toEqual({
      crossDomainActions: 0,
      totalActions: 0,
      share: 0,
    });
    expect(analyseGaps(facts({ totalActions: 2, crossDomainActions: 3 })).coherence.share).toBe(1);
  });

  it("handles a programme with nothing in it", () => {
    expect(
      analyseGaps({
        domains: [],
        goals: [],
        actionsWithoutOwner: 0,
        actionsWithoutDueDate: 0,
        actionsPerDomain: {},
        pairCounts: [],
        totalActions: 0,
        crossDomainActions: 0,
      }),
    ).toEqual({
      goalsWithoutActions: [],
      goalsWithoutIndicators: [],
      domainsWithoutActions: [],
      actionsWithoutOwner: 0,
      actionsWithoutDueDate: 0,
      coverage: { domains: [], matrix: [] },
      coherence: { crossDomainActions: 0, totalActions: 0, share: 0 },
      isolatedDomains: [],
    });
  });

  it("works on counts, so a large programme costs no more", () => {
    const result = analyseGaps(
      facts({
        actionsPerDomain: { "d-onderwijs": 20_000, "d-gezondheid": 18_000, "d-veiligheid": 9_000, "d-ruimte": 12_000 },
        pairCounts: [
          { a: "d-gezondheid", b: "d-onderwijs", count: 4_000 },
          { a: "d-ruimte", b: "d-veiligheid", count: 2_500 },
        ],
        totalActions: 50_000,
        crossDomainActions: 6_500,
      }),
    );
    expect(result.coverage.matrix[0]).toEqual([20_000, 4_000, 0, 0]);
    expect(result.coverage.matrix[3]).toEqual([0, 0, 2_500, 12_000]);
    expect(result.coherence.share).toBe(0.13);
    expect(result.isolatedDomains).toEqual([]);
  });
});
