import { describe, expect, it } from "vitest";
import {
  INDICATOR_DIRECTIONS,
  INDICATOR_STATUSES,
  indicatorProjection,
  indicatorStatus,
  type IndicatorInput,
} from "@koers/domain";
import { messages } from "@koers/i18n";

// Baseline 100 on 2026-01-01, target 200 on 2027-01-01 (day 365), higher is better.
// 2026-07-01 is day 181.
function rising(overrides: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    direction: "higher_is_better",
    baseline: { value: 100, date: "2026-01-01" },
    target: { value: 200, date: "2027-01-01" },
    measurements: [],
    today: "2026-07-01",
    ...overrides,
  };
}

// Lower is better: from 20 down to 10 in the same year.
function falling(overrides: Partial<IndicatorInput> = {}): IndicatorInput {
  return rising({ direction: "lower_is_better", baseline: { value: 20, date: "2026-01-01" }, target: { value: 10, date: "2027-01-01" }, ...overrides });
}

const at = (date: string, value: number) => ({ date, value });

function lookup(key: string, tree: unknown): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe("no measurements", () => {
  it("is no data, with nothing to project", () => {
    expect(indicatorStatus(rising())).toBe("no_data");
    expect(indicatorProjection(rising())).toEqual({ projected: null, shareAchieved: null });
  });

  it("is no data even after the target date", () => {
    expect(indicatorStatus(rising({ today: "2030-01-01" }))).toBe("no_data");
  });
});

describe("target already met", () => {
  it("is on track when the latest measurement reaches or passes the target", () => {
    expect(indicatorStatus(rising({ measurements: [at("2026-03-01", 200)] }))).toBe("on_track");
    expect(indicatorStatus(rising({ measurements: [at("2026-03-01", 250)] }))).toBe("on_track");
  });

  it("is on track after the target date when the target was met", () => {
    expect(indicatorStatus(rising({ measurements: [at("2027-02-01", 201)], today: "2027-03-01" }))).toBe("on_track");
  });

  it("reads 'met' the other way round when lower is better", () => {
    expect(indicatorStatus(falling({ measurements: [at("2026-03-01", 10)] }))).toBe("on_track");
    expect(indicatorStatus(falling({ measurements: [at("2026-03-01", 8)] }))).toBe("on_track");
    expect(indicatorStatus(falling({ measurements: [at("2026-03-01", 10.01)], today: "2027-06-01" }))).toBe("off_track");
  });

  it("is on track when met now, even if the trend says otherwise", () => {
    // The old high value would pull the line down; the latest value decides first.
    expect(indicatorStatus(rising({ measurements: [at("2026-02-01", 500), at("2026-06-01", 200)] }))).toBe("on_track");
  });
});

describe("target date passed", () => {
  it("is off track when the target was not met in time, however good the trend", () => {
    const measurements = [at("2026-06-01", 170), at("2026-12-01", 199)];
    expect(indicatorStatus(rising({ measurements, today: "2027-01-02" }))).toBe("off_track");
  });

  it("still projects on the target date itself", () => {
    // Day 365 value 190: the trend ends at 190, 90% of the change.
    const measurements = [at("2027-01-01", 190)];
    expect(indicatorStatus(rising({ measurements, today: "2027-01-01" }))).toBe("at_risk");
    expect(indicatorStatus(rising({ measurements, today: "2027-01-02" }))).toBe("off_track");
  });

  it("works the same when lower is better", () => {
    expect(indicatorStatus(falling({ measurements: [at("2026-12-01", 11)], today: "2027-01-02" }))).toBe("off_track");
  });
});

describe("the trend, from one measurement", () => {
  // The line runs through the baseline (day 0, 100) and the measurement on day 181.
  it("is on track when the line reaches the target by the target date", () => {
    const input = rising({ measurements: [at("2026-07-01", 150)] });
    expect(indicatorStatus(input)).toBe("on_track");
    const { projected, shareAchieved } = indicatorProjection(input);
    expect(projected).toBeCloseTo(100 + (50 * 365) / 181, 9);
    expect(shareAchieved).toBeCloseTo((50 * 365) / 181 / 100, 9);
  });

  it("is at risk when it reaches at least three quarters of the change", () => {
    const input = rising({ measurements: [at("2026-07-01", 140)] });
    expect(indicatorProjection(input).shareAchieved).toBeCloseTo(0.8066, 3);
    expect(indicatorStatus(input)).toBe("at_risk");
  });

  it("is off track below three quarters", () => {
    const input = rising({ measurements: [at("2026-07-01", 120)] });
    expect(indicatorProjection(input).shareAchieved).toBeCloseTo(0.4033, 3);
    expect(indicatorStatus(input)).toBe("off_track");
  });

  it("is off track when the trend moves away from the target", () => {
    const input = rising({ measurements: [at("2026-07-01", 90)] });
    expect(indicatorStatus(input)).toBe("off_track");
    expect(indicatorProjection(input).shareAchieved).toBeLessThan(0);
  });
});

