import { performance } from "node:perf_hooks";

export type Timing = { p50: number; p95: number; p99: number; max: number; calls: number };

export const WARMUP_CALLS = 20;
export const TIMED_CALLS = 200;

/**
 * Runs `call(i)` WARMUP_CALLS times untimed, then TIMED_CALLS times timed, one after the other
 * (a single user clicking through the pages; no concurrency). `i` lets a case vary its filter
 * values between calls. Each result is touched so a lazy result cannot look free.
 */
export async function measure(call: (i: number) => Promise<unknown>, calls = TIMED_CALLS): Promise<Timing> {
  for (let i = 0; i < WARMUP_CALLS; i++) await call(i);
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    const result = await call(WARMUP_CALLS + i);
    samples.push(performance.now() - started);
    if (result === undefined) throw new Error("a measured call returned nothing");
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), max: samples.at(-1)!, calls };
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
