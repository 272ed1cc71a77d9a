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
  const presented = indicators.map((i) => presentIndicator(i));
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

/** The facts the gap analysis (packages/domain) works on, gathered with aggregate queries. */
export async function gapFacts(db: Db, programmeId: string) {
  const live = Prisma.sql`a."programmeId" = ${programmeId}::uuid AND a."archivedAt" IS NULL`;
  const [domains, goals, missing, perDomain, pairs, cross, withoutOwner, withoutDue] = await Promise.all([
    db.domain.findMany({ where: { programmeId, archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, name: true } }),
    db.$queryRaw<{ id: string; title: string; actionCount: number; indicatorCount: number }[]>`
      SELECT g.id, g.title,
        (SELECT count(*) FROM "ActionGoal" ag JOIN "Action" a ON a.id = ag."actionId"
          WHERE ag."goalId" = g.id AND a."archivedAt" IS NULL)::int AS "actionCount",
        (SELECT count(*) FROM "Indicator" i WHERE i."goalId" = g.id AND i."archivedAt" IS NULL)::int AS "indicatorCount"
      FROM "Goal" g WHERE g."programmeId" = ${programmeId}::uuid AND g."archivedAt" IS NULL
      ORDER BY g."order", g."createdAt"`,
    db.$queryRaw<{ total: number; noOwner: number; noDue: number }[]>`
      SELECT count(*)::int AS total,
             (count(*) FILTER (WHERE a."ownerId" IS NULL))::int AS "noOwner",
             (count(*) FILTER (WHERE a."dueDate" IS NULL))::int AS "noDue"
      FROM "Action" a WHERE ${live}`,
    db.$queryRaw<{ domainId: string; n: number }[]>`
      WITH touches AS (${touchesSql(live)}) SELECT domain_id AS "domainId", count(*)::int AS n FROM touches GROUP BY 1`,
    db.$queryRaw<{ a: string; b: string; count: number }[]>`
      WITH touches AS (${touchesSql(live)})
      SELECT p.domain_id AS a, q.domain_id AS b, count(*)::int AS count
      FROM touches p JOIN touches q ON p.action_id = q.action_id AND p.domain_id < q.domain_id
      GROUP BY 1, 2`,
    db.$queryRaw<{ n: number }[]>`
      WITH touches AS (${touchesSql(live)})
      SELECT count(*)::int AS n FROM (SELECT action_id FROM touches GROUP BY 1 HAVING count(*) > 1) s`,
    db.action.findMany({ where: { programmeId, archivedAt: null, ownerId: null }, select: { id: true, title: true }, orderBy: { title: "asc" }, take: 25 }),
    db.action.findMany({ where: { programmeId, archivedAt: null, dueDate: null }, select: { id: true, title: true }, orderBy: { title: "asc" }, take: 25 }),
  ]);
  const totals = missing[0] ?? { total: 0, noOwner: 0, noDue: 0 };
  return {
    facts: {
      domains,
      goals,
      actionsWithoutOwner: totals.noOwner,
      actionsWithoutDueDate: totals.noDue,
      actionsPerDomain: Object.fromEntries(perDomain.map((d) => [d.domainId, d.n])),
      pairCounts: pairs,
      totalActions: totals.total,
      crossDomainActions: cross[0]?.n ?? 0,
    },
    examples: { withoutOwner, withoutDue },
  };
}

/** Every (action, domain) an action touches: its primary domain and its other domains. */
function touchesSql(live: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id AS action_id, a."primaryDomainId" AS domain_id FROM "Action" a WHERE ${live}
    UNION
    SELECT x."actionId", x."domainId" FROM "ActionDomain" x JOIN "Action" a ON a.id = x."actionId" WHERE ${live}`;
}