describe("the thresholds", () => {
  // Target on day 120 (2026-05-01), measurement on day 60 (2026-03-02): the line doubles the change.
  const half = (value: number) =>
    rising({ target: { value: 200, date: "2026-05-01" }, measurements: [at("2026-03-02", value)], today: "2026-03-02" });

  it("counts exactly the whole change as on track", () => {
    expect(indicatorProjection(half(150))).toEqual({ projected: 200, shareAchieved: 1 });
    expect(indicatorStatus(half(150))).toBe("on_track");
  });

  it("counts exactly three quarters as at risk, and just below as off track", () => {
    expect(indicatorProjection(half(137.5))).toEqual({ projected: 175, shareAchieved: 0.75 });
    expect(indicatorStatus(half(137.5))).toBe("at_risk");
    expect(indicatorStatus(half(149.9))).toBe("at_risk");
    expect(indicatorStatus(half(137.4))).toBe("off_track");
  });
});

describe("lower is better", () => {
  it("is on track when the line falls to the target in time", () => {
    const input = falling({ measurements: [at("2026-07-01", 15)] });
    expect(indicatorStatus(input)).toBe("on_track");
    expect(indicatorProjection(input).projected).toBeCloseTo(20 - (5 * 365) / 181, 9);
  });

  it("is at risk when it falls most of the way", () => {
    expect(indicatorStatus(falling({ measurements: [at("2026-07-01", 16)] }))).toBe("at_risk");
  });

  it("is off track when it falls too slowly", () => {
    expect(indicatorStatus(falling({ measurements: [at("2026-07-01", 16.5)] }))).toBe("off_track");
  });

  it("is off track when it rises", () => {
    const input = falling({ measurements: [at("2026-07-01", 25)] });
    expect(indicatorStatus(input)).toBe("off_track");
    expect(indicatorProjection(input).shareAchieved).toBeLessThan(0);
  });
});

describe("several measurements", () => {
  it("fits the line through the baseline and all measurements", () => {
    // Points (0, 100), (90, 130), (181, 160): a slope of about a third per day.
    const input = rising({ measurements: [at("2026-04-01", 130), at("2026-07-01", 160)] });
    const xs = [0, 90, 181];
    const ys = [100, 130, 160];
    const mx = xs.reduce((a, b) => a + b) / 3;
    const my = ys.reduce((a, b) => a + b) / 3;
    const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(indicatorProjection(input).projected).toBeCloseTo(my + slope * (365 - mx), 9);
    expect(indicatorStatus(input)).toBe("on_track");
  });

  it("does not depend on the order of the measurements", () => {
    const measurements = [at("2026-02-01", 110), at("2026-03-15", 118), at("2026-05-01", 131), at("2026-06-20", 139)];
    const sorted = rising({ measurements });
    const shuffled = rising({ measurements: [measurements[2]!, measurements[0]!, measurements[3]!, measurements[1]!] });
    expect(indicatorStatus(shuffled)).toBe(indicatorStatus(sorted));
    expect(indicatorProjection(shuffled).projected).toBeCloseTo(indicatorProjection(sorted).projected!, 9);
  });

  it("takes the latest by date, not the last in the list", () => {
    // The last one given meets the target, but it is older than the first.
    const input = rising({ measurements: [at("2026-06-30", 110), at("2026-02-01", 200)] });
    expect(indicatorStatus(input)).toBe("off_track");
  });
});

describe("a measurement before the baseline date", () => {
  it("counts in the trend", () => {
    // Points (-31, 300), (0, 100), (181, 140): the old high value pulls the line down.
    const input = rising({ measurements: [at("2025-12-01", 300), at("2026-07-01", 140)] });
    expect(indicatorProjection(input).shareAchieved).toBeLessThan(0);
    expect(indicatorStatus(input)).toBe("off_track");
    expect(indicatorStatus(rising({ measurements: [at("2026-07-01", 140)] }))).toBe("at_risk");
  });

  it("is not the latest when later ones exist", () => {
    expect(indicatorStatus(rising({ measurements: [at("2026-07-01", 150), at("2025-06-01", 250)] }))).not.toBe("no_data");
    expect(indicatorStatus(rising({ measurements: [at("2026-07-01", 150), at("2025-06-01", 250)], today: "2027-02-01" }))).toBe("off_track");
  });

  it("projects through the baseline when it is the only one", () => {
    // Points (-184, 80) and (0, 100): rising, but slowly.
    const input = rising({ measurements: [at("2025-07-01", 80)] });
    expect(indicatorProjection(input).projected).toBeCloseTo(100 + (20 * 365) / 184, 9);
    expect(indicatorStatus(input)).toBe("off_track");
  });
});

