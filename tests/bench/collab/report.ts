import type { ServerStats } from "./protocol.js";
import { median } from "./stats.js";

/** One line of the table: a figure for Koers and for bare Hocuspocus (median of the runs). */
export type Row = {
  scenario: string;
  metric: string;
  koers: number | undefined;
  bare: number | undefined;
  /** How a figure is printed (ms, updates/s, ×). */
  format: (value: number) => string;
  target: string;
  /** undefined: reported, no target. */
  met?: boolean | undefined;
};

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const perSecond = (value: number) => `${Math.round(value).toLocaleString("en")}/s`;
export const kib = (value: number) => `${(value / 1024).toFixed(0)} KiB`;
export const mib = (value: number) => `${value.toFixed(0)} MiB`;
export const times = (value: number) => `${value.toFixed(2)}×`;

/** Koers' p99 may exceed bare's by 20 % or by 10 ms, whichever allows more. */
export function relativeLimit(bare: number): number {
  return Math.max(1.2 * bare, bare + 10);
}

/** The median over runs of one figure picked from each run's result. */
export function medianOf<T>(runs: readonly T[], pick: (run: T) => number): number | undefined {
  return runs.length === 0 ? undefined : median(runs.map(pick));
}

export function verdict(row: Row): string {
  if (row.met === undefined) return row.target === "—" ? "report" : "—";
  return row.met ? "✓" : "✗";
}

/** The one table: scenario | metric | Koers | bare | target | ✓/✗. */
export function table(rows: readonly Row[]): string {
  const header = ["scenario", "metric", "Koers", "bare", "target", "✓/✗"];
  const cell = (value: number | undefined, format: Row["format"]) => (value === undefined || Number.isNaN(value) ? "—" : format(value));
  const body = rows.map((row) => [row.scenario, row.metric, cell(row.koers, row.format), cell(row.bare, row.format), row.target, verdict(row)]);
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((cells) => cells[c]!.length)));
  const left = new Set([0, 1, 4]);
  const line = (cells: string[]) => "| " + cells.map((text, c) => (left.has(c) ? text.padEnd(widths[c]!) : text.padStart(widths[c]!))).join(" | ") + " |";
  const rule = "|" + widths.map((w, c) => (left.has(c) ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") + "|";
  return [line(header), rule, ...body.map(line)].join("\n");
}

export const percent = (cpuMs: number, elapsedMs: number) => `${((cpuMs / elapsedMs) * 100).toFixed(0)} %`;

/** Where a server's time went: its CPU and event loop, and Koers' PostgreSQL and log commits. */
export function serverLine(stats: ServerStats, elapsedMs: number): string {
  let line = `server CPU ${percent(stats.cpuMs, elapsedMs)}, loop p99 ${ms(stats.loopDelayP99Ms)}`;
  if (stats.databaseCpuMs !== undefined) line += `, PostgreSQL CPU ${percent(stats.databaseCpuMs, elapsedMs)}`;
  if (stats.logBatches) line += `, ${stats.logBatches} log commits of ${((stats.logRows ?? 0) / stats.logBatches).toFixed(1)} rows`;
  if (stats.logCommitMs) line += ` taking p50 ${ms(stats.logCommitMs.p50)} p99 ${ms(stats.logCommitMs.p99)}`;
  return line;
}
