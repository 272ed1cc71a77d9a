import type { Db } from "../db.server.js";
import { dailySlot } from "./clock.js";
import { runDigestJob } from "./digest.js";
import type { DailyJob, JobDeps } from "./job.js";
import { runOverdueJob } from "./overdue.js";

/**
 * The daily jobs, in order: overdue actions first, so today's overdue notices go into today's
 * overview for those who get one.
 */
export const DAILY_JOBS: readonly DailyJob[] = [
  { name: "action-overdue", run: runOverdueJob },
  { name: "notification-digest", run: runDigestJob },
];

/** A claimed run that never finished (its process died) may be taken over after this long. */
const STALE_RUN_MS = 60 * 60 * 1000;

/**
 * Claims today's run of a job for this process. The JobRun row (name, runDate) is inserted
 * first; if it exists, another process has the job (ON CONFLICT DO NOTHING, the unique key
 * decides). A run left unfinished for an hour is taken over.
 */
export async function claimJobRun(db: Db, name: string, runDate: string, now = new Date()): Promise<boolean> {
  const day = new Date(`${runDate}T00:00:00.000Z`);
  const { count } = await db.jobRun.createMany({ data: [{ name, runDate: day, startedAt: now }], skipDuplicates: true });
  if (count === 1) return true;
  const taken = await db.jobRun.updateMany({
    where: { name, runDate: day, finishedAt: null, startedAt: { lt: new Date(now.getTime() - STALE_RUN_MS) } },
    data: { startedAt: now },
  });
  return taken.count === 1;
}

/**
 * Runs every daily job whose slot has come and that no process has run today, in order: a job
 * waits until the ones before it have finished today (perhaps in another process; the next
 * check looks again). A job that fails gives its claim back, so it is retried on the next
 * check; the jobs are idempotent, so a retry after a partial run repeats nothing.
 * Returns the names of the jobs this call ran to the end.
 */
export async function runDueJobs(
  deps: JobDeps,
  options: { now: Date; dailyHour: number; jobs?: readonly DailyJob[] },
): Promise<string[]> {
  const slot = dailySlot(options.now, options.dailyHour);
  if (!slot.due) return [];
  const runDate = new Date(`${slot.runDate}T00:00:00.000Z`);
  const ran: string[] = [];
  const jobs = options.jobs ?? DAILY_JOBS;
  for (const [index, job] of jobs.entries()) {
    if (index > 0) {
      const before = jobs.slice(0, index).map((earlier) => earlier.name);
      const finished = await deps.db.jobRun.count({ where: { name: { in: before }, runDate, finishedAt: { not: null } } });
      if (finished < before.length) break;
    }
    if (!(await claimJobRun(deps.db, job.name, slot.runDate, options.now))) continue;
    const where = { name_runDate: { name: job.name, runDate } };
    try {
      const result = await job.run(deps, options.now);
      await deps.db.jobRun.update({ where, data: { finishedAt: new Date() } });
      deps.log.info({ job: job.name, runDate: slot.runDate, result }, "daily job done");
      ran.push(job.name);
    } catch (error) {
      deps.log.error({ err: error, job: job.name, runDate: slot.runDate }, "daily job failed; it is tried again at the next check");
      await deps.db.jobRun.delete({ where }).catch(() => undefined);
    }
  }
  return ran;
}

export type SchedulerOptions = {
  dailyHour: number;
  /** How often to look whether a job is due (a minute; tests use less). */
  intervalMs?: number;
  jobs?: readonly DailyJob[];
  /** The clock (tests move it). */
  clock?: () => Date;
};

/**
 * Checks at start-up and then every minute whether a daily job is due, and runs it if no
 * process has yet today. Checks never overlap. Resolves `stop()` once a running check is done.
 */
export function startScheduler(deps: JobDeps, options: SchedulerOptions): () => Promise<void> {
  const clock = options.clock ?? (() => new Date());
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const check = () => {
    if (stopped) return;
    running = running
      .then(() => (stopped ? [] : runDueJobs(deps, { now: clock(), dailyHour: options.dailyHour, jobs: options.jobs })))
      .catch((error: unknown) => deps.log.error({ err: error }, "daily job check failed"));
  };
  check();
  const timer = setInterval(check, options.intervalMs ?? 60_000);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
