import type pg from "pg";

/** What the measurements vary over: the ids the generator made. */
export type BenchData = {
  municipalityId: string;
  programmeId: string;
  /** The civil servant, whose context every measured call runs in. */
  civilServant: { id: string; email: string; name: string };
  /** The five members (one per role); actions are owned by these. */
  memberIds: string[];
  domainIds: string[];
  goalIds: string[];
  tags: string[];
  counts: Record<string, number>;
};

export const SIZES = { domains: 20, goalsPerDomain: 10, indicatorsPerGoal: 2, measurementsPerIndicator: 5, actions: 50_000 };
const ROLES = ["admin", "council", "civil_servant", "partner", "viewer"] as const;
export const TAGS = ["klimaat", "jeugd", "wonen", "zorg", "veiligheid", "mobiliteit", "cultuur", "sport", "armoede", "digitaal"];
const THEMES = ["Buurtaanpak", "Subsidieregeling", "Pilot", "Onderzoek", "Campagne", "Renovatie", "Netwerk", "Loket"];

/**
 * Fills an empty, migrated database with one municipality's programme at the size of a large
 * city: set-based INSERT … SELECT over generate_series, so 50,000 actions take seconds, not the
 * minutes that row-by-row Prisma creates would. random() is seeded, so every run gets the same
 * shape of data (ids differ).
 */