describe("measurements on one date", () => {
  it("has no trend when the only measurement is on the baseline date", () => {
    const input = rising({ measurements: [at("2026-01-01", 120)] });
    expect(indicatorProjection(input)).toEqual({ projected: null, shareAchieved: null });
  });

  it("compares with the straight path instead: on the baseline date, no change is expected yet", () => {
    expect(indicatorStatus(rising({ measurements: [at("2026-01-01", 100)] }))).toBe("on_track");
    expect(indicatorStatus(rising({ measurements: [at("2026-01-01", 120)] }))).toBe("on_track");
    expect(indicatorStatus(rising({ measurements: [at("2026-01-01", 90)] }))).toBe("off_track");
    expect(indicatorStatus(falling({ measurements: [at("2026-01-01", 21)] }))).toBe("off_track");
    expect(indicatorStatus(falling({ measurements: [at("2026-01-01", 19)] }))).toBe("on_track");
  });

  it("does the same with several measurements on the baseline date", () => {
    const input = rising({ measurements: [at("2026-01-01", 105), at("2026-01-01", 95)] });
    expect(indicatorProjection(input)).toEqual({ projected: null, shareAchieved: null });
    expect(indicatorStatus(input)).toBe("off_track");
  });

  it("expects the whole change when the target date is the baseline date", () => {
    const sameDay = (value: number) =>
      rising({ target: { value: 200, date: "2026-01-01" }, measurements: [at("2026-01-01", value)], today: "2026-01-01" });
    expect(indicatorStatus(sameDay(180))).toBe("at_risk");
    expect(indicatorStatus(sameDay(170))).toBe("off_track");
    expect(indicatorStatus(sameDay(200))).toBe("on_track");
  });

  it("fits through the average when measurements share a later date", () => {
    // (181, 150) and (181, 120) act as (181, 135): the line reaches 100 + 35·365/181.
    const input = rising({ measurements: [at("2026-07-01", 150), at("2026-07-01", 120)] });
    expect(indicatorProjection(input).projected).toBeCloseTo(100 + (35 * 365) / 181, 9);
    expect(indicatorStatus(input)).toBe("off_track");
  });

  it("takes the last one given as the latest when several share the latest date", () => {
    const after = "2027-02-01";
    expect(indicatorStatus(rising({ measurements: [at("2026-12-01", 150), at("2026-12-01", 200)], today: after }))).toBe("on_track");
    expect(indicatorStatus(rising({ measurements: [at("2026-12-01", 200), at("2026-12-01", 150)], today: after }))).toBe("off_track");
  });
});

describe("a target that asks for no change", () => {
  const hold = (value: number, today = "2026-07-01") =>
    rising({ target: { value: 100, date: "2027-01-01" }, measurements: [at("2026-06-01", value)], today });

  it("is on track while the value holds, off track as soon as it slips", () => {
    expect(indicatorStatus(hold(100))).toBe("on_track");
    expect(indicatorStatus(hold(101))).toBe("on_track");
    expect(indicatorStatus(hold(99))).toBe("off_track");
    expect(indicatorStatus(hold(100, "2028-01-01"))).toBe("on_track");
  });

  it("projects the value but no share", () => {
    const projection = indicatorProjection(hold(99));
    expect(projection.shareAchieved).toBeNull();
    expect(projection.projected).toBeCloseTo(100 - 365 / 151, 9);
  });

  it("treats a target the baseline already meets the same way", () => {
    // Higher is better, yet the target (80) is below the baseline (100): stay above 80.
    const keep = (value: number) => rising({ target: { value: 80, date: "2027-01-01" }, measurements: [at("2026-06-01", value)] });
    expect(indicatorStatus(keep(90))).toBe("on_track");
    expect(indicatorStatus(keep(70))).toBe("off_track");
    expect(indicatorProjection(keep(70)).shareAchieved).toBeNull();
    const keepLow = falling({ target: { value: 25, date: "2027-01-01" }, measurements: [at("2026-06-01", 30)] });
    expect(indicatorStatus(keepLow)).toBe("off_track");
  });
});

describe("indicator labels", () => {
  it("exist in both languages", () => {
    for (const locale of ["nl", "en"] as const) {
      for (const status of INDICATOR_STATUSES) expect(lookup(`indicatorStatus.${status}`, messages[locale])).toBeTypeOf("string");
      for (const direction of INDICATOR_DIRECTIONS) expect(lookup(`indicatorDirection.${direction}`, messages[locale])).toBeTypeOf("string");
    }
  });
});
