import { indicatorProjection } from "@koers/domain";
import { describe, expect, it } from "vitest";
import {
  indicatorChartModel,
  labelPositions,
  trendLine,
  valueDomain,
  type ChartIndicator,
} from "../../../../../app/components/insight/indicator-chart-model";

const indicator: ChartIndicator = {
  direction: "lower_is_better",
  baseline: { value: 18, date: "2025-01-01" },
  target: { value: 12, date: "2030-03-31" },
  measurements: [
    { date: "2026-01-01", value: 16.5 },
    { date: "2025-07-01", value: 17.4 },
  ],
};

describe("trendLine", () => {
  it("ends where the status rule projects the value on the target date", () => {
    const line = trendLine(indicator)!;
    const { projected } = indicatorProjection({ ...indicator, today: "2026-02-01" });
    expect(line.to.date).toBe("2030-03-31");
    expect(line.to.value).toBeCloseTo(projected!, 9);
    expect(line.from.date).toBe("2025-01-01");
  });

  it("starts on the fitted line at the baseline date, not at the baseline value itself", () => {
    const line = trendLine(indicator)!;
    // Least squares through (0, 18), (181, 17.4), (365, 16.5).
    const xs = [0, 181, 365];
    const ys = [18, 17.4, 16.5];
    const mx = xs.reduce((a, b) => a + b) / 3;
    const my = ys.reduce((a, b) => a + b) / 3;
    const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(line.from.value).toBeCloseTo(my - slope * mx, 9);
  });

  it("is absent without measurements or when every point is on one date", () => {
    expect(trendLine({ ...indicator, measurements: [] })).toBeNull();
    expect(trendLine({ ...indicator, measurements: [{ date: "2025-01-01", value: 17 }] })).toBeNull();
  });
});

describe("valueDomain", () => {
  it("starts at zero when zero is near", () => {
    expect(valueDomain([12, 18, 3])[0]).toBe(0);
  });

  it("does not flatten values far from zero", () => {
    const [min, max] = valueDomain([78, 82, 80]);
    expect(min).toBeGreaterThan(70);
    expect(max).toBeGreaterThan(82);
  });

  it("gives a single value room on both sides", () => {
    expect(valueDomain([5, 5])).toEqual([4.5, 5.5]);
    expect(valueDomain([0])).toEqual([-1, 1]);
  });

  it("handles negative values", () => {
    const [min, max] = valueDomain([-4, 2]);
    expect(min).toBeLessThan(-4);
    expect(max).toBeGreaterThan(2);
  });
});

describe("indicatorChartModel", () => {
  const model = indicatorChartModel(indicator);

  it("places the measurements in date order inside the plot", () => {
    expect(model.measurements.map((m) => m.date)).toEqual(["2025-07-01", "2026-01-01"]);
    for (const p of [...model.measurements, model.baseline, model.target]) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(model.innerWidth);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(model.innerHeight);
    }
  });

  it("runs time from the baseline (left edge) to the target date (right edge)", () => {
    expect(model.baseline.x).toBe(0);
    expect(model.target.x).toBeCloseTo(model.innerWidth, 6);
  });

  it("draws higher values higher up", () => {
    expect(model.baseline.y).toBeLessThan(model.target.y);
  });

  it("gives ticks within the domains, years for a multi-year span", () => {
    const [lo, hi] = model.yScale.domain() as [number, number];
    expect(model.yTicks.every((v) => v >= lo && v <= hi)).toBe(true);
    expect(model.xTicks.length).toBeGreaterThanOrEqual(3);
    expect(model.xTicks.every((time) => new Date(time).getUTCMonth() === 0 && new Date(time).getUTCDate() === 1)).toBe(true);
  });

  it("includes the trend line when there is one", () => {
    expect(model.trend).not.toBeNull();
    expect(indicatorChartModel({ ...indicator, measurements: [] }).trend).toBeNull();
  });

  it("stretches the time axis to a measurement after the target date", () => {
    const late = indicatorChartModel({ ...indicator, target: { value: 12, date: "2025-12-31" } });
    expect(late.measurements.at(-1)!.x).toBeCloseTo(late.innerWidth, 6);
  });
});

describe("labelPositions", () => {
  it("puts the trend label below a falling line and above a rising one", () => {
    const falling = indicatorChartModel(indicator);
    expect(labelPositions(falling).trendLabelY).toBeGreaterThan(falling.trend!.to.y);
    const rising = indicatorChartModel({
      direction: "higher_is_better",
      baseline: { value: 10, date: "2025-01-01" },
      target: { value: 20, date: "2030-01-01" },
      measurements: [{ date: "2026-01-01", value: 12 }],
    });
    expect(labelPositions(rising).trendLabelY).toBeLessThan(rising.trend!.to.y);
  });

  it("moves the target label below its point when the trend label would sit on it", () => {
    const onTarget = indicatorChartModel({
      direction: "higher_is_better",
      baseline: { value: 10, date: "2025-01-01" },
      target: { value: 20, date: "2027-01-01" },
      measurements: [{ date: "2026-01-01", value: 15 }],
    });
    const { targetLabelY, trendLabelY } = labelPositions(onTarget);
    expect(Math.abs(targetLabelY - trendLabelY!)).toBeGreaterThanOrEqual(18);
  });

  it("keeps target and trend labels apart near the bottom of the chart", () => {
    const low = indicatorChartModel({
      direction: "lower_is_better",
      baseline: { value: 12.8, date: "2022-12-31" },
      target: { value: 10.5, date: "2029-12-31" },
      measurements: [
        { date: "2023-12-31", value: 12.9 },
        { date: "2024-12-31", value: 12.4 },
        { date: "2025-12-31", value: 12 },
        { date: "2026-06-30", value: 11.8 },
      ],
    });
    const { targetLabelY, trendLabelY } = labelPositions(low);
    expect(Math.abs(targetLabelY - trendLabelY!)).toBeGreaterThanOrEqual(18);
    expect(targetLabelY).toBeLessThan(low.innerHeight);
  });

  it("keeps the baseline label away from where the series starts", () => {
    const up = indicatorChartModel({ ...indicator, measurements: [{ date: "2025-07-01", value: 19 }] });
    expect(labelPositions(up).baselineBelow).toBe(true);
    expect(labelPositions(indicatorChartModel(indicator)).baselineBelow).toBe(false);
    expect(labelPositions(indicatorChartModel({ ...indicator, measurements: [] })).trendLabelY).toBeNull();
  });
});
