import { indicatorProjection, type IndicatorDirection } from "@koers/domain";
import { scaleLinear, scaleUtc } from "@visx/scale";
import { utcTime } from "./numbers";

/** What the indicator chart needs of an indicator (a subset of indicator.get). */
export type ChartIndicator = {
  direction: IndicatorDirection;
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  measurements: { date: string; value: number }[];
};

export type ChartSize = { width: number; height: number; margin: { top: number; right: number; bottom: number; left: number } };

export const INDICATOR_CHART_SIZE: ChartSize = { width: 860, height: 380, margin: { top: 28, right: 36, bottom: 56, left: 76 } };

type Point = { date: string; value: number; x: number; y: number };

/**
 * Where everything on the indicator chart goes: the measured series, the baseline, the
 * target and the trend line the status rule uses, drawn from the baseline date to the
 * target date. Pure (scales and numbers only), so it is unit-tested apart from React.
 */
export function indicatorChartModel(indicator: ChartIndicator, size: ChartSize = INDICATOR_CHART_SIZE) {
  const { width, height, margin } = size;
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const measurements = [...indicator.measurements].sort((a, b) => a.date.localeCompare(b.date));
  const trend = trendLine(indicator);

  const dates = [indicator.baseline.date, indicator.target.date, ...measurements.map((m) => m.date)].map(utcTime);
  const xScale = scaleUtc({ domain: [Math.min(...dates), Math.max(...dates)], range: [0, innerWidth] });
  const values = [indicator.baseline.value, indicator.target.value, ...measurements.map((m) => m.value)];
  if (trend) values.push(trend.from.value, trend.to.value);
  const yScale = scaleLinear({ domain: valueDomain(values), range: [innerHeight, 0], nice: true });

  const place = (p: { date: string; value: number }): Point => ({ ...p, x: xScale(utcTime(p.date)), y: yScale(p.value) });
  return {
    width,
    height,
    margin,
    innerWidth,
    innerHeight,
    xScale,
    yScale,
    xTicks: xScale.ticks(Math.max(2, Math.round(innerWidth / 110))).map((d) => d.getTime()),
    yTicks: yScale.ticks(5),
    measurements: measurements.map(place),
    baseline: place(indicator.baseline),
    target: place(indicator.target),
    trend: trend ? { from: place(trend.from), to: place(trend.to) } : null,
  };
}

export type IndicatorChartModel = ReturnType<typeof indicatorChartModel>;

/**
 * Where the labels go, so they keep clear of the lines: the trend's label on the side of its
 * end point away from the line (below a falling line, above a rising one), the target's label
 * on the side of its point away from where the trend ends (and from the trend's label), and
 * the baseline's label on the side of the baseline where the first measurement is not.
 */
export function labelPositions(model: IndicatorChartModel): { baselineBelow: boolean; targetLabelY: number; trendLabelY: number | null } {
  const { trend, target, baseline, measurements, innerHeight } = model;
  let trendLabelY = trend ? (trend.to.y >= trend.from.y ? trend.to.y + 22 : trend.to.y - 12) : null;
  const above = target.y - 16;
  const below = target.y + 28;
  const fits = (y: number) => y > 12 && y < innerHeight - 4;
  const clear = (y: number) => trendLabelY === null || Math.abs(trendLabelY - y) >= 18;
  // Away from the trend's end, then away from the trend's label; never onto the date axis.
  const preferred = trend && trend.to.y < target.y ? [below, above] : [above, below];
  const candidates = preferred.filter(fits);
  const targetLabelY = candidates.find(clear) ?? candidates[0] ?? above;
  if (trend && trendLabelY !== null && !clear(targetLabelY)) {
    trendLabelY = trendLabelY > trend.to.y ? trend.to.y - 12 : trend.to.y + 22;
  }
  const first = measurements[0];
  const baselineBelow = first ? first.y < baseline.y : false;
  return { baselineBelow, targetLabelY, trendLabelY };
}

/**
 * The least-squares trend of the status rule (packages/domain), from the baseline date to
 * the target date. The rule gives the line's value at the target date; asking it with the
 * baseline date as "target date" gives the line's other end, so the chart draws the very
 * line the status is based on. Null without measurements or when no trend can be drawn.
 */
export function trendLine(
  indicator: ChartIndicator,
): { from: { date: string; value: number }; to: { date: string; value: number } } | null {
  if (indicator.measurements.length === 0) return null;
  const at = (date: string) =>
    indicatorProjection({
      direction: indicator.direction,
      baseline: indicator.baseline,
      target: { value: indicator.target.value, date },
      measurements: indicator.measurements,
      today: indicator.target.date,
    }).projected;
  const start = at(indicator.baseline.date);
  const end = at(indicator.target.date);
  if (start === null || end === null) return null;
  return { from: { date: indicator.baseline.date, value: start }, to: { date: indicator.target.date, value: end } };
}

/**
 * The value axis: every value fits, with a little room. It starts at zero when the values
 * are all positive and zero is near enough not to flatten the line.
 */
export function valueDomain(values: number[]): [number, number] {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min >= 0 && min <= max * 0.4) min = 0;
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    return [min - pad, max + pad];
  }
  const pad = (max - min) * 0.08;
  return [min === 0 ? 0 : min - pad, max + pad];
}
