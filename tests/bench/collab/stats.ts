import { readFileSync } from "node:fs";
import { percentile } from "../api/measure.js";

export type Summary = { p50: number; p95: number; p99: number; max: number; n: number };

/** Nearest-rank percentiles of unsorted samples (sorts a copy). */
export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) return { p50: NaN, p95: NaN, p99: NaN, max: NaN, n: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1)!, n: sorted.length };
}

/** The median of the runs' figures (the middle one of three). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `done()` holds; false if it did not within the timeout. */
export async function until(done: () => boolean, timeoutMs: number, everyMs = 10): Promise<boolean> {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > timeoutMs) return false;
    await sleep(everyMs);
  }
  return true;
}

export type MachineTimes = { user: number; system: number; idle: number; iowait: number; steal: number; total: number };

/** The whole machine's CPU time so far (/proc/stat, all CPUs), to tell other load from ours. */
export function machineTimes(): MachineTimes | undefined {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    return { user: user + nice, system: system + irq + softirq, idle, iowait, steal, total: fields.slice(0, 8).reduce((a, b) => a + b, 0) };
  } catch {
    return undefined;
  }
}

/** Shares of the machine's CPU time between two readings, e.g. "user 41 % sys 12 % iowait 3 % steal 0 %". */
export function machineShare(from: MachineTimes | undefined, to: MachineTimes | undefined): string {
  if (!from || !to || to.total === from.total) return "machine ?";
  const share = (key: keyof MachineTimes) => `${Math.round(((to[key] - from[key]) / (to.total - from.total)) * 100)} %`;
  return `machine user ${share("user")} sys ${share("system")} iowait ${share("iowait")} steal ${share("steal")}`;
}
