import { monitorEventLoopDelay } from "node:perf_hooks";
import * as Y from "yjs";
import { Editor } from "./editor-client.js";
import type { ServerStats } from "./protocol.js";
import type { ServerProcess } from "./server-process.js";
import { machineShare, machineTimes, sleep, summarise, until, type Summary } from "./stats.js";

export type EditorsOptions = { editors: number; replicas: number; keystrokesPerSecond: number; warmupMs: number; durationMs: number };

export type EditorsResult = {
  propagation: Summary;
  ack: Summary;
  /** Keystrokes typed in the measured window, by all editors / by the replicas. */
  keystrokes: number;
  /** Deliveries to replicas expected (replica keystrokes × other replicas) and not seen. */
  expectedDeliveries: number;
  missingDeliveries: number;
  missingAcks: number;
  disconnects: number;
  server: ServerStats;
  client: { cpuMs: number; loopDelayP99Ms: number };
  /** The whole machine during the window (other work on it shows here). */
  machine: string;
};

const LETTERS = "abcdefghijklmnopqrstuvwxyz ";
const CONNECT_BATCH = 10;

/**
 * Scenario 1: `editors` people typing into one programme, each `keystrokesPerSecond`
 * single-character inserts at the end of their own paragraph. The first `replicas` editors
 * are full replicas: each of their keystrokes is timed from the sender's local change until the
 * other replicas' documents apply it (the update's (client, clock) identifies it). Every
 * editor's keystrokes are timed until the provider counts their acknowledgement. Only
 * keystrokes typed in the measured window (after the warm-up) count.
 */
export async function runEditors(server: ServerProcess, options: EditorsOptions): Promise<EditorsResult> {
  const { documentName, cookies } = await server.request({ type: "prepare", editors: options.editors });
  let windowStart = Infinity;
  let windowEnd = Infinity;
  const inWindow = (at: number) => at >= windowStart && at < windowEnd;

  const ackSamples: number[] = [];
  const propagationSamples: number[] = [];
  const sent = new Map<string, { at: number; seen: number }>();
  const receivers = options.replicas - 1;
  let keystrokes = 0;
  let replicaKeystrokes = 0;

  const editors: Editor[] = [];
  const target = { wsUrl: server.wsUrl, origin: server.origin };
  try {
    for (let first = 0; first < options.editors; first += CONNECT_BATCH) {
      const batch = [];
      for (let i = first; i < Math.min(first + CONNECT_BATCH, options.editors); i++) {
        const editor = new Editor(target, documentName, cookies[i]!, i < options.replicas, (sentAt, now) => {
          if (inWindow(sentAt)) ackSamples.push(now - sentAt);
        });
        editors.push(editor);
        batch.push(editor.ready());
      }
      await Promise.all(batch);
    }
    for (const editor of editors.filter((e) => e.replica)) {
      editor.doc.on("update", (update: Uint8Array, origin: unknown) => {
        if (origin !== editor.provider) return;
        const now = performance.now();
        const { from, to } = Y.parseUpdateMeta(update);
        for (const [client, start] of from) {
          const end = to.get(client) ?? start;
          for (let clock = start; clock < end; clock++) {
            const key = `${client}:${clock}`;
            const sending = sent.get(key);
            if (!sending) continue;
            propagationSamples.push(now - sending.at);
            if (++sending.seen === receivers) sent.delete(key);
          }
        }
      });
    }

    // Everyone types on a 1/rate period from a random phase.
    const period = 1000 / options.keystrokesPerSecond;
    const timers: NodeJS.Timeout[] = [];
    const keystroke = (editor: Editor) => {
      const now = performance.now();
      const id = editor.type(LETTERS[Math.floor(Math.random() * LETTERS.length)]!, now);
      if (!inWindow(now)) return;
      keystrokes += 1;
      if (!editor.replica) return;
      replicaKeystrokes += 1;
      sent.set(`${id.client}:${id.clock}`, { at: now, seen: 0 });
    };
    for (const editor of editors) {
      timers.push(setTimeout(() => timers.push(setInterval(() => keystroke(editor), period)), Math.random() * period));
    }

    await sleep(options.warmupMs);
    const clientLoop = monitorEventLoopDelay({ resolution: 10 });
    await server.request({ type: "stats" }); // resets the server's counters
    clientLoop.enable();
    const clientCpu = process.cpuUsage();
    const machineFrom = machineTimes();
    windowStart = performance.now();
    windowEnd = windowStart + options.durationMs;
    await server.profiled(`editors-${options.editors}`, () => sleep(options.durationMs));
    for (const timer of timers) clearTimeout(timer);
    const serverStats = await server.request({ type: "stats" });
    const cpu = process.cpuUsage(clientCpu);
    const machine = machineShare(machineFrom, machineTimes());
    clientLoop.disable();

    // Let the last keystrokes arrive and be acknowledged.
    await until(() => sent.size === 0 && editors.every((e) => e.waitingForAcks === 0), 10_000);
    const missingAcks = editors.reduce((sum, e) => sum + e.waitingForAcks, 0);
    return {
      propagation: summarise(propagationSamples),
      ack: summarise(ackSamples),
      keystrokes,
      expectedDeliveries: replicaKeystrokes * receivers,
      missingDeliveries: replicaKeystrokes * receivers - propagationSamples.length,
      missingAcks,
      disconnects: editors.reduce((sum, e) => sum + e.disconnects, 0),
      server: serverStats,
      client: { cpuMs: (cpu.user + cpu.system) / 1000, loopDelayP99Ms: clientLoop.percentile(99) / 1e6 },
      machine,
    };
  } finally {
    for (const editor of editors) editor.destroy();
    await server.request({ type: "settle", documentName });
  }
}
