import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import type { Config } from "../../../server/config.js";
import { PrismaClient } from "../../../server/generated/prisma/client.js";
import type { BenchData } from "./generate.js";
import { callerFactory, type Case } from "./koers-cases.js";

type Captured = { query: string; params: unknown[]; duration: number };

/**
 * The SQL that one call of a case sends, as Prisma logs it (after a warm-up call), slowest first.
 * A client of its own with query events on, so the measured client pays nothing for logging.
 */
export async function captureQueries(url: string, config: Config, data: BenchData, kase: Case): Promise<Captured[]> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log: [{ emit: "event", level: "query" }] });
  const captured: Captured[] = [];
  let recording = false;
  db.$on("query", (event) => {
    if (recording) captured.push({ query: event.query, params: JSON.parse(event.params) as unknown[], duration: event.duration });
  });
  try {
    const newCaller = callerFactory(db, config, data.civilServant);
    await kase.call(newCaller(), 0);
    recording = true;
    await kase.call(newCaller(), 0);
  } finally {
    await db.$disconnect();
  }
  return captured.sort((a, b) => b.duration - a.duration);
}

/** EXPLAIN (ANALYZE, BUFFERS) of one captured statement, with its parameters bound. */
export async function explain(pool: pg.Pool, statement: Captured): Promise<string> {
  const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`, statement.params);
  return rows.map((row) => row["QUERY PLAN"] as string).join("\n");
}

/** The report for a case that missed its target: each statement's time, the slowest ones' plans. */
export async function diagnose(url: string, config: Config, data: BenchData, kase: Case, pool: pg.Pool, plans = 2): Promise<string> {
  const statements = await captureQueries(url, config, data, kase);
  const lines = [`── ${kase.label}: ${statements.length} statements in one call (Prisma's own timing, ms) ──`];
  for (const s of statements) lines.push(`${s.duration.toFixed(1).padStart(7)}  ${oneLine(s.query).slice(0, 150)}`);
  for (const s of statements.slice(0, plans)) {
    lines.push("", `EXPLAIN (ANALYZE, BUFFERS) of: ${oneLine(s.query)}`, `params: ${JSON.stringify(s.params).slice(0, 200)}`);
    lines.push(await explain(pool, s).catch((error: Error) => `(EXPLAIN failed: ${error.message})`));
  }
  return lines.join("\n");
}

function oneLine(sql: string): string {
  return sql.replace(/\s+/g, " ").trim();
}
