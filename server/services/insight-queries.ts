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
 * The facts the gap analysis (packages/domain) works on, in ONE statement: the programme's live
 * actions are read once (CTE `live`), and every count is an aggregate over that or over their
 * other domains (`other`: ActionDomain rows that differ from the action's primary domain).
 * Correlated subqueries or one query per fact cost seconds at 50,000 actions.
 */
export async function gapFacts(db: Db, programmeId: string) {
  type Facts = {
    goals: { id: string; title: string; hasActions: boolean; hasIndicators: boolean }[] | null;
    primary: { domainId: string; n: number; noOwner: number; noDue: number }[] | null;
    others: { domainId: string; n: number }[] | null;
    pairs: { a: string; b: string; count: number }[] | null;
    cross: number;
  };
  const [domains, [row], withoutOwner, withoutDue] = await Promise.all([
    db.domain.findMany({ where: { programmeId, archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, name: true } }),
    db.$queryRaw<{ facts: Facts }[]>`
      WITH live AS MATERIALIZED (
        SELECT a.id, a."primaryDomainId" AS primary_id, a."ownerId" IS NULL AS no_owner, a."dueDate" IS NULL AS no_due
        FROM "Action" a WHERE a."programmeId" = ${programmeId}::uuid AND a."archivedAt" IS NULL
      ),
      other AS MATERIALIZED (
        SELECT x."actionId" AS action_id, x."domainId" AS domain_id, l.primary_id
        FROM "ActionDomain" x JOIN live l ON l.id = x."actionId" WHERE x."domainId" <> l.primary_id
      ),
      pairs AS (
        SELECT least(primary_id, domain_id) AS a, greatest(primary_id, domain_id) AS b FROM other
        UNION ALL
        SELECT p.domain_id, q.domain_id FROM other p JOIN other q ON p.action_id = q.action_id AND p.domain_id < q.domain_id
      )
      SELECT json_build_object(
        -- Existence, not counts: EXISTS stops at the first live action (index ActionGoal(goalId)).
        'goals', (SELECT json_agg(json_build_object('id', g.id, 'title', g.title,
                    'hasActions', EXISTS (SELECT 1 FROM "ActionGoal" ag JOIN "Action" a ON a.id = ag."actionId"
                                          WHERE ag."goalId" = g.id AND a."archivedAt" IS NULL),
                    'hasIndicators', EXISTS (SELECT 1 FROM "Indicator" i WHERE i."goalId" = g.id AND i."archivedAt" IS NULL))
                    ORDER BY g."order", g."createdAt")
                  FROM "Goal" g WHERE g."programmeId" = ${programmeId}::uuid AND g."archivedAt" IS NULL),
        'primary', (SELECT json_agg(json_build_object('domainId', primary_id, 'n', n, 'noOwner', no_owner, 'noDue', no_due))
                    FROM (SELECT primary_id, count(*) AS n, count(*) FILTER (WHERE no_owner) AS no_owner,
                                 count(*) FILTER (WHERE no_due) AS no_due FROM live GROUP BY 1) s),
        'others', (SELECT json_agg(json_build_object('domainId', domain_id, 'n', n))
                   FROM (SELECT domain_id, count(*) AS n FROM other GROUP BY 1) s),
        'pairs', (SELECT json_agg(json_build_object('a', a, 'b', b, 'count', n)) FROM (SELECT a, b, count(*) AS n FROM pairs GROUP BY 1, 2) s),
        'cross', (SELECT count(DISTINCT action_id) FROM other)
      ) AS facts`,
    db.action.findMany({ where: { programmeId, archivedAt: null, ownerId: null }, select: { id: true, title: true }, orderBy: { title: "asc" }, take: 25 }),
    db.action.findMany({ where: { programmeId, archivedAt: null, dueDate: null }, select: { id: true, title: true }, orderBy: { title: "asc" }, take: 25 }),
  ]);
  const facts = row!.facts;
  const primary = facts.primary ?? [];
  const actionsPerDomain: Record<string, number> = {};
  for (const r of [...primary, ...(facts.others ?? [])]) actionsPerDomain[r.domainId] = (actionsPerDomain[r.domainId] ?? 0) + r.n;
  const sum = (key: "n" | "noOwner" | "noDue") => primary.reduce((total, r) => total + r[key], 0);
  return {
    facts: {
      domains,
      goals: facts.goals ?? [],
      actionsWithoutOwner: sum("noOwner"),
      actionsWithoutDueDate: sum("noDue"),
      actionsPerDomain,
      pairCounts: facts.pairs ?? [],
      totalActions: sum("n"),
      crossDomainActions: facts.cross,
    },
    examples: { withoutOwner, withoutDue },
  };
}
