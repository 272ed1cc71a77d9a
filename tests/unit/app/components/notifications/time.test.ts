import { describe, expect, it } from "vitest";
import { absoluteTime, relativeTime } from "../../../../../app/components/notifications/time.js";

const NOW = "2026-11-24T12:00:00.000Z";
const ago = (ms: number) => new Date(Date.parse(NOW) - ms).toISOString();

describe("notification times", () => {
  it("says how long ago, in words, for the first week", () => {
    expect(relativeTime(ago(20_000), NOW, "nl", "zojuist")).toBe("zojuist");
    expect(relativeTime(ago(5 * 60_000), NOW, "nl", "zojuist")).toBe("5 minuten geleden");
    expect(relativeTime(ago(3 * 3600_000 + 59 * 60_000), NOW, "nl", "zojuist")).toBe("3 uur geleden");
    expect(relativeTime(ago(26 * 3600_000), NOW, "nl", "zojuist")).toBe("gisteren");
    expect(relativeTime(ago(4 * 86400_000), NOW, "en", "just now")).toBe("4 days ago");
    expect(relativeTime(ago(8 * 86400_000), NOW, "nl", "zojuist")).toBeNull();
  });

  it("gives the date and time on the Dutch clock", () => {
    expect(absoluteTime("2026-11-24T08:14:00.000Z", "nl")).toBe("24 nov 2026, 09:14");
    expect(absoluteTime("2026-07-01T08:14:00.000Z", "en")).toBe("1 Jul 2026, 10:14");
  });
});
