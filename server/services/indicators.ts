import { indicatorProjection, indicatorStatus, type IndicatorStatus } from "@koers/domain";
import { isoDate, todayInNetherlands } from "./serialize.js";

type IndicatorRow = {
  id: string;
  name: string;
  unit: string;
  direction: "higher_is_better" | "lower_is_better";
  baselineValue: number;
  baselineDate: Date;
  targetValue: number;
  targetDate: Date;
  source: string;
  measurements: { date: Date; value: number }[];
};

/** An indicator as the pages show it, with its status computed by the domain rule. */
export function presentIndicator(row: IndicatorRow, today = todayInNetherlands()) {
  const input = {
    direction: row.direction,
    baseline: { value: row.baselineValue, date: isoDate(row.baselineDate) },
    target: { value: row.targetValue, date: isoDate(row.targetDate) },
    measurements: row.measurements.map((m) => ({ date: isoDate(m.date), value: m.value })),
    today,
  };
  const status: IndicatorStatus = indicatorStatus(input);
  const latest = [...input.measurements].sort((a, b) => a.date.localeCompare(b.date)).at(-1) ?? null;
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    baseline: input.baseline,
    target: input.target,
    source: row.source,
    latest,
    status,
    projection: indicatorProjection(input),
  };
}
