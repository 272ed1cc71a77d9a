/** Daily jobs follow the Dutch clock: "7 in the morning" is 7 in Amsterdam, summer and winter. */
export const JOB_TIME_ZONE = "Europe/Amsterdam";

const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: JOB_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  hourCycle: "h23",
});

/** The Dutch calendar day ("YYYY-MM-DD") and hour (0–23) of an instant. */
export function dutchDayAndHour(now: Date): { day: string; hour: number } {
  const parts = Object.fromEntries(PARTS.formatToParts(now).map((part) => [part.type, part.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/**
 * Today's slot of a daily job: the Dutch day it belongs to, and whether it may run yet (at or
 * after `dailyHour`, local time). A process that starts later in the day runs what is missing.
 */
export function dailySlot(now: Date, dailyHour: number): { runDate: string; due: boolean } {
  const { day, hour } = dutchDayAndHour(now);
  return { runDate: day, due: hour >= dailyHour };
}
