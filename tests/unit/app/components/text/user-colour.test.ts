import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { colourForUser, USER_COLOURS } from "../../../../../app/components/text/user-colour";

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A colour at 20% opacity over white, as someone's selection is drawn. */
function tint(hex: string, alpha = 0.2): string {
  return `#${[1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * alpha + 255 * (1 - alpha)).toString(16).padStart(2, "0")).join("")}`;
}

describe("colourForUser", () => {
  const ids = Array.from({ length: 500 }, () => randomUUID());

  it("gives the same person the same colour every time", () => {
    for (const id of ids.slice(0, 20)) expect(colourForUser(id)).toBe(colourForUser(id));
  });

  it("uses every colour, about evenly", () => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(colourForUser(id), (counts.get(colourForUser(id)) ?? 0) + 1);
    expect(counts.size).toBe(USER_COLOURS.length);
    for (const count of counts.values()) expect(count).toBeGreaterThan(10);
  });

  it.each(USER_COLOURS)("%s carries a white name label (5:1) and dark text under a selection (10:1)", (colour) => {
    expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrast(colour, "#ffffff")).toBeGreaterThanOrEqual(5);
    expect(contrast(tint(colour), "#1a1a1a")).toBeGreaterThanOrEqual(10);
  });
});
