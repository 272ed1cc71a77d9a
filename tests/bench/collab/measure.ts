import os from "node:os";
import type { Options } from "./options.js";
import type { MemoryPerDocument } from "./protocol.js";
import { kib, medianOf, ms, percent, perSecond, relativeLimit, serverLine, times, type Row } from "./report.js";
import { PROGRAMME_TEXT, programmeTextUpdates, runColdLoad, typeProgramme, type ColdLoadResult } from "./scenario-cold-load.js";
import { runEditors, type EditorsResult } from "./scenario-editors.js";
import { runThroughput, singleCharacterUpdates, type ThroughputResult } from "./scenario-throughput.js";
import type { ServerProcess } from "./server-process.js";
import { sleep } from "./stats.js";

export const REPLICAS = 10;
const KEYSTROKES_PER_SECOND = 5;
const PAUSE_MS = 1_000; // between measurements, so the previous one's tail (autovacuum, GC) is over

export type Servers = { koers: ServerProcess; bare: ServerProcess };
type PerServer<T> = { koers: T[]; bare: T[] };

/** Koers and bare measured one after the other in every run; who goes first alternates, to spread drift. */
async function inTurns<T>(servers: Servers, runs: number, measure: (server: ServerProcess, run: number) => Promise<T>): Promise<PerServer<T>> {
  const results: PerServer<T> = { koers: [], bare: [] };
  for (let run = 0; run < runs; run++) {
    for (const server of run % 2 === 0 ? [servers.koers, servers.bare] : [servers.bare, servers.koers]) {
      results[server.kind].push(await measure(server, run));
      await sleep(PAUSE_MS);
    }
  }
  return results;
}

const verdict = (k: number | undefined, b: number | undefined, absolute?: number) =>
  k === undefined || b === undefined ? undefined : k <= relativeLimit(b) && (absolute === undefined || k <= absolute);

/** Scenario 1, for one number of editors: propagation and time to ack. */
export async function editorsScenario(servers: Servers, options: Options, editors: number): Promise<Row[]> {
  const durationMs = options.durationSeconds * 1000;
  const results = await inTurns(servers, options.runs, async (server, run) => {
    const r = await runEditors(server, { editors, replicas: REPLICAS, keystrokesPerSecond: KEYSTROKES_PER_SECOND, warmupMs: options.warmupSeconds * 1000, durationMs });
    console.log(
      `  ${server.kind.padEnd(5)} ${editors} editors run ${run + 1}: propagation p50 ${ms(r.propagation.p50)} p99 ${ms(r.propagation.p99)} ` +
        `(n=${r.propagation.n}, missing ${r.missingDeliveries}) · ack p50 ${ms(r.ack.p50)} p99 ${ms(r.ack.p99)} (n=${r.ack.n}, missing ${r.missingAcks})` +
        ` · ${serverLine(r.server, durationMs)} · client CPU ${percent(r.client.cpuMs, durationMs)}, loop p99 ${ms(r.client.loopDelayP99Ms)}` +
        ` · ${r.machine}, load ${os.loadavg()[0]!.toFixed(2)}` +
        (r.disconnects > 0 ? ` · ${r.disconnects} DISCONNECTS` : ""),
    );
    return r;
  });
  const scenario = `1 ${editors} editors × ${KEYSTROKES_PER_SECOND}/s`;
  const figure = (pick: (r: EditorsResult) => number) => ({ koers: medianOf(results.koers, pick), bare: medianOf(results.bare, pick) });
  const propagation = figure((r) => r.propagation.p99);
  const ack = figure((r) => r.ack.p99);
  const absolute = editors >= 100 ? 50 : undefined;
  const relative = "≤ max(1.2 × bare, bare + 10 ms)";
  return [
    { scenario, metric: "propagation p50", ...figure((r) => r.propagation.p50), format: ms, target: "—" },
    { scenario, metric: "propagation p99", ...propagation, format: ms, target: absolute ? `${relative} and ≤ ${absolute} ms` : relative, met: verdict(propagation.koers, propagation.bare, absolute) },
    { scenario, metric: "time to ack p50", ...figure((r) => r.ack.p50), format: ms, target: "—" },
    { scenario, metric: "time to ack p99", ...ack, format: ms, target: relative, met: verdict(ack.koers, ack.bare) },
  ];
}

