import { scaleBand, scaleLinear } from "@visx/scale";

/*
 * Layout of the horizontal bar charts (one bar, or one stack of segments, per row). Pure, so
 * it is unit-tested apart from React; the components in this folder only draw what it says.
 */

export type BarChartSize = { width: number; rowHeight: number; margin: { top: number; right: number; bottom: number; left: number } };

export const BAR_CHART_SIZE: BarChartSize = { width: 720, rowHeight: 36, margin: { top: 8, right: 48, bottom: 52, left: 150 } };

/** A narrower chart, for beside its table. */
export const NARROW_BAR_CHART_SIZE: BarChartSize = { width: 540, rowHeight: 32, margin: { top: 8, right: 64, bottom: 52, left: 150 } };

export type StackRow<K extends string> = { key: string; label: string; values: Record<K, number> };

/** Places each row's segments side by side, in the order of `keys`, on one shared scale. */
export function stackedBarModel<K extends string>(rows: StackRow<K>[], keys: readonly K[], size: BarChartSize = BAR_CHART_SIZE) {
  const { width, rowHeight, margin } = size;
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = Math.max(1, rows.length) * rowHeight;
  const totals = rows.map((row) => keys.reduce((sum, key) => sum + Math.max(0, row.values[key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const xScale = scaleLinear({ domain: [0, max], range: [0, innerWidth], nice: true });
  const yScale = scaleBand({ domain: rows.map((row) => row.key), range: [0, innerHeight], padding: 0.25 });
  const bandwidth = yScale.bandwidth();
  return {
    width,
    height: innerHeight + margin.top + margin.bottom,
    margin,
    innerWidth,
    innerHeight,
    xScale,
    // Room for a label of about 90px per tick; whole numbers only (counts, cents).
    xTicks: xScale.ticks(Math.min(Math.max(2, Math.floor(innerWidth / 90)), Math.max(1, xScale.domain()[1] ?? 1))).filter(Number.isInteger),
    rows: rows.map((row, i) => {
      let offset = 0;
      const segments = keys
        .filter((key) => (row.values[key] ?? 0) > 0)
        .map((key) => {
          const value = row.values[key];
          const x = xScale(offset);
          offset += value;
          return { key, value, x, width: xScale(offset) - x };
        });
      return {
        key: row.key,
        label: row.label,
        total: totals[i] ?? 0,
        y: yScale(row.key) ?? 0,
        height: bandwidth,
        end: xScale(offset),
        segments,
      };
    }),
  };
}

export type StackedBarModel<K extends string> = ReturnType<typeof stackedBarModel<K>>;

/** A single-series bar chart is a stack with one key. */
export function barModel(rows: { key: string; label: string; value: number }[], size: BarChartSize = BAR_CHART_SIZE) {
  return stackedBarModel(
    rows.map((row) => ({ key: row.key, label: row.label, values: { value: row.value } })),
    ["value"] as const,
    size,
  );
}

/** How many characters of a row label fit in a left margin of this many pixels (13px text). */
export function labelChars(marginLeft: number): number {
  return Math.max(4, Math.floor((marginLeft - 12) / 7.5));
}

/** Shortens a label to fit the left margin of a chart; the data table beside it has it in full. */
export function clip(label: string, max = 24): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/**
 * How dark a cell of the coverage matrix is shaded: 0 for nothing, 1 for a single action,
 * up to 4 for the largest count, evenly in between. The number is always printed too.
 */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  if (count >= max) return 4;
  return Math.min(4, 1 + Math.round(((count - 1) / (max - 1)) * 3)) as 1 | 2 | 3 | 4;
}
