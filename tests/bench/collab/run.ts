// The collaboration server under editing load, next to a bare Hocuspocus on the same machine
// with the same clients. Each server runs in a child process of its own (server-child.ts);
// this process is the clients. A measurement, not a test: it exits 0 when it finishes, also
// when a target is missed. Run with `npm run bench:collab` (options: see options.ts).
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../../server/config.js";
import { peakRssMiB } from "../api/measure.js";
import { editorsScenario, largeProgrammeScenarios, REPLICAS, throughputScenario, type Servers } from "./measure.js";
import { parseOptions, type Options } from "./options.js";
import { mib, ms, table, type Row } from "./report.js";
import { ServerProcess } from "./server-process.js";
import { summarise } from "./stats.js";

const PROFILE_DIR = path.join(PROJECT_ROOT, "tests/.tmp/bench-collab-profiles");
const started: ServerProcess[] = [];

async function main(options: Options): Promise<void> {
  const startedAt = performance.now();
  console.log(`${os.availableParallelism()} CPUs, load average ${loadAverage()}. ${describe(options)}`);
  const servers = await startServers(options);
  await probeCommits(servers.koers, "before");

  const rows: Row[] = [];
  if (options.scenarios.has(1)) for (const editors of options.editors) rows.push(...(await editorsScenario(servers, options, editors)));
  if (options.scenarios.has(2)) rows.push(...(await throughputScenario(servers, options)));
  if (options.scenarios.has(3) || options.scenarios.has(4)) rows.push(...(await largeProgrammeScenarios(servers, options)));

  await probeCommits(servers.koers, "after");
  const [koers, bare] = [await servers.koers.request({ type: "stats" }), await servers.bare.request({ type: "stats" })];
  rows.push({ scenario: "servers", metric: "peak RSS of the server process", koers: koers.peakRssMiB, bare: bare.peakRssMiB, format: mib, target: "—" });

  console.log(`\nMedian of ${options.runs} run(s) each. Koers = createCollabServer on PostgreSQL; bare = new Hocuspocus(), no extensions.\n`);
  console.log(table(rows));
  const targets = rows.filter((row) => row.met !== undefined).length;
  const misses = rows.filter((row) => row.met === false).length;
  console.log(`\n${targets - misses} of ${targets} targets met.`);
  console.log(`Peak RSS of the client process ${mib(peakRssMiB())}. Load average after: ${loadAverage()}.`);
  if (options.profile) console.log(`CPU profiles of the measured stretches in ${PROFILE_DIR}.`);
  console.log(`Total run time ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
}

async function startServers(options: Options): Promise<Servers> {
  const profileDir = options.profile ? PROFILE_DIR : undefined;
  const koers = await ServerProcess.start("koers", { databaseUrl: options.databaseUrl, profileDir, koersModule: options.koersModule });
  started.push(koers);
  const bare = await ServerProcess.start("bare", { profileDir });
  started.push(bare);
  const what = options.koersModule ? `the candidate ${options.koersModule}` : "server/collab";
  console.log(`Koers (${what}, PostgreSQL ${options.databaseUrl ? "at the given URL" : "embedded"}) on port ${koers.port}, bare Hocuspocus on port ${bare.port}.`);
  return { koers, bare };
}

/** The floor under every Koers ack: one small INSERT's commit (WAL flush) on this machine's disk. */
async function probeCommits(koers: ServerProcess, when: string): Promise<void> {
  const commits = summarise(await koers.request({ type: "commit-probe", count: 200 }));
  console.log(`  PostgreSQL single-row commit ${when}: p50 ${ms(commits.p50)} p99 ${ms(commits.p99)} max ${ms(commits.max)} (n=${commits.n}); load average ${loadAverage()}`);
}

function describe(options: Options): string {
  return (
    `Scenarios ${[...options.scenarios].join(", ")}; ${options.runs} run(s); editors ${options.editors.join(" and ")} ` +
    `(${REPLICAS} replicas), ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s measured; ` +
    `throughput ${options.updates.toLocaleString("en")} updates.`
  );
}

function loadAverage(): string {
  return os.loadavg().map((n) => n.toFixed(2)).join(" ");
}

async function stopServers(): Promise<void> {
  await Promise.all(started.map((server) => server.stop().catch((error: unknown) => console.error(`Could not stop the ${server.kind} server:`, error))));
}

// Ctrl-C or a kill mid-run still stops both servers (and with them PostgreSQL).
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping the servers`);
    void stopServers().finally(() => process.exit(130));
  });
}

let exitCode = 0;
try {
  await main(parseOptions(process.argv.slice(2)));
} catch (error) {
  if (!interrupted) console.error(error);
  exitCode = interrupted ? 130 : 1;
} finally {
  await stopServers();
}
process.exit(exitCode);
