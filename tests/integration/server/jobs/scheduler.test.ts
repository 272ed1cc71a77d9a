import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../../../server/db.server.js";
import type { DailyJob } from "../../../../server/jobs/job.js";
import { claimJobRun, DAILY_JOBS, runDueJobs, startScheduler } from "../../../../server/jobs/scheduler.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme } from "../../../support/factories.js";

/* Once a day, across processes: the JobRun row decides who runs a job. */
let db: Db;
let second: Db;
const log = pino({ level: "silent" });
const deps = (client: Db = db) => ({ db: client, publicUrl: "https://koers.example", log });

beforeAll(async () => {
  let url: string;
  ({ db, url } = await freshDatabase());
  // A second client with its own connections: another Koers process on the same database.
  second = createDb(url, { max: 3 });
});
afterAll(async () => {
  await second.$disconnect();
});

/** A job that counts its runs, and takes a moment, so concurrent runners really overlap. */
function countingJob(name: string, delayMs = 100): DailyJob & { runs: Date[] } {
  const runs: Date[] = [];
  return {
    name,
    runs,
    run: async (_deps, now) => {
      runs.push(now);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    },
  };
}

// 24 November 2026 in Amsterdam: 06:30 and 08:00 local time.
const EARLY = new Date("2026-11-24T05:30:00Z");
const MORNING = new Date("2026-11-24T07:00:00Z");
const runsOf = (name: string) => db.jobRun.findMany({ where: { name } });

