import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Applies a snapshot and log rows to a fresh Yjs document and encodes it again — the heavy
 * part of compaction — on a worker thread, so a large document's compaction never stalls
 * the event loop that relays keystrokes. Rejects when the stored state cannot be applied.
 */
export type StateMerger = {
  /** `updates` is a lib0 list of `count` updates (see concatLogRows); its buffer is handed over. */
  merge(snapshot: Uint8Array | null, updates: { list: Uint8Array; count: number }): Promise<Uint8Array>;
  close(): Promise<void>;
};

// Plain JavaScript (CommonJS) for the worker: it runs without the TypeScript loader.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Y = require(workerData.yjs);
const decoding = require(workerData.decoding);
parentPort.on("message", ({ id, snapshot, list, count }) => {
  try {
    const doc = new Y.Doc();
    const decoder = decoding.createDecoder(list);
    doc.transact(() => {
      if (snapshot) Y.applyUpdate(doc, snapshot);
      for (let i = 0; i < count; i++) Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
    });
    if (decoding.hasContent(decoder)) throw new Error("the list holds more updates than its count says");
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    parentPort.postMessage({ id, state }, [state.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
`;

export function createStateMerger(): StateMerger {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (state: Uint8Array) => void; reject: (error: Error) => void }>();

  function start(): Worker {
    const resolve = createRequire(import.meta.url).resolve;
    const created = new Worker(WORKER_SOURCE, { eval: true, workerData: { yjs: resolve("yjs"), decoding: resolve("lib0/decoding") } });
    created.unref();
    created.on("message", (message: { id: number; state?: Uint8Array; error?: string }) => {
      const job = waiting.get(message.id);
      if (!job) return;
      waiting.delete(message.id);
      if (message.state) job.resolve(message.state);
      else job.reject(new Error(message.error ?? "merge failed"));
    });
    const fail = (error: Error) => {
      for (const job of waiting.values()) job.reject(error);
      waiting.clear();
      worker = null;
    };
    created.on("error", fail);
    created.on("exit", (code) => fail(new Error(`merge worker exited (${code})`)));
    return created;
  }

  return {
    merge(snapshot, updates) {
      worker ??= start();
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker!.postMessage({ id, snapshot, list: updates.list, count: updates.count }, [updates.list.buffer as ArrayBuffer]);
      });
    },
    async close() {
      const running = worker;
      worker = null;
      if (running) await running.terminate();
    },
  };
}
