import { describe, expect, it } from "vitest";
import { barModel, clip, heatLevel, labelChars, stackedBarModel } from "../../../../../app/components/insight/bar-chart-model";

describe("stackedBarModel", () => {
  const rows = [
    { key: "a", label: "Onderwijs", values: { planned: 2, done: 3, blocked: 0 } },
    { key: "b", label: "Veiligheid", values: { planned: 0, done: 1, blocked: 1 } },
  ];
  const model = stackedBarModel(rows, ["planned", "done", "blocked"] as const);

  it("lays segments end to end in key order, leaving out empty ones", () => {
    const [a, b] = model.rows;
    expect(a!.segments.map((s) => s.key)).toEqual(["planned", "done"]);
    expect(a!.segments[0]!.x).toBe(0);
    expect(a!.segments[1]!.x).toBeCloseTo(a!.segments[0]!.width, 9);
    expect(b!.segments.map((s) => s.key)).toEqual(["done", "blocked"]);
  });

  it("uses one scale for every row, so lengths compare", () => {
    const [a, b] = model.rows;
    expect(a!.total).toBe(5);
    expect(b!.total).toBe(2);
    expect(a!.end / b!.end).toBeCloseTo(5 / 2, 9);
    expect(a!.end).toBeLessThanOrEqual(model.innerWidth);
  });

  it("gives rows their own band and only whole-number ticks", () => {
    expect(model.rows[1]!.y).toBeGreaterThan(model.rows[0]!.y + model.rows[0]!.height - 0.001);
    expect(model.xTicks.every(Number.isInteger)).toBe(true);
    expect(model.height).toBe(model.innerHeight + model.margin.top + model.margin.bottom);
  });

  it("copes with nothing to show", () => {
    const empty = stackedBarModel([{ key: "a", label: "A", values: { done: 0 } }], ["done"] as const);
    expect(empty.rows[0]!.end).toBe(0);
    expect(empty.rows[0]!.segments).toEqual([]);
  });
});

describe("ticks", () => {
  it("leave room for their labels on a narrow chart with large numbers", () => {
    const model = barModel([{ key: "x", label: "X", value: 40_000_000 }], {
      width: 540,
      rowHeight: 32,
      margin: { top: 8, right: 64, bottom: 52, left: 150 },
    });
    expect(model.xTicks.length).toBeLessThanOrEqual(5);
    expect(model.xTicks.length).toBeGreaterThanOrEqual(2);
  });
});

describe("barModel", () => {
  it("is a stack of one", () => {
    const model = barModel([
      { key: "x", label: "X", value: 300 },
      { key: "y", label: "Y", value: 100 },
    ]);
    expect(model.rows.map((r) => r.total)).toEqual([300, 100]);
    expect(model.rows[0]!.end / model.rows[1]!.end).toBeCloseTo(3, 9);
  });
});

describe("clip", () => {
  it("keeps short labels and shortens long ones with an ellipsis", () => {
    expect(clip("Onderwijs")).toBe("Onderwijs");
    const long = clip("Een heel lang domein met een lange naam");
    expect(long.length).toBeLessThanOrEqual(24);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("labelChars", () => {
  it("fits a domain name like 'Ruimtelijk domein' in the default margins", () => {
    expect(labelChars(150)).toBeGreaterThanOrEqual("Ruimtelijk domein".length);
    expect(labelChars(0)).toBe(4);
  });
});

describe("heatLevel", () => {
  it.each([
    [0, 8, 0],
    [1, 8, 1],
    [2, 8, 1],
    [3, 8, 2],
    [6, 8, 3],
    [8, 8, 4],
    [12, 8, 4],
    [4, 5, 3],
    [1, 1, 4],
    [3, 0, 0],
  ])("%d of %d is level %d", (count, max, level) => {
    expect(heatLevel(count, max)).toBe(level);
  });
});
