import { TEXT_FIELD } from "@koers/editor";
import * as Y from "yjs";
import type { ServerStats } from "./protocol.js";
import { RawClient } from "./raw-client.js";
import type { ServerProcess } from "./server-process.js";
import { machineShare, machineTimes } from "./stats.js";

export type ThroughputResult = { updatesPerSecond: number; elapsedMs: number; server: ServerStats; clientCpuMs: number; machine: string };

/**
 * `count` updates of one character each, typed at the end of one paragraph (the first also
 * creates the paragraph), made once up front so the measured client does nothing but send.
 */
export function singleCharacterUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const text = new Y.XmlText();
  doc.transact(() => {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [text]);
    doc.getXmlFragment(TEXT_FIELD).insert(0, [paragraph]);
    text.insert(0, "a");
  });
  for (let i = 1; i < count; i++) text.insert(text.length, String.fromCharCode(97 + (i % 26)));
  doc.destroy();
  return updates;
}

/**
 * Scenario 2: one writer sends the updates as fast as acknowledgements allow (at most `window`
 * in flight) into a fresh document; updates per second from the first send to the last ack.
 */
export async function runThroughput(server: ServerProcess, updates: readonly Uint8Array[], window: number): Promise<ThroughputResult> {
  const { documentName, cookies } = await server.request({ type: "prepare", editors: 1 });
  const client = await RawClient.connect({ wsUrl: server.wsUrl, origin: server.origin }, documentName, cookies[0]!);
  try {
    await server.request({ type: "stats" });
    const clientCpu = process.cpuUsage();
    const machineFrom = machineTimes();
    const started = performance.now();
    await server.profiled("throughput", () => client.pipeline(updates, window));
    const elapsedMs = performance.now() - started;
    const cpu = process.cpuUsage(clientCpu);
    const machine = machineShare(machineFrom, machineTimes());
    const serverStats = await server.request({ type: "stats" });
    return { updatesPerSecond: (updates.length / elapsedMs) * 1000, elapsedMs, server: serverStats, clientCpuMs: (cpu.user + cpu.system) / 1000, machine };
  } finally {
    await client.close();
    await server.request({ type: "settle", documentName });
  }
}