export async function generate(client: pg.ClientBase): Promise<BenchData> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT setseed(0.20261123)");
    const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;
    const ids = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows.map((r) => r.id as string);

    const { id: municipalityId } = await one<{ id: string }>(
      `INSERT INTO "Municipality" (id, slug, name) VALUES (gen_random_uuid(), 'bench', 'Gemeente Bench') RETURNING id`,
    );
    const { id: organisationId } = await one<{ id: string }>(
      `INSERT INTO "Organisation" (id, "municipalityId", name, type) VALUES (gen_random_uuid(), $1, 'Stichting Bench', 'welfare') RETURNING id`,
      [municipalityId],
    );
    const users = (
      await client.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
         SELECT gen_random_uuid(), role || '@bench.test', 'Bench ' || role, 'not-a-real-hash', now()
         FROM unnest($1::text[]) WITH ORDINALITY AS r(role, i) ORDER BY i
         RETURNING id, email, name`,
        [ROLES],
      )
    ).rows as { id: string; email: string; name: string }[];
    await client.query(
      `INSERT INTO "Membership" (id, "userId", "municipalityId", role, "organisationId", "updatedAt")
       SELECT gen_random_uuid(), u.id, $2, r.role::"Role", CASE WHEN r.role = 'partner' THEN $3::uuid END, now()
       FROM unnest($1::uuid[], $4::text[]) AS r(user_id, role) JOIN "User" u ON u.id = r.user_id`,
      [users.map((u) => u.id), municipalityId, organisationId, ROLES],
    );
    const { id: programmeId } = await one<{ id: string }>(
      `INSERT INTO "Programme" (id, "municipalityId", title, "termStart", "termEnd", status, "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Raadsprogramma 2026–2030', '2026-01-01', '2030-12-31', 'adopted', now()) RETURNING id`,
      [municipalityId],
    );
    const domainIds = await ids(
      `INSERT INTO "Domain" (id, "programmeId", name, description, "order")
       SELECT gen_random_uuid(), $1, 'Domein ' || lpad(i::text, 2, '0'), 'Hoofdstuk ' || i, i - 1
       FROM generate_series(1, $2::int) i ORDER BY i RETURNING id`,
      [programmeId, SIZES.domains],
    );
    // Goal "order" is its global index: goal k of domain d has order d * 10 + k.
    const goalIds = await ids(
      `INSERT INTO "Goal" (id, "programmeId", "domainId", title, "order")
       SELECT gen_random_uuid(), $1, d.id, 'Doel ' || (d."order" * $2 + k + 1), d."order" * $2 + k
       FROM "Domain" d CROSS JOIN generate_series(0, $2 - 1) k WHERE d."programmeId" = $1
       ORDER BY d."order", k RETURNING id`,
      [programmeId, SIZES.goalsPerDomain],
    );
    await client.query(
      `INSERT INTO "Indicator" (id, "goalId", name, unit, direction, "baselineValue", "baselineDate", "targetValue", "targetDate", source)
       SELECT gen_random_uuid(), g.id, 'Indicator ' || g."order" || '.' || k, '%',
              CASE WHEN random() < 0.5 THEN 'higher_is_better' ELSE 'lower_is_better' END::"IndicatorDirection",
              50, '2021-01-01', 50 + (random() * 40 - 20)::int, '2030-12-31', 'CBS'
       FROM "Goal" g CROSS JOIN generate_series(1, $2::int) k WHERE g."programmeId" = $1`,
      [programmeId, SIZES.indicatorsPerGoal],
    );
    // Yearly measurements, the newest this year.
    await client.query(
      `INSERT INTO "Measurement" (id, "indicatorId", date, value, "authorId")
       SELECT gen_random_uuid(), i.id, make_date(extract(year FROM now())::int - $2 + y, 1, 1),
              round((i."baselineValue" + (i."targetValue" - i."baselineValue") * y / 10.0 + random() * 6 - 3)::numeric, 1), $3::uuid
       FROM "Indicator" i JOIN "Goal" g ON g.id = i."goalId" CROSS JOIN generate_series(1, $2::int) y WHERE g."programmeId" = $1`,
      [programmeId, SIZES.measurementsPerIndicator, users[2]!.id],
    );

    await generateActions(client, programmeId, users.map((u) => u.id));
    const counts: Record<string, number> = {};
    for (const table of ["Action", "ActionGoal", "ActionDomain", "Goal", "Indicator", "Measurement"]) {
      counts[table] = (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).n;
    }
    await client.query("COMMIT");
    // VACUUM as well as ANALYZE: autovacuum does the same to freshly inserted tables soon after
    // (PostgreSQL 13+), and without the visibility map it sets, index-only scans look expensive
    // and some plans differ from what a running installation gets.
    await client.query("VACUUM ANALYZE");
    return {
      municipalityId,
      programmeId,
      civilServant: users[2]!,
      memberIds: users.map((u) => u.id),
      domainIds,
      goalIds,
      tags: TAGS,
      counts,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/**
 * The 50,000 actions. Each row's random draws are made once into a temporary table, from
 * which Action, ActionGoal and ActionDomain are filled, so the three agree.
 * Distributions: status 20/20/35/15/5/5 %; domains uneven (chapter 1 about five times the
 * size of chapter 20); owner one of the five members, none for ~5 %; due date 2026–2030,
 * none for ~5 %; budget none for ~30 %, else €1k–€2.5M skewed to small; 0–3 tags; 1–2 goals
 * (the first in the primary domain); ~30 % touch 1–2 other domains.
 */
async function generateActions(client: pg.ClientBase, programmeId: string, memberIds: string[]): Promise<void> {
  const { domains, goalsPerDomain, actions } = SIZES;
  await client.query(
    `CREATE TEMP TABLE bench_draw ON COMMIT DROP AS
     SELECT n, gen_random_uuid() AS id,
            least(floor($2::int * power(random(), 1.6))::int, $2 - 1) AS dom,
            random() AS r_status, random() AS r_owner, random() AS r_due, random() AS r_budget,
            random() AS r_start, floor(random() * 4)::int AS ntags, random() AS r_goal, random() AS r_goal2,
            random() AS r_two_goals, random() AS r_cross, random() AS r_other, random() AS r_other2, random() AS r_theme
     FROM generate_series(1, $1::int) n`,
    [actions, domains],
  );
  await client.query(
    `INSERT INTO "Action" (id, "programmeId", "primaryDomainId", title, description, "ownerId", status,
                           "startDate", "dueDate", "budgetCents", tags, "order", "createdAt", "updatedAt")
     SELECT b.id, $1, d.id,
            'Actie ' || b.n || ': ' || ($4::text[])[1 + floor(b.r_theme * array_length($4::text[], 1))::int] || ' ' || d.name,
            'Beschrijving van actie ' || b.n,
            CASE WHEN b.r_owner < 0.05 THEN NULL ELSE ($2::uuid[])[1 + floor((b.r_owner - 0.05) / 0.95 * 5)::int] END,
            (CASE WHEN b.r_status < 0.20 THEN 'proposed' WHEN b.r_status < 0.40 THEN 'planned'
                  WHEN b.r_status < 0.75 THEN 'in_progress' WHEN b.r_status < 0.90 THEN 'done'
                  WHEN b.r_status < 0.95 THEN 'blocked' ELSE 'dropped' END)::"ActionStatus",
            CASE WHEN b.r_due < 0.05 OR b.r_start < 0.3 THEN NULL
                 ELSE DATE '2026-01-01' + floor((b.r_due - 0.05) / 0.95 * 1826)::int - floor(b.r_start * 365)::int END,
            CASE WHEN b.r_due < 0.05 THEN NULL ELSE DATE '2026-01-01' + floor((b.r_due - 0.05) / 0.95 * 1826)::int END,
            CASE WHEN b.r_budget < 0.30 THEN NULL ELSE (100000 * power(2500, (b.r_budget - 0.30) / 0.70 * random()))::bigint END,
            ARRAY(SELECT t FROM unnest($3::text[]) AS t WHERE b.n > 0 ORDER BY random() LIMIT b.ntags),
            row_number() OVER (PARTITION BY b.dom ORDER BY b.n) - 1,
            now() - (b.r_start * interval '300 days'), now() - (b.r_theme * interval '100 days')
     FROM bench_draw b JOIN "Domain" d ON d."programmeId" = $1 AND d."order" = b.dom`,
    [programmeId, memberIds, TAGS, THEMES],
  );
  // Goal of global index i has order i: the first goal is in the primary domain, a second
  // (for ~40 %) anywhere in the programme.
  await client.query(
    `INSERT INTO "ActionGoal" ("actionId", "goalId")
     SELECT b.id, g.id FROM bench_draw b
     JOIN "Goal" g ON g."programmeId" = $1 AND g."order" = b.dom * $2 + floor(b.r_goal * $2)::int
     UNION
     SELECT b.id, g.id FROM bench_draw b
     JOIN "Goal" g ON g."programmeId" = $1 AND g."order" = floor(b.r_goal2 * $2 * $3)::int
     WHERE b.r_two_goals < 0.4`,
    [programmeId, goalsPerDomain, domains],
  );
  await client.query(
    `INSERT INTO "ActionDomain" ("actionId", "domainId")
     SELECT x.id, d.id FROM (
       SELECT b.id, (b.dom + 1 + floor(b.r_other * ($2 - 1))::int) % $2 AS other FROM bench_draw b WHERE b.r_cross < 0.30
       UNION
       SELECT b.id, (b.dom + 1 + floor(b.r_other2 * ($2 - 1))::int) % $2 FROM bench_draw b WHERE b.r_cross < 0.12
     ) x JOIN "Domain" d ON d."programmeId" = $1 AND d."order" = x.other`,
    [programmeId, domains],
  );
}
