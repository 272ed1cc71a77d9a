import { emptyStatusCounts, progressOf, type ActionStatus } from "@koers/domain";
import { Prisma, type Db } from "../db.server.js";
import { presentIndicator } from "./indicators.js";
import { dateOf, todayInNetherlands } from "./serialize.js";

export type DashboardScope = { domainId?: string | undefined; goalId?: string | undefined };

/** Restricts an action query (alias a) to a domain (primary or touched) or a goal. */
function scopeSql(scope: DashboardScope): Prisma.Sql {
  if (scope.goalId) {
    return Prisma.sql`AND EXISTS (SELECT 1 FROM "ActionGoal" ag WHERE ag."actionId" = a.id AND ag."goalId" = ${scope.goalId}::uuid)`;
  }
  if (scope.domainId) {
    return Prisma.sql`AND (a."primaryDomainId" = ${scope.domainId}::uuid
      OR EXISTS (SELECT 1 FROM "ActionDomain" ad WHERE ad."actionId" = a.id AND ad."domainId" = ${scope.domainId}::uuid))`;
  }
  return Prisma.empty;
}

/**
 * Counts by status, overdue and budget per primary domain, in one aggregate query, and the
 * status of the indicators in scope.
 */
export async function dashboard(db: Db, programmeId: string, scope: DashboardScope) {
  const today = dateOf(todayInNetherlands());
  const [rows, domains, indicators] = await Promise.all([
    db.$queryRaw<{ domainId: string; status: ActionStatus; n: number; budget: bigint; overdue: number }[]>`
      SELECT a."primaryDomainId" AS "domainId", a.status, count(*)::int AS n,
             coalesce(sum(a."budgetCents"), 0)::bigint AS budget,
             (count(*) FILTER (WHERE a."dueDate" < ${today}::date
                AND a.status IN ('proposed', 'planned', 'in_progress', 'blocked')))::int AS overdue
      FROM "Action" a
      WHERE a."programmeId" = ${programmeId}::uuid AND a."archivedAt" IS NULL ${scopeSql(scope)}
      GROUP BY 1, 2`,
    db.domain.findMany({ where: { programmeId, archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, name: true } }),
    db.indicator.findMany({
      where: {
        archivedAt: null,
        goal: {
          programmeId,
          archivedAt: null,
          ...(scope.goalId ? { id: scope.goalId } : {}),
          ...(scope.domainId && !scope.goalId ? { domainId: scope.domainId } : {}),
        },
      },
      include: { measurements: { select: { date: true, value: true }, orderBy: [{ date: "asc" }, { createdAt: "asc" }] } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const total = emptyStatusCounts();
  let overdue = 0;
  let budgetCents = 0;
  const perDomain = domains.map((domain) => {
    const counts = emptyStatusCounts();
    let domainBudget = 0;
    let domainOverdue = 0;
    for (const row of rows) {
      if (row.domainId !== domain.id) continue;
      counts[row.status] += row.n;
      domainBudget += Number(row.budget);
      domainOverdue += row.overdue;
    }
    for (const status of Object.keys(counts) as ActionStatus[]) total[status] += counts[status];
    overdue += domainOverdue;
    budgetCents += domainBudget;
    return { domain, counts, progress: progressOf(counts), budgetCents: domainBudget, overdue: domainOverdue };
  });
  const todayIso = todayInNetherlands();
  const presented = indicators.map((i) => presentIndicator(i, todayIso));
  const indicatorCounts = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const i of presented) indicatorCounts[i.status]++;
  return {
    counts: total,
    progress: progressOf(total),
    overdue,
    budgetCents,
    perDomain: scope.domainId || scope.goalId ? perDomain.filter((d) => d.progress.total + d.counts.dropped > 0) : perDomain,
    indicators: presented.map(({ id, name, unit, status, latest, target }) => ({ id, name, unit, status, latest, target })),
    indicatorCounts,
  };
}

/**
 * The facts the gap analysis (packages/domain) works on, gathered with aggregate queries that
 * scan each table once (no correlated subqueries: at 50,000 actions those cost seconds).
 * "Other" domains are ActionDomain rows that differ from the action's primary domain.
 */
export async function gapFacts(db: Db, programmeId: string) {
  const live = Prisma.sql`a."programmeId" = ${programmeId}::uuid AND a."archivedAt" IS NULL`;
  const other = Prisma.sql`
    SELECT x."actionId" AS action_id, x."domainId" AS domain_id, a."primaryDomainId" AS primary_id
    FROM "ActionDomain" x JOIN "Action" a ON a.id = x."actionId"
    WHERE ${live} AND x."domainId" <> a."primaryDomainId"`;
  const [domains, goals, primary, otherPerDomain, pairs, cross, withoutOwner, withoutDue] = await Promise.all([
    db.domain.findMany({ where: { programmeId, archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, name: true } }),
    db.$queryRaw<{ id: string; title: string; actionCount: number; indicatorCount: number }[]>`
      SELECT g.id, g.title, coalesce(ac.n, 0)::int AS "actionCount", coalesce(ic.n, 0)::int AS "indicatorCount"
      FROM "Goal" g
      LEFT JOIN (
        SELECT ag."goalId", count(*) AS n FROM "ActionGoal" ag JOIN "Action" a ON a.id = ag."actionId"
        WHERE ${live} GROUP BY 1
      ) ac ON ac."goalId" = g.id
      LEFT JOIN (
        SELECT i."goalId", count(*) AS n FROM "Indicator" i JOIN "Goal" h ON h.id = i."goalId"
        WHERE h."programmeId" = ${programmeId}::uuid AND i."archivedAt" IS NULL GROUP BY 1
      ) ic ON ic."goalId" = g.id
      WHERE g."programmeId" = ${programmeId}::uuid AND g."archivedAt" IS NULL
      ORDER BY g."order", g."createdAt"`,
    db.$queryRaw<{ domainId: string; n: number; noOwner: number; noDue: number }[]>`
      SELECT a."primaryDomainId" AS "domainId", count(*)::int AS n,
             (count(*) FILTER (WHERE a."ownerId" IS NULL))::int AS "noOwner",
             (count(*) FILTER (WHERE a."dueDate" IS NULL))::int AS "noDue"
      FROM "Action" a WHERE ${live} GROUP BY 1`,
    db.$queryRaw<{ domainId: string; n: number }[]>`
      WITH other AS (${other}) SELECT domain_id AS "domainId", count(*)::int AS n FROM other GROUP BY 1`,
    db.$queryRaw<{ a: string; b: string; count: number }[]>`
      WITH other AS (${other})
      SELECT least(primary_id, domain_id) AS a, greatest(primary_id, domain_id) AS b, count(*)::int AS count
      FROM other GROUP BY 1, 2
      UNION ALL
      SELECT p.domain_id, q.domain_id, count(*)::int
      FROM other p JOIN other q ON p.action_id = q.action_id AND p.domain_id < q.domain_id
      GROUP BY 1, 2`,
    db.$queryRaw<{ n: number }[]>`WITH other AS (${other}) SELECT count(DISTINCT action_id)::int AS n FROM other`,
    db.action.findMany({ where: { programmeId, archivedAt: null, ownerId: null }, select: { id: true, title: true }, orderBy: { title: "asc" }, take: 25 }),
    db.action.findMany({ where: { programmeId, archivedAt: null, dueDate: null }, select: { id: true, title: true }, orderBy: { title: "asc" }, take: 25 }),
  ]);
  const actionsPerDomain: Record<string, number> = {};
  for (const row of [...primary, ...otherPerDomain]) actionsPerDomain[row.domainId] = (actionsPerDomain[row.domainId] ?? 0) + row.n;
  // The same unordered pair can come from both halves of the UNION: add them up.
  const pairCounts = new Map<string, { a: string; b: string; count: number }>();
  for (const pair of pairs) {
    const [a, b] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
    const key = `${a}|${b}`;
    const existing = pairCounts.get(key);
    if (existing) existing.count += pair.count;
    else pairCounts.set(key, { a, b, count: pair.count });
  }
  const sum = (key: "n" | "noOwner" | "noDue") => primary.reduce((total, row) => total + row[key], 0);
  return {
    facts: {
      domains,
      goals,
      actionsWithoutOwner: sum("noOwner"),
      actionsWithoutDueDate: sum("noDue"),
      actionsPerDomain,
      pairCounts: [...pairCounts.values()],
      totalActions: sum("n"),
      crossDomainActions: cross[0]?.n ?? 0,
    },
    examples: { withoutOwner, withoutDue },
  };
}
