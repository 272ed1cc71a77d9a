import { describe, expect, it } from "vitest";
import { dailySlot, dutchDayAndHour } from "../../../../server/jobs/clock.js";

describe("the daily job clock (Europe/Amsterdam)", () => {
  it("reads the Dutch day and hour in winter (UTC+1) and summer (UTC+2)", () => {
    expect(dutchDayAndHour(new Date("2026-11-24T05:59:00Z"))).toEqual({ day: "2026-11-24", hour: 6 });
    expect(dutchDayAndHour(new Date("2026-07-01T05:00:00Z"))).toEqual({ day: "2026-07-01", hour: 7 });
    expect(dutchDayAndHour(new Date("2026-11-23T23:30:00Z"))).toEqual({ day: "2026-11-24", hour: 0 });
  });

  it("is due at and after the configured local hour, not before", () => {
    expect(dailySlot(new Date("2026-11-24T05:59:59Z"), 7)).toEqual({ runDate: "2026-11-24", due: false });
    expect(dailySlot(new Date("2026-11-24T06:00:00Z"), 7)).toEqual({ runDate: "2026-11-24", due: true });
    expect(dailySlot(new Date("2026-11-24T22:59:00Z"), 7)).toEqual({ runDate: "2026-11-24", due: true });
    // Summer time: 7 o'clock in Amsterdam is 05:00 UTC.
    expect(dailySlot(new Date("2026-07-01T04:59:00Z"), 7).due).toBe(false);
    expect(dailySlot(new Date("2026-07-01T05:00:00Z"), 7).due).toBe(true);
    // Hour 0: due all day.
    expect(dailySlot(new Date("2026-11-23T23:00:00Z"), 0)).toEqual({ runDate: "2026-11-24", due: true });
  });
});