describe("runDueJobs", () => {
  it("runs nothing before the daily hour, then each job once that day", async () => {
    const job = countingJob("t-once", 0);
    expect(await runDueJobs(deps(), { now: EARLY, dailyHour: 7, jobs: [job] })).toEqual([]);
    expect(await runsOf("t-once")).toEqual([]);
    expect(await runDueJobs(deps(), { now: MORNING, dailyHour: 7, jobs: [job] })).toEqual(["t-once"]);
    expect(await runDueJobs(deps(), { now: new Date("2026-11-24T15:00:00Z"), dailyHour: 7, jobs: [job] })).toEqual([]);
    expect(job.runs).toEqual([MORNING]);
    const [row] = await runsOf("t-once");
    expect(row?.runDate.toISOString().slice(0, 10)).toBe("2026-11-24");
    expect(row?.finishedAt).not.toBeNull();
    // The next day it runs again.
    expect(await runDueJobs(deps(), { now: new Date("2026-11-25T07:00:00Z"), dailyHour: 7, jobs: [job] })).toEqual(["t-once"]);
    expect(job.runs).toHaveLength(2);
  });

  it("runs a job once when two processes check at the same moment", async () => {
    const job = countingJob("t-race");
    const results = await Promise.all([
      runDueJobs(deps(db), { now: MORNING, dailyHour: 7, jobs: [job] }),
      runDueJobs(deps(second), { now: MORNING, dailyHour: 7, jobs: [job] }),
      runDueJobs(deps(second), { now: MORNING, dailyHour: 7, jobs: [job] }),
    ]);
    expect(job.runs).toHaveLength(1);
    expect(results.flat()).toEqual(["t-race"]);
  });

  it("runs a job only after the ones before it finished today", async () => {
    const first = countingJob("t-first", 300);
    const then = countingJob("t-then", 0);
    const [one, two] = await Promise.all([
      runDueJobs(deps(db), { now: MORNING, dailyHour: 7, jobs: [first, then] }),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() => runDueJobs(deps(second), { now: MORNING, dailyHour: 7, jobs: [first, then] })),
    ]);
    // The second process found the first job running and left the next one for later.
    expect(two).toEqual([]);
    expect(one).toEqual(["t-first", "t-then"]);
    expect(then.runs).toHaveLength(1);
  });

  it("gives a failed job's claim back, so the next check tries again; later jobs wait for it", async () => {
    let fail = true;
    const flaky: DailyJob = {
      name: "t-flaky",
      run: async () => {
        if (fail) throw new Error("database hiccup");
      },
    };
    const steady = countingJob("t-steady", 0);
    expect(await runDueJobs(deps(), { now: MORNING, dailyHour: 7, jobs: [flaky, steady] })).toEqual([]);
    expect(await runsOf("t-flaky")).toEqual([]);
    expect(steady.runs).toEqual([]);
    fail = false;
    expect(await runDueJobs(deps(), { now: MORNING, dailyHour: 7, jobs: [flaky, steady] })).toEqual(["t-flaky", "t-steady"]);
    expect(steady.runs).toHaveLength(1);
  });

  it("takes over a run left unfinished for an hour (its process died), not a recent one", async () => {
    expect(await claimJobRun(db, "t-stale", "2026-11-24", MORNING)).toBe(true);
    expect(await claimJobRun(second, "t-stale", "2026-11-24", new Date(MORNING.getTime() + 30 * 60_000))).toBe(false);
    expect(await claimJobRun(second, "t-stale", "2026-11-24", new Date(MORNING.getTime() + 61 * 60_000))).toBe(true);
    await db.jobRun.updateMany({ where: { name: "t-stale" }, data: { finishedAt: new Date() } });
    expect(await claimJobRun(db, "t-stale", "2026-11-24", new Date(MORNING.getTime() + 180 * 60_000))).toBe(false);
  });

  it("with the real jobs in two processes at once: one overdue notice and one digest", async () => {
    const municipality = await createMunicipality(db);
    const world = await createProgramme(db, municipality.id);
    const owner = await createMember(db, municipality.id, "civil_servant");
    await callerFor(db, owner.user).notification.setPreferences({ mode: "daily" });
    await db.action.update({ where: { id: world.action.id }, data: { ownerId: owner.user.id, status: "planned", dueDate: new Date("2026-11-01T00:00:00Z") } });
    // A day far ahead, so everything made now counts as made before it.
    const day = new Date("2099-03-02T08:00:00Z");
    await Promise.all([runDueJobs(deps(db), { now: day, dailyHour: 7 }), runDueJobs(deps(second), { now: day, dailyHour: 7 })]);
    // The digest waits for the overdue check; a process that found it still running tries again at its next check.
    await Promise.all([runDueJobs(deps(db), { now: day, dailyHour: 7 }), runDueJobs(deps(second), { now: day, dailyHour: 7 })]);
    expect(await db.notification.count({ where: { userId: owner.user.id, kind: "action_overdue" } })).toBe(1);
    const mails = await db.outboxMail.findMany({ where: { to: owner.user.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Koers: uw dagelijkse overzicht (1 melding)");
    expect(mails[0]!.text).toContain(world.action.title);
    expect((await db.jobRun.findMany({ where: { runDate: new Date("2099-03-02T00:00:00Z") } })).map((r) => r.name).sort()).toEqual(
      DAILY_JOBS.map((job) => job.name).sort(),
    );
  });
});

describe("startScheduler", () => {
  it("runs the missing run at start-up when the hour has passed, and stops cleanly", async () => {
    const job = countingJob("t-startup", 0);
    const stop = startScheduler(deps(), { dailyHour: 7, intervalMs: 60_000, jobs: [job], clock: () => MORNING });
    await expect.poll(() => job.runs.length, { timeout: 5_000 }).toBe(1);
    await stop();
    expect((await runsOf("t-startup"))[0]?.finishedAt).not.toBeNull();
  });

  it("waits for the hour, checking at its interval, and runs once when it comes", async () => {
    const job = countingJob("t-wait", 0);
    let now = new Date("2026-11-26T05:00:00Z");
    const stop = startScheduler(deps(), { dailyHour: 7, intervalMs: 20, jobs: [job], clock: () => now });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(job.runs).toEqual([]);
    now = new Date("2026-11-26T06:00:00Z");
    await expect.poll(() => job.runs.length, { timeout: 5_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await stop();
    expect(job.runs).toHaveLength(1);
  });
});
