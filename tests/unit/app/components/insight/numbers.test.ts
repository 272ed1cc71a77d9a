import { describe, expect, it } from "vitest";
import {
  decimalsFor,
  formatCentsCompact,
  formatDate,
  formatMonthYear,
  formatNumber,
  formatQuantity,
  formatShare,
  formatTick,
  parseMeasuredValue,
  todayInNetherlands,
  utcTime,
} from "../../../../../app/components/insight/numbers";

describe("parseMeasuredValue", () => {
  it.each([
    ["12,5", 12.5],
    ["14,2%", 14.2],
    ["14,2 %", 14.2],
    [" -3,25 ", -3.25],
    ["1.250", 1250],
    ["0", 0],
  ])("reads %j as %d", (input, expected) => {
    expect(parseMeasuredValue(input)).toBe(expected);
  });

  it.each(["abc", "", "%", "12,5,6", "12%%", "1,2.3,4"])("refuses %j", (input) => {
    expect(parseMeasuredValue(input)).toBeNull();
  });
});

describe("decimalsFor", () => {
  it("follows the recorded values, between one and two decimals", () => {
    expect(decimalsFor([1.9, 1.45, 1.2])).toBe(2);
    expect(decimalsFor([14, 10, 4])).toBe(1);
    expect(decimalsFor([0.12345])).toBe(2);
  });
});

describe("formatting", () => {
  it("writes numbers the Dutch way first", () => {
    expect(formatNumber(14.25, "nl")).toBe("14,25");
    expect(formatNumber(1250, "nl")).toBe("1.250");
    expect(formatNumber(14.25, "en")).toBe("14.25");
    expect(formatNumber(14.2567, "nl", 1)).toBe("14,3");
  });

  it("puts the unit after the number, a percent sign without a space", () => {
    expect(formatQuantity(14.2, "%", "nl")).toBe("14,2%");
    expect(formatQuantity(320, "leerlingen", "nl")).toBe("320\u00a0leerlingen");
    expect(formatQuantity(3, " ", "nl")).toBe("3");
    expect(formatQuantity(10, "aantal", "nl")).toBe("10");
    expect(formatQuantity(6, "per 1.000 inwoners", "nl")).toBe("6\u00a0per 1.000 inwoners");
  });

  it("writes shares as whole percentages", () => {
    expect(formatShare(0.4, "nl")).toMatch(/^40\s?%$/);
    expect(formatShare(0.4, "en")).toBe("40%");
  });

  it("writes dates free of time zones", () => {
    expect(utcTime("2030-03-01")).toBe(Date.UTC(2030, 2, 1));
    expect(formatMonthYear("2030-03-31", "nl")).toBe("maart 2030");
    expect(formatMonthYear("2030-03-31", "en")).toBe("March 2030");
    expect(formatDate("2026-01-05", "nl")).toBe("5 jan 2026");
  });

  it("labels date ticks with the year on 1 January and the month otherwise", () => {
    expect(formatTick(Date.UTC(2027, 0, 1), "nl")).toBe("2027");
    expect(formatTick(Date.UTC(2027, 6, 1), "nl")).toBe("jul 2027");
  });

  it("shortens euro amounts for chart labels", () => {
    expect(formatCentsCompact(125_000_000, "nl")).toMatch(/^€\s?1,25\s?mln\.?$/);
    expect(formatCentsCompact(59_000_000, "nl")).toMatch(/^€\s?590\s?K$/);
    expect(formatCentsCompact(125_000_000, "en")).toMatch(/^€1\.25[mM]$/);
    expect(formatCentsCompact(0, "nl")).toMatch(/^€\s?0$/);
  });

  it("knows today in the Netherlands, also just after midnight there", () => {
    expect(todayInNetherlands(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(todayInNetherlands(new Date("2026-01-15T10:00:00Z"))).toBe("2026-01-15");
  });
});
