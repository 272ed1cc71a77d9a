/*
 * "Lacunes": what a programme is missing, and how far its actions work across domains, which
 * is what the policy texts ask for. The server gathers counts with aggregate queries; this
 * works on those counts only, so it costs the same for fifty actions or fifty thousand.
 */

type Named = { id: string; name: string };
type Titled = { id: string; title: string };

/** Aggregated facts about one programme's live (non-archived) actions, goals and domains. */
export type GapFacts = {
  /** In the order they are shown. */
  domains: Named[];
  goals: (Titled & { hasActions: boolean; hasIndicators: boolean })[];
  actionsWithoutOwner: number;
  actionsWithoutDueDate: number;
  /** Domain id → actions whose primary or other domains include it. */
  actionsPerDomain: Record<string, number>;
  /** Actions touching both domains (a ≠ b), each unordered pair once. */
  pairCounts: { a: string; b: string; count: number }[];
  totalActions: number;
  /** Actions touching two domains or more. */
  crossDomainActions: number;
};

export type GapAnalysis = {
  goalsWithoutActions: Titled[];
  goalsWithoutIndicators: Titled[];
  domainsWithoutActions: Named[];
  actionsWithoutOwner: number;
  actionsWithoutDueDate: number;
  /** matrix[i][j]: actions shared by domains i and j; the diagonal holds each domain's own count. */
  coverage: { domains: Named[]; matrix: number[][] };
  coherence: { crossDomainActions: number; totalActions: number; share: number };
  /** Domains with actions, none of which touches another listed domain: a silo. */
  isolatedDomains: Named[];
};

/**
 * The gap analysis of a programme. Pairs naming a domain that is not listed (an archived one)
 * are left out, so the matrix and the isolated domains agree with what the page shows.
 */
export function analyseGaps(facts: GapFacts): GapAnalysis {
  const domains = facts.domains.map(({ id, name }) => ({ id, name }));
  const index = new Map(domains.map((domain, i) => [domain.id, i]));
  const own = domains.map((domain) => facts.actionsPerDomain[domain.id] ?? 0);
  const matrix = domains.map((_, i) => domains.map((__, j) => (i === j ? own[i]! : 0)));
  for (const { a, b, count } of facts.pairCounts) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    matrix[i]![j]! += count;
    matrix[j]![i]! += count;
  }
  const shares = (i: number) => matrix[i]!.some((count, j) => j !== i && count > 0);
  const { crossDomainActions, totalActions } = facts;
  return {
    goalsWithoutActions: facts.goals.filter((g) => !g.hasActions).map(({ id, title }) => ({ id, title })),
    goalsWithoutIndicators: facts.goals.filter((g) => !g.hasIndicators).map(({ id, title }) => ({ id, title })),
    domainsWithoutActions: domains.filter((_, i) => own[i] === 0),
    actionsWithoutOwner: facts.actionsWithoutOwner,
    actionsWithoutDueDate: facts.actionsWithoutDueDate,
    coverage: { domains, matrix },
    coherence: {
      crossDomainActions,
      totalActions,
      share: totalActions > 0 ? Math.min(1, Math.max(0, crossDomainActions / totalActions)) : 0,
    },
    isolatedDomains: domains.filter((_, i) => own[i]! > 0 && !shares(i)),
  };
}