/** Scenario 2: one writer, as fast as acknowledgements allow. */
export async function throughputScenario(servers: Servers, options: Options): Promise<Row[]> {
  const updates = singleCharacterUpdates(options.updates);
  // One run each first that is not counted: the first run of a fresh server process is its
  // JIT's warm-up (20–40 % slower for both servers on this machine), not its throughput.
  await inTurns(servers, 1, async (server) => {
    const r = await runThroughput(server, updates, options.window);
    console.log(`  ${server.kind.padEnd(5)} throughput warm-up (not counted): ${perSecond(r.updatesPerSecond)}`);
  });
  const results = await inTurns(servers, options.runs, async (server, run) => {
    const r = await runThroughput(server, updates, options.window);
    console.log(
      `  ${server.kind.padEnd(5)} throughput run ${run + 1}: ${perSecond(r.updatesPerSecond)} in ${(r.elapsedMs / 1000).toFixed(1)} s` +
        ` · ${serverLine(r.server, r.elapsedMs)} · client CPU ${percent(r.clientCpuMs, r.elapsedMs)} · ${r.machine}, load ${os.loadavg()[0]!.toFixed(2)}`,
    );
    return r;
  });
  const pick = (r: ThroughputResult) => r.updatesPerSecond;
  const [k, b] = [medianOf(results.koers, pick), medianOf(results.bare, pick)];
  return [
    {
      scenario: `2 throughput, 1 writer, ≤ ${options.window} in flight`,
      metric: `acknowledged updates (${options.updates.toLocaleString("en")})`,
      koers: k,
      bare: b,
      format: perSecond,
      target: "≥ 0.9 × bare",
      met: k !== undefined && b !== undefined ? k >= 0.9 * b : undefined,
    },
    {
      // What each acknowledgement waits for: with at most `window` in flight, this latency
      // bounds the throughput of any durable acknowledgement, however little CPU it costs.
      scenario: `2 throughput, 1 writer, ≤ ${options.window} in flight`,
      metric: "update-log commit p50 (batch start → committed)",
      koers: medianOf(results.koers, (r) => r.server.logCommitMs?.p50 ?? NaN),
      bare: undefined,
      format: ms,
      target: "—",
      met: undefined,
    },
  ];
}

/** Scenarios 3 and 4 on a ~200,000-character programme typed through Koers. */
export async function largeProgrammeScenarios(servers: Servers, options: Options): Promise<Row[]> {
  const { koers } = servers;
  const started = performance.now();
  const typed = await typeProgramme(koers, programmeTextUpdates());
  const characters = PROGRAMME_TEXT.clients * PROGRAMME_TEXT.charactersPerClient;
  console.log(
    `  koers: ${PROGRAMME_TEXT.clients} clients typed a ${characters.toLocaleString("en")}-character programme in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s; snapshot after unload and compaction ${kib(typed.settled?.snapshotBytes ?? 0)}`,
  );
  const rows: Row[] = [];

  if (options.scenarios.has(3)) {
    const results: ColdLoadResult[] = [];
    for (let run = 0; run < options.runs; run++) {
      const r = await runColdLoad(koers, typed, options.repetitions);
      results.push(r);
      console.log(
        `  koers cold load run ${run + 1}: server load p50 ${ms(r.serverLoad.p50)} p95 ${ms(r.serverLoad.p95)} · fresh provider synced ` +
          `p50 ${ms(r.endToEnd.p50)} p95 ${ms(r.endToEnd.p95)} (n=${r.serverLoad.n}, ${r.characters.toLocaleString("en")} characters, encoded ${kib(r.encodedBytes)})`,
      );
    }
    const scenario = `3 cold load, ${Math.round(characters / 1000)}k characters`;
    const figure = (pick: (r: ColdLoadResult) => number) => ({ koers: medianOf(results, pick), bare: undefined, format: ms });
    const load = medianOf(results, (r) => r.serverLoad.p95);
    rows.push(
      { scenario, metric: "server load p50", ...figure((r) => r.serverLoad.p50), target: "—" },
      { scenario, metric: "server load p95", ...figure((r) => r.serverLoad.p95), target: "≤ 150 ms", met: load !== undefined ? load <= 150 : undefined },
      { scenario, metric: "fresh provider synced p50", ...figure((r) => r.endToEnd.p50), target: "—" },
      { scenario, metric: "fresh provider synced p95", ...figure((r) => r.endToEnd.p95), target: "—" },
    );
  }

  if (options.scenarios.has(4)) {
    const state = await koers.request({ type: "state", documentName: typed.documentName });
    const results = await inTurns(servers, options.runs, async (server, run) => {
      const r = await server.request({ type: "memory", copies: options.copies, state });
      console.log(
        `  ${server.kind.padEnd(5)} memory run ${run + 1}: ${kib(r.bytesPerDocument)} per open document, encoded ` +
          `${kib(r.encodedBytes)} (${times(r.bytesPerDocument / r.encodedBytes)}; ${r.copies} documents)`,
      );
      return r;
    });
    const ratio = (r: MemoryPerDocument) => r.bytesPerDocument / r.encodedBytes;
    const scenario = `4 memory, ${options.copies} open programmes`;
    const k = medianOf(results.koers, ratio);
    rows.push(
      { scenario, metric: "heap per document", koers: medianOf(results.koers, (r) => r.bytesPerDocument), bare: medianOf(results.bare, (r) => r.bytesPerDocument), format: kib, target: "—" },
      { scenario, metric: "heap ÷ encoded size", koers: k, bare: medianOf(results.bare, ratio), format: times, target: "≤ 5×", met: k !== undefined ? k <= 5 : undefined },
    );
  }
  return rows;
}
