import { describe, expect, it } from "vitest";
import { formatDecimal, parseDecimal } from "../../../app/lib/number";

describe("parseDecimal", () => {
  it.each([
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["0,125", 0.125],
    ["42", 42],
    [" 7 ", 7],
    ["1.250", 1250],
    ["1.250.000", 1250000],
    ["1.250,75", 1250.75],
    ["1,250.75", 1250.75],
    ["1,250,000", 1250000],
    ["-3,5", -3.5],
    ["\u22123,5", -3.5],
    ["+4", 4],
    ["1 250,5", 1250.5],
  ])("reads %j as %d", (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it.each(["", " ", "abc", "12,5,3", "1.25.0", "12,", ",5", "1,2.3,4", "12a", "--1", "1.2.3,5", "∞"])("refuses %j", (input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});

describe("formatDecimal", () => {
  it("writes Dutch and English numbers", () => {
    expect(formatDecimal(12.5, "nl")).toBe("12,5");
    expect(formatDecimal(1250, "nl")).toBe("1.250");
    expect(formatDecimal(12.5, "en")).toBe("12.5");
    expect(formatDecimal(1250.756, "en")).toBe("1,250.76");
  });
});
