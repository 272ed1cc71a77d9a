import type pg from "pg";
import type { BenchData } from "./generate.js";
import { pick } from "./measure.js";

/**
 * The comparison peer: the same answers written by hand against a plain `pg` Pool of the same
 * size as Prisma's, without tRPC, without the guard's programme and membership look-ups and
 * without presenting rows. The difference to the Koers column is what our stack costs.
 */
export type RawCase = { label: string; call: (i: number) => Promise<unknown> };

const LIVE = `a."programmeId" = $1 AND a."archivedAt" IS NULL`;

/** One page of the list as action.list returns it (names of domain, owner, other domains, goals), and the total. */
function listSql(filter: string): { page: string; count: string } {
  return {
    page: `
      SELECT a.id, a.title, a.status, a."startDate", a."dueDate", a."budgetCents", a.tags, a."order", a."updatedAt",
             d.id AS "domainId", d.name AS "domainName", u.id AS "ownerId", u.name AS "ownerName",
             coalesce((SELECT json_agg(json_build_object('id', od.id, 'name', od.name))
                       FROM "ActionDomain" ad JOIN "Domain" od ON od.id = ad."domainId" WHERE ad."actionId" = a.id), '[]') AS "otherDomains",
             coalesce((SELECT json_agg(json_build_object('id', g.id, 'title', g.title))
                       FROM "ActionGoal" ag JOIN "Goal" g ON g.id = ag."goalId" WHERE ag."actionId" = a.id), '[]') AS goals
      FROM "Action" a JOIN "Domain" d ON d.id = a."primaryDomainId" LEFT JOIN "User" u ON u.id = a."ownerId"
      WHERE ${LIVE} ${filter}
      ORDER BY d."order", a."order", a.id
      LIMIT 25 OFFSET 0`,
    count: `SELECT count(*)::int AS n FROM "Action" a WHERE ${LIVE} ${filter}`,
  };
}

const DOMAIN_FILTER = `AND (a."primaryDomainId" = $2 OR EXISTS (SELECT 1 FROM "ActionDomain" x WHERE x."actionId" = a.id AND x."domainId" = $2))`;

const DASHBOARD_SQL = {
  counts: `
    SELECT a."primaryDomainId" AS "domainId", a.status, count(*)::int AS n,
           coalesce(sum(a."budgetCents"), 0)::bigint AS budget,
           (count(*) FILTER (WHERE a."dueDate" < $2::date AND a.status IN ('proposed', 'planned', 'in_progress', 'blocked')))::int AS overdue
    FROM "Action" a WHERE ${LIVE} GROUP BY 1, 2`,
  domains: `SELECT id, name FROM "Domain" WHERE "programmeId" = $1 AND "archivedAt" IS NULL ORDER BY "order"`,
  indicators: `
    SELECT i.*, coalesce((SELECT json_agg(json_build_object('date', m.date, 'value', m.value)) FROM "Measurement" m WHERE m."indicatorId" = i.id), '[]') AS measurements
    FROM "Indicator" i JOIN "Goal" g ON g.id = i."goalId"
    WHERE i."archivedAt" IS NULL AND g."programmeId" = $1 AND g."archivedAt" IS NULL ORDER BY i."createdAt"`,
};

const TOUCHES = `
  SELECT a.id AS action_id, a."primaryDomainId" AS domain_id FROM "Action" a WHERE ${LIVE}
  UNION
  SELECT x."actionId", x."domainId" FROM "ActionDomain" x JOIN "Action" a ON a.id = x."actionId" WHERE ${LIVE}`;

/** The queries of gapFacts (server/services/insight-queries.ts), issued directly. */
export const GAPS_SQL = {
  domains: DASHBOARD_SQL.domains,
  goals: `
    SELECT g.id, g.title,
      (SELECT count(*) FROM "ActionGoal" ag JOIN "Action" a ON a.id = ag."actionId" WHERE ag."goalId" = g.id AND a."archivedAt" IS NULL)::int AS "actionCount",
      (SELECT count(*) FROM "Indicator" i WHERE i."goalId" = g.id AND i."archivedAt" IS NULL)::int AS "indicatorCount"
    FROM "Goal" g WHERE g."programmeId" = $1 AND g."archivedAt" IS NULL ORDER BY g."order", g."createdAt"`,
  missing: `
    SELECT count(*)::int AS total, (count(*) FILTER (WHERE a."ownerId" IS NULL))::int AS "noOwner",
           (count(*) FILTER (WHERE a."dueDate" IS NULL))::int AS "noDue"
    FROM "Action" a WHERE ${LIVE}`,
  perDomain: `WITH touches AS (${TOUCHES}) SELECT domain_id AS "domainId", count(*)::int AS n FROM touches GROUP BY 1`,
  pairs: `
    WITH touches AS (${TOUCHES})
    SELECT p.domain_id AS a, q.domain_id AS b, count(*)::int AS count
    FROM touches p JOIN touches q ON p.action_id = q.action_id AND p.domain_id < q.domain_id GROUP BY 1, 2`,
  cross: `WITH touches AS (${TOUCHES}) SELECT count(*)::int AS n FROM (SELECT action_id FROM touches GROUP BY 1 HAVING count(*) > 1) s`,
  withoutOwner: `SELECT id, title FROM "Action" a WHERE ${LIVE} AND a."ownerId" IS NULL ORDER BY title LIMIT 25`,
  withoutDue: `SELECT id, title FROM "Action" a WHERE ${LIVE} AND a."dueDate" IS NULL ORDER BY title LIMIT 25`,
};

export function rawCases(pool: pg.Pool, data: BenchData, today: string): RawCase[] {
  const p = data.programmeId;
  const rows = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows;
  const list = (filter: string, params: (i: number) => unknown[]) => {
    const sql = listSql(filter);
    return (i: number) => Promise.all([rows(sql.page, [p, ...params(i)]), rows(sql.count, [p, ...params(i)])]);
  };
  return [
    { label: "list unfiltered", call: list("", () => []) },
    { label: "list domainId", call: list(DOMAIN_FILTER, (i) => [pick(data.domainIds, i, 7)]) },
    { label: "list status", call: list(`AND a.status = ANY($2::"ActionStatus"[])`, () => [["in_progress"]]) },
    {
      label: "dashboard programme",
      call: () => Promise.all([rows(DASHBOARD_SQL.counts, [p, today]), rows(DASHBOARD_SQL.domains, [p]), rows(DASHBOARD_SQL.indicators, [p])]),
    },
    { label: "gaps", call: () => Promise.all(Object.values(GAPS_SQL).map((sql) => rows(sql, [p]))) },
  ];
}
