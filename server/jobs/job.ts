import type { Db } from "../db.server.js";
import type { Logger } from "../logger.js";

/** What a daily job gets: the database, the URL for links in mail, and a log. */
export type JobDeps = { db: Db; publicUrl: string; log: Logger };

/** A job that runs once per Dutch calendar day across all Koers processes. */
export type DailyJob = { name: string; run: (deps: JobDeps, now: Date) => Promise<unknown> };
