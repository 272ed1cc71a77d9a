import { performance } from "node:perf_hooks";

export type Timing = { p50: number; p95: number; p99: number; max: number; calls: number };

export const WARMUP_CALLS = 20;
export const TIMED_CALLS = 200;
/**
 * Time budgets per operation, so one pathologically slow operation (seconds per call) cannot
 * stretch the run past a few minutes: it then gets fewer calls, and the table says how many.
 */
const WARMUP_BUDGET_MS = 5_000;
const TIMED_BUDGET_MS = 15_000;
const MIN_WARMUP_CALLS = 2;
const MIN_TIMED_CALLS = 10;

/**
 * Runs `call(i)` WARMUP_CALLS times untimed, then TIMED_CALLS times timed, one after the other
 * (one user clicking through the pages; no concurrency), each within its time budget. `i` lets
 * a case vary its filter values between calls.
 */
export async function measure(call: (i: number) => Promise<unknown>): Promise<Timing> {
  const warmupStarted = performance.now();
  let i = 0;
  while (i < WARMUP_CALLS && (i < MIN_WARMUP_CALLS || performance.now() - warmupStarted < WARMUP_BUDGET_MS)) await call(i++);
  const samples: number[] = [];
  const timedStarted = performance.now();
  while (samples.length < TIMED_CALLS && (samples.length < MIN_TIMED_CALLS || performance.now() - timedStarted < TIMED_BUDGET_MS)) {
    const started = performance.now();
    const result = await call(i++);
    samples.push(performance.now() - started);
    if (result === undefined) throw new Error("a measured call returned nothing");
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), max: samples.at(-1)!, calls: samples.length };
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** This process's peak resident set size so far, in MiB (ru_maxrss, which Node reports in KiB). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The i-th element of a list, cycling: spreads calls over domains, goals, owners. */
export function pick<T>(list: readonly T[], i: number, stride = 1): T {
  return list[(i * stride) % list.length]!;
}
