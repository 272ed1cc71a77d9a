import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../../server/config.js";

describe("daily job configuration", () => {
  it("runs the jobs from 7 o'clock by default", () => {
    expect(loadConfig({}).jobs).toEqual({ enabled: true, dailyHour: 7 });
  });

  it("reads KOERS_JOBS and KOERS_DAILY_JOB_HOUR, and names a bad value", () => {
    expect(loadConfig({ KOERS_JOBS: "off", KOERS_DAILY_JOB_HOUR: "0" }).jobs).toEqual({ enabled: false, dailyHour: 0 });
    expect(loadConfig({ KOERS_DAILY_JOB_HOUR: "23" }).jobs.dailyHour).toBe(23);
    expect(() => loadConfig({ KOERS_DAILY_JOB_HOUR: "24" })).toThrow(/KOERS_DAILY_JOB_HOUR/);
    expect(() => loadConfig({ KOERS_JOBS: "maybe" })).toThrow(/KOERS_JOBS/);
  });
});
