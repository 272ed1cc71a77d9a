import type { IndicatorDirection, IndicatorStatus } from "@koers/domain";

export type ExplainedIndicator = {
  direction: IndicatorDirection;
  status: IndicatorStatus;
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  latest: { value: number; date: string } | null;
  projection: { projected: number | null; shareAchieved: number | null };
};

/** Which sentence explains the status, and the numbers it needs (formatted by the page). */
export type Explanation =
  | { kind: "noData" }
  | { kind: "met"; latest: { value: number; date: string } }
  | { kind: "hold"; latest: { value: number; date: string } }
  | { kind: "deadlinePassed"; latest: { value: number; date: string } }
  | { kind: "noTrend"; latest: { value: number; date: string } }
  | { kind: "trend"; projected: number; share: number | null };

const meets = (direction: IndicatorDirection, value: number, target: number) =>
  direction === "higher_is_better" ? value >= target : value <= target;

/**
 * The reason behind an indicator's status, in the order the status rule (packages/domain,
 * indicator-status.ts) decides: no data, target already met, a target that only asks to
 * hold a level, target date passed, no trend yet, and otherwise where the trend arrives.
 */
export function explainIndicator(indicator: ExplainedIndicator, today: string): Explanation {
  const { latest, direction, target, baseline, projection } = indicator;
  if (!latest) return { kind: "noData" };
  if (meets(direction, latest.value, target.value)) return { kind: "met", latest };
  if (meets(direction, baseline.value, target.value)) return { kind: "hold", latest };
  if (today > target.date) return { kind: "deadlinePassed", latest };
  if (projection.projected === null) return { kind: "noTrend", latest };
  return { kind: "trend", projected: projection.projected, share: projection.shareAchieved };
}
