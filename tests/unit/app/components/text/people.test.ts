import { describe, expect, it } from "vitest";
import { peopleIn } from "../../../../../app/components/text/people";
import { normaliseHref } from "../../../../../app/components/text/link-href";

const user = (id: string, name: string) => ({ user: { id, name, color: "#154273" } });

describe("peopleIn", () => {
  it("lists each person once, oneself first, then by name; states without a user are left out", () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, user("u-anouk", "Anouk Ambtenaar")],
      [2, user("u-rana", "Rana de Raad")],
      [3, user("u-bram", "Bram Beheer")],
      [4, user("u-anouk", "Anouk Ambtenaar")],
      [5, {}],
    ]);
    const people = peopleIn(states, 2, "u-rana");
    expect(people.map((p) => [p.name, p.self])).toEqual([
      ["Rana de Raad", true],
      ["Anouk Ambtenaar", false],
      ["Bram Beheer", false],
    ]);
  });
});

describe("normaliseHref", () => {
  it.each([
    ["www.lindeveen.nl", "https://www.lindeveen.nl"],
    ["  https://lindeveen.nl/raad ", "https://lindeveen.nl/raad"],
    ["mailto:info@lindeveen.nl", "mailto:info@lindeveen.nl"],
    ["/g/lindeveen", "/g/lindeveen"],
    ["#hoofdstuk", "#hoofdstuk"],
    ["javascript:alert(1)", "javascript:alert(1)"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(normaliseHref(input)).toBe(expected);
  });
});
