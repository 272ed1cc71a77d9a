import { describe, expect, it } from "vitest";
import { explainIndicator, type ExplainedIndicator } from "../../../../../app/components/insight/indicator-explanation";

const base: ExplainedIndicator = {
  direction: "higher_is_better",
  status: "at_risk",
  baseline: { value: 10, date: "2025-01-01" },
  target: { value: 20, date: "2030-01-01" },
  latest: { value: 12, date: "2026-01-01" },
  projection: { projected: 18.5, shareAchieved: 0.85 },
};

describe("explainIndicator", () => {
  it("says where the trend arrives", () => {
    expect(explainIndicator(base, "2026-02-01")).toEqual({ kind: "trend", projected: 18.5, share: 0.85 });
  });

  it("has nothing to say without measurements", () => {
    expect(explainIndicator({ ...base, latest: null, status: "no_data" }, "2026-02-01")).toEqual({ kind: "noData" });
  });

  it("says so when the latest measurement already meets the target, either direction", () => {
    expect(explainIndicator({ ...base, latest: { value: 21, date: "2026-01-01" } }, "2026-02-01").kind).toBe("met");
    const lower = {
      ...base,
      direction: "lower_is_better" as const,
      baseline: { value: 20, date: "2025-01-01" },
      target: { value: 10, date: "2030-01-01" },
    };
    expect(explainIndicator({ ...lower, latest: { value: 9, date: "2026-01-01" } }, "2026-02-01").kind).toBe("met");
    expect(explainIndicator({ ...lower, latest: { value: 15, date: "2026-01-01" } }, "2026-02-01").kind).toBe("trend");
  });

  it("explains a target that only asks to hold a level", () => {
    const hold = { ...base, baseline: { value: 20, date: "2025-01-01" }, latest: { value: 19, date: "2026-01-01" } };
    expect(explainIndicator(hold, "2026-02-01").kind).toBe("hold");
  });

  it("says the target date has passed", () => {
    expect(explainIndicator(base, "2030-01-02").kind).toBe("deadlinePassed");
    expect(explainIndicator(base, "2030-01-01").kind).toBe("trend");
  });

  it("says there is no trend yet when there is none", () => {
    expect(explainIndicator({ ...base, projection: { projected: null, shareAchieved: null } }, "2026-02-01").kind).toBe("noTrend");
  });
});
