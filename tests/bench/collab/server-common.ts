import { readdirSync, readFileSync } from "node:fs";
import type { Hocuspocus } from "@hocuspocus/server";
import type { RawData } from "ws";
import type { Counters, LoadTimes, MemoryPerDocument, Prepared, Settled } from "./protocol.js";

/** What the child process offers the benchmark, whichever server it runs. */
export type BenchServer = {
  port: number;
  prepare(editors: number): Promise<Prepared>;
  settle(documentName: string): Promise<Settled>;
  loadTimes(documentName: string, repetitions: number): Promise<LoadTimes>;
  state(documentName: string): Promise<Uint8Array>;
  memory(copies: number, state: Uint8Array): Promise<MemoryPerDocument>;
  counters(): Counters;
  /** Koers: start-to-commit times of the update-log batches after the first `sinceBatches`. */
  commitTimes?(sinceBatches: number): number[];
  commitProbe(count: number): Promise<number[]>;
  stop(): Promise<void>;
};

/** Live heap (JS objects plus what they hold outside it) after full collections. */
export function heapBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("the server process needs --expose-gc to measure memory");
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

/** Resolves once Hocuspocus has unloaded the document (its last connection closed). */
export async function untilUnloaded(hocuspocus: Hocuspocus, documentName: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (hocuspocus.documents.has(documentName) || hocuspocus.loadingDocuments.has(documentName)) {
    if (Date.now() - started > timeoutMs) throw new Error(`${documentName} was not unloaded within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU time (ms) of a process and its children, living (from /proc/<pid>/stat of each) and
 * exited (the parent's cutime/cstime): a PostgreSQL postmaster and its backends. Linux only;
 * undefined elsewhere.
 */
export function processTreeCpuMs(rootPid: number): number | undefined {
  const fields = (pid: number | string) => {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from "state" on
  };
  try {
    const root = fields(rootPid);
    // state=0 ppid=1 … utime=11 stime=12 cutime=13 cstime=14
    let ticks = Number(root[11]) + Number(root[12]) + Number(root[13]) + Number(root[14]);
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const child = fields(entry);
        if (Number(child[1]) === rootPid) ticks += Number(child[11]) + Number(child[12]);
      } catch {
        // exited meanwhile
      }
    }
    return (ticks / TICKS_PER_SECOND) * 1000;
  } catch {
    return undefined;
  }
}
