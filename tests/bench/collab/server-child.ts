// The server under test, in a process of its own so that the benchmark's clients do not share
// its event loop. Started by server-process.ts as `server-child.ts koers|bare [databaseUrl]`
// (BENCH_COLLAB_KOERS_MODULE: a candidate collab-server module to measure instead); reports
// { type: "ready", port } and then answers requests over IPC (see protocol.ts).
import { monitorEventLoopDelay } from "node:perf_hooks";
import { startBare } from "./bare-server.js";
import { startKoers } from "./koers-server.js";
import type { Counters, Envelope, Ready, Reply, Request, ServerStats } from "./protocol.js";
import { Profiler } from "./profiler.js";
import type { BenchServer } from "./server-common.js";
import { summarise } from "./stats.js";

const kind = process.argv[2];
if (kind !== "koers" && kind !== "bare") throw new Error(`usage: server-child.ts koers|bare [databaseUrl], not ${kind}`);
if (!process.send) throw new Error("server-child.ts runs as a child process with an IPC channel");

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
let cpuSince = process.cpuUsage();
let countersSince: Counters = {};

function stats(): ServerStats {
  const cpu = process.cpuUsage(cpuSince);
  cpuSince = process.cpuUsage();
  const counters = server?.counters() ?? {};
  const growth = (key: keyof Counters) => (counters[key] === undefined ? undefined : counters[key] - (countersSince[key] ?? 0));
  const commitTimes = server?.commitTimes?.(countersSince.logBatches ?? 0);
  const commits = commitTimes?.length ? summarise(commitTimes) : undefined;
  const result: ServerStats = {
    databaseCpuMs: growth("databaseCpuMs"),
    logBatches: growth("logBatches"),
    logRows: growth("logRows"),
    logCommitMs: commits ? { p50: commits.p50, p99: commits.p99, n: commits.n } : undefined,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
    rssMiB: process.memoryUsage().rss / 2 ** 20,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
  loopDelay.reset();
  countersSince = counters;
  return result;
}

let server: BenchServer | undefined;
const profiler = new Profiler();
let stopping: Promise<void> | undefined;

function stop(): Promise<void> {
  stopping ??= (async () => {
    loopDelay.disable();
    await server?.stop();
  })();
  return stopping;
}

async function handle(request: Request): Promise<unknown> {
  const running = server;
  if (!running) throw new Error("not started");
  switch (request.type) {
    case "prepare":
      return running.prepare(request.editors);
    case "stats":
      return stats();
    case "settle":
      return running.settle(request.documentName);
    case "load-times":
      return running.loadTimes(request.documentName, request.repetitions);
    case "state":
      return running.state(request.documentName);
    case "memory":
      return running.memory(request.copies, request.state);
    case "commit-probe":
      return running.commitProbe(request.count);
    case "profile-start":
      return profiler.start();
    case "profile-stop":
      return profiler.stop(request.file);
    case "stop":
      return stop();
  }
}

process.on("message", (envelope: Envelope) => {
  void handle(envelope.request).then(
    (result) => send({ id: envelope.id, ok: true, result }),
    (error: unknown) => send({ id: envelope.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  ).then(() => {
    if (envelope.request.type === "stop") process.disconnect();
  });
});

function send(message: Reply | Ready): void {
  if (process.connected) process.send!(message);
}

// The benchmark went away (Ctrl-C, crash): still stop PostgreSQL and leave.
process.on("disconnect", () => {
  void stop().finally(() => process.exit(0));
});
// Ctrl-C in the terminal reaches this process too; the parent asks for the stop.
process.on("SIGINT", () => {});

try {
  server = kind === "koers" ? await startKoers(process.argv[3] || undefined, process.env.BENCH_COLLAB_KOERS_MODULE) : await startBare();
  send({ type: "ready", port: server.port });
} catch (error) {
  console.error(error);
  await stop().catch(() => {});
  process.exit(1);
}
