// The programme API under a large city's load: 50,000 actions, measured through the tRPC
// server-side caller the way a Remix loader calls it, next to the same answers in hand-written
// SQL. A measurement, not a test: it exits 0 when it finishes, also when a target is missed.
// Run with `npm run bench:api`.
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { loadConfig, PROJECT_ROOT } from "../../../server/config.js";
import { createDb } from "../../../server/db.server.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../../server/db/embedded-postgres.js";
import { applyMigrations } from "../../../server/db/migrations.js";
import { todayInNetherlands } from "../../../server/services/serialize.js";
import { diagnose } from "./explain.js";
import { generate, type BenchData } from "./generate.js";
import { callerFactory, koersCases } from "./koers-cases.js";
import { measure, peakRssMiB, TIMED_CALLS, WARMUP_CALLS } from "./measure.js";
import { rawCases, type RawCase } from "./raw-sql.js";
import { missed, table, TARGETS, type Row } from "./report.js";

const DATA_DIR = path.join(PROJECT_ROOT, "tests/.tmp/bench-api-pg");
const DATABASE = "koers_bench";
const POOL_SIZE = 10; // createDb's default, so both columns get the same number of connections

let server: EmbeddedDatabase | undefined;

async function main(): Promise<void> {
  const started = performance.now();
  rmSync(DATA_DIR, { recursive: true, force: true });
  server = await startEmbeddedPostgres({ dataDir: DATA_DIR });
  await server.createDatabase(DATABASE);
  const url = server.url(DATABASE);
  await applyMigrations({ databaseUrl: url });
  console.log(`PostgreSQL on port ${server.port}, migrated in ${seconds(performance.now() - started)}`);

  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  // An idle connection that PostgreSQL closes (Ctrl-C reaches it too) must not crash the run.
  pool.on("error", (error) => {
    if (!interrupted) console.error(`pg pool: ${error.message}`);
  });
  const db = createDb(url, { max: POOL_SIZE });
  try {
    const generationStarted = performance.now();
    const client = await pool.connect();
    let data: BenchData;
    try {
      data = await generate(client);
    } finally {
      client.release();
    }
    const generationMs = performance.now() - generationStarted;
    const counts = Object.entries(data.counts).map(([table, n]) => `${table} ${n.toLocaleString("en")}`).join(", ");
    console.log(`Generated in ${seconds(generationMs)} (incl. VACUUM ANALYZE): ${counts}`);
    console.log(`RSS after generation: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);

    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATABASE_URL: url });
    const newCaller = callerFactory(db, config, data.civilServant);
    const cases = koersCases(data);
    const peers = new Map(rawCases(pool, data, todayInNetherlands()).map((peer) => [peer.label, peer]));
    await checkPeersAgree(data, peers, newCaller);

    console.log(
      `\nMeasuring: ${WARMUP_CALLS} warm-up + ${TIMED_CALLS} timed calls per operation, one at a time ` +
        `(fewer if an operation exceeds its time budget). Load average before: ${loadAverage()}`,
    );
    const rows: Row[] = [];
    for (const kase of cases) {
      const koers = await measure((i) => kase.call(newCaller(), i));
      const peer = kase.peer ? peers.get(kase.peer) : undefined;
      const raw = peer ? await measure(peer.call) : undefined;
      rows.push({ label: kase.label, kind: kase.kind, koers, raw });
      const rss = `RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`;
      console.log(`  ${kase.label.padEnd(36)} p95 ${koers.p95.toFixed(1).padStart(7)} ms${raw ? `  raw SQL p95 ${raw.p95.toFixed(1).padStart(7)} ms` : " ".repeat(27)}  ${rss}`);
    }

    console.log(`\nKoers = tRPC caller (guard + Prisma 7 / adapter-pg); raw SQL = same answer via pg Pool. Times in ms.\n`);
    console.log(table(rows));
    const misses = rows.filter(missed);
    console.log(`\n${rows.length - misses.length - rows.filter((r) => TARGETS[r.kind] === null).length} targets met, ${misses.length} missed.`);
    console.log(`Generation: ${seconds(generationMs)}. Peak RSS of this process: ${peakRssMiB().toFixed(0)} MiB.`);
    console.log(`Load average after: ${loadAverage()} on ${os.availableParallelism()} CPUs (other work on the machine inflates the times).`);

    for (const row of misses) {
      const kase = cases.find((c) => c.label === row.label)!;
      console.log(`\n${await diagnose(url, config, data, kase, pool, kase.kind === "list" ? 1 : 2)}`);
    }
    console.log(`\nTotal run time ${seconds(performance.now() - started)}.`);
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

/**
 * The peer must give the same answer, or the comparison means nothing: page 1 of the list
 * (unfiltered, by domain, by status) holds the same ids in the same order with the same total.
 */
async function checkPeersAgree(data: BenchData, peers: Map<string, RawCase>, newCaller: ReturnType<typeof callerFactory>): Promise<void> {
  const checks = [
    { peer: "list unfiltered", filters: {} },
    { peer: "list domainId", filters: { domainId: data.domainIds[0]! } },
    { peer: "list status", filters: { status: ["in_progress" as const] } },
  ];
  for (const check of checks) {
    const koers = await newCaller().action.list({ programmeId: data.programmeId, ...check.filters });
    const [page, count] = (await peers.get(check.peer)!.call(0)) as [{ id: string }[], { n: number }[]];
    const same = koers.total === count[0]!.n && koers.rows.map((r) => r.id).join() === page.map((r) => r.id).join();
    if (!same) throw new Error(`The raw-SQL peer "${check.peer}" does not return what action.list returns`);
  }
}

function loadAverage(): string {
  return os.loadavg().map((n) => n.toFixed(2)).join(" ");
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function stopServer(): Promise<void> {
  await server?.stop();
  rmSync(DATA_DIR, { recursive: true, force: true });
}

// Ctrl-C or a kill mid-run still stops PostgreSQL.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping PostgreSQL`);
    void stopServer().finally(() => process.exit(130));
  });
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  // Once interrupted, the queries in flight fail because PostgreSQL is going away: not news.
  if (!interrupted) console.error(error);
  exitCode = interrupted ? 130 : 1;
} finally {
  await stopServer().catch((error: unknown) => {
    console.error("Could not stop PostgreSQL:", error);
    exitCode = 1;
  });
}
process.exit(exitCode);
