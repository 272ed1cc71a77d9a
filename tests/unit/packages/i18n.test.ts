import { describe, expect, it } from "vitest";
import { messages, translator } from "@koers/i18n";

function keysOf(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === "object" ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("translations", () => {
  it("has the same keys in Dutch and English", () => {
    expect(keysOf(messages.en).sort()).toEqual(keysOf(messages.nl).sort());
  });

  it("translates with interpolation and plurals, Dutch by default", () => {
    expect(translator("nl")("members.caption", { count: 1 })).toBe("1 lid");
    expect(translator("nl")("members.caption", { count: 3 })).toBe("3 leden");
    expect(translator("en")("errors.login.rateLimited", { minutes: 5 })).toContain("5 minutes");
  });
});
