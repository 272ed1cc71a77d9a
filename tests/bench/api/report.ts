import type { Kind } from "./koers-cases.js";
import { TIMED_CALLS, type Timing } from "./measure.js";

/** p95 targets in ms; the overview is reported without one. */
export const TARGETS: Record<Kind, number | null> = { list: 30, dashboard: 100, gaps: 100, overview: null };

export type Row = { label: string; kind: Kind; koers: Timing; raw?: Timing | undefined };

export function missed(row: Row): boolean {
  const target = TARGETS[row.kind];
  return target !== null && row.koers.p95 > target;
}

const ms = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(1));

/** The one table: Koers through tRPC against the raw-SQL peer, with target and verdict. */
export function table(rows: Row[]): string {
  const header = ["operation", "Koers p50", "p95", "p99", "raw SQL p50", "p95", "target", "verdict"];
  const body = rows.map((row) => {
    const target = TARGETS[row.kind];
    const calls = Math.min(row.koers.calls, row.raw?.calls ?? TIMED_CALLS);
    return [
      calls < TIMED_CALLS ? `${row.label} (n=${calls})` : row.label,
      ms(row.koers.p50),
      ms(row.koers.p95),
      ms(row.koers.p99),
      ms(row.raw?.p50),
      ms(row.raw?.p95),
      target === null ? "—" : `p95 ≤ ${target}`,
      target === null ? "report" : missed(row) ? "✗" : "✓",
    ];
  });
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((cells) => cells[c]!.length)));
  const line = (cells: string[]) =>
    "| " + cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | ") + " |";
  const rule = "|" + widths.map((w, c) => (c === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") + "|";
  return [line(header), rule, ...body.map(line)].join("\n");
}
