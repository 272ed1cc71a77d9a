/*
 * Is an indicator on course to reach its target? The rule, in plain words:
 *
 * 1. Without any measurement we cannot tell: "no data".
 * 2. If the latest measurement already meets the target (at least the target when higher is
 *    better, at most the target when lower is better), the indicator is "on track".
 * 3. If the target asks for no improvement (it equals the baseline, or the baseline already
 *    meets it) and the latest measurement does not meet it, it is "off track".
 * 4. If the target date has passed and the latest measurement does not meet the target, it
 *    is "off track": there is no time left to get there.
 * 5. Otherwise we look at the trend: a straight line fitted (least squares) through the
 *    baseline and every measurement, with time in days since the baseline date. Where that
 *    line arrives at the target date tells what share of the required change (from baseline
 *    to target) will be achieved. All of it: "on track"; at least three quarters: "at risk";
 *    less, or a trend moving away from the target: "off track".
 * 6. When every point lies on one date (say one measurement on the baseline date itself) no
 *    trend can be drawn. Then the latest value is compared with where a straight path from
 *    baseline to target would be on that date: as far or further is "on track", at least
 *    three quarters of that is "at risk", less is "off track".
 *
 * "Latest" is the measurement with the latest date; when several share that date, the last
 * one given counts. Dates are calendar days ("YYYY-MM-DD"), validated before they get here.
 */

export const INDICATOR_STATUSES = ["on_track", "at_risk", "off_track", "no_data"] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export const INDICATOR_DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export type IndicatorInput = {
  direction: IndicatorDirection;
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  measurements: { date: string; value: number }[];
  today: string;
};

/** What the trend says, for display; nulls where it cannot be computed. */
export type IndicatorProjection = { projected: number | null; shareAchieved: number | null };

/** Share of the required change that counts as "at risk" rather than "off track". */
const AT_RISK_SHARE = 0.75;
/** Room for rounding in the least-squares sums, so a line exactly on target counts as on target. */
const EPSILON = 1e-9;
const DAY_MS = 86_400_000;

/** The status of an indicator by the rule at the top of this file. */
export function indicatorStatus(input: IndicatorInput): IndicatorStatus {
  const latest = latestMeasurement(input.measurements);
  if (!latest) return "no_data";
  if (meetsTarget(input.direction, latest.value, input.target.value)) return "on_track";
  if (needsNoChange(input)) return "off_track";
  if (input.today > input.target.date) return "off_track";
  const { shareAchieved } = indicatorProjection(input);
  if (shareAchieved !== null) return statusOfShare(shareAchieved, 1);
  return statusOfShare(shareOf(input, latest.value), expectedShare(input, latest.date));
}

/**
 * The trend's value at the target date, and the share of the required change it reaches there.
 * Both null without measurements or without a trend (all points on one date); the share is
 * also null when the target asks for no improvement.
 */
export function indicatorProjection(input: IndicatorInput): IndicatorProjection {
  const start = dayNumber(input.baseline.date);
  const points = [input.baseline, ...input.measurements].map((p) => ({ x: dayNumber(p.date) - start, y: p.value }));
  const line = input.measurements.length > 0 ? leastSquares(points) : null;
  if (!line) return { projected: null, shareAchieved: null };
  const projected = line.intercept + line.slope * (dayNumber(input.target.date) - start);
  const shareAchieved = needsNoChange(input) ? null : shareOf(input, projected);
  return { projected, shareAchieved };
}

/** A target the baseline already meets asks only to stay there; there is no share to achieve. */
function needsNoChange(input: IndicatorInput): boolean {
  return meetsTarget(input.direction, input.baseline.value, input.target.value);
}

function meetsTarget(direction: IndicatorDirection, value: number, target: number): boolean {
  return direction === "higher_is_better" ? value >= target : value <= target;
}

function latestMeasurement(measurements: IndicatorInput["measurements"]) {
  let latest: IndicatorInput["measurements"][number] | null = null;
  for (const m of measurements) if (!latest || m.date >= latest.date) latest = m;
  return latest;
}

/** How far `value` has come from baseline towards target: 0 at the baseline, 1 at the target. */
function shareOf(input: IndicatorInput, value: number): number {
  return (value - input.baseline.value) / (input.target.value - input.baseline.value);
}

/** Where the straight path from baseline to target is on `date`, as a share of the change. */
function expectedShare(input: IndicatorInput, date: string): number {
  const span = dayNumber(input.target.date) - dayNumber(input.baseline.date);
  if (span <= 0) return 1;
  const elapsed = dayNumber(date) - dayNumber(input.baseline.date);
  return Math.min(1, Math.max(0, elapsed / span));
}

function statusOfShare(share: number, expected: number): IndicatorStatus {
  if (share >= expected - EPSILON) return "on_track";
  if (share >= AT_RISK_SHARE * expected - EPSILON) return "at_risk";
  return "off_track";
}

/** The least-squares line through the points; null when they all share one x. */
function leastSquares(points: { x: number; y: number }[]): { slope: number; intercept: number } | null {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/** Days since 1970-01-01 for a "YYYY-MM-DD" calendar day, free of time zones. */
function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}
