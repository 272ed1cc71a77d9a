import type pg from "pg";
import type { Logger } from "../logger.js";
import { encodeLogRow } from "./log-rows.js";

/** Something to tell when its update could not be written (the connection that sent it). */
export type WriteOwner = { writeFailed(): void };

type Entry = {
  documentName: string;
  update: Uint8Array;
  userId: string | null;
  owner: WriteOwner | undefined;
  /** Position in append order. */
  seq: number;
};

/** The rows one batch writes: one per document and writer. */
type Row = { documentName: string; userId: string | null; bytes: Uint8Array; count: number };

export type UpdateLogStats = { batches: number; rows: number; failures: number; pending: number };

/** How many recent commit times the log remembers (`commitTimes`). */
const COMMIT_TIMES_KEPT = 8_192;

/** Told after each batch is reported committed: what it added to one document's log. */
export type CommittedRows = (documentName: string, rows: number, bytes: number) => void;

/**
 * The durable append-only log of collaboration updates (table "CollabUpdate").
 *
 * Updates are written in batches (group commit), and up to `maxInFlight` batches are written
 * at once on separate connections, so durability costs about one commit of latency and never
 * serialises a connection's processing — only its acknowledgements wait (`whenStored`).
 * Batches may commit in any order, but they are *reported* committed in append order: an
 * update counts as stored only when everything appended before it is stored too.
 *
 * Bookkeeping is by sequence number, not by a promise per update: at tens of thousands of
 * keystrokes a second the promises and closures were a large part of the server's work.
 *
 * A failed write is retried (with back-off) until it succeeds: an update the server has
 * applied in memory is never dropped. The connections whose updates were in the failed batch
 * are told at once (they close, so their clients show that nothing is saved yet).
 */
export class UpdateLog {
  private queue: Entry[] = [];
  private inFlight = 0;
  private closed = false;
  private appended = 0;
  /** Every update with a sequence number up to this one is committed. */
  private reportedSeq = 0;
  /** Resolves when every batch started so far has been reported committed. */
  private reported: Promise<void> = Promise.resolve();
  /** The last update appended per document, while it is not yet reported. */
  private readonly lastSeqOf = new Map<string, number>();
  /** Per document, in order: what to run once the log holds everything up to `target`. */
  private readonly waiters = new Map<string, { target: number; run: () => void }[]>();
  private readonly stats: UpdateLogStats = { batches: 0, rows: 0, failures: 0, pending: 0 };
  /** Milliseconds from a batch's start until it was reported committed (with all before it), batch n at n % COMMIT_TIMES_KEPT. */
  private readonly commitMs = new Float64Array(COMMIT_TIMES_KEPT);

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
    private readonly options: {
      maxBatch?: number;
      maxInFlight?: number;
      retryMs?: { initial: number; max: number };
      onCommitted?: CommittedRows;
    } = {},
  ) {}

  /** Appends one update; `whenStored`/`flushed` tell when it (and all before it) is committed. */
  append(documentName: string, update: Uint8Array, userId: string | null, owner?: WriteOwner): void {
    if (this.closed) throw new Error("update log is closed");
    const seq = ++this.appended;
    this.queue.push({ documentName, update, userId, owner, seq });
    this.lastSeqOf.set(documentName, seq);
    this.stats.pending += 1;
    this.pump();
  }

  /**
   * Runs `run` once every update of this document appended so far is committed — at once when
   * it already is. Calls for one document run in the order they were made.
   */
  whenStored(documentName: string, run: () => void): void {
    const target = this.lastSeqOf.get(documentName);
    const list = this.waiters.get(documentName);
    if (target === undefined || (target <= this.reportedSeq && !list)) {
      run();
      return;
    }
    if (list) list.push({ target, run });
    else this.waiters.set(documentName, [{ target, run }]);
  }

  /** Resolves when every update of this document appended so far is committed. */
  flushed(documentName: string): Promise<void> {
    return new Promise((resolve) => this.whenStored(documentName, resolve));
  }

  /** Resolves when everything appended so far is committed. */
  async drained(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight > 0) await this.reported;
  }

  snapshotStats(): UpdateLogStats {
    return { ...this.stats };
  }

  /**
   * How long the batches after the first `since` (a `batches` count from `snapshotStats`) took
   * from start to commit, in ms — the latency every acknowledgement waits for. Only the most
   * recent 8,192 are kept.
   */
  commitTimes(since: number): number[] {
    const from = Math.max(since, this.stats.batches - COMMIT_TIMES_KEPT);
    const times: number[] = [];
    for (let n = from; n < this.stats.batches; n++) times.push(this.commitMs[n % COMMIT_TIMES_KEPT]!);
    return times;
  }

  /** Stops accepting updates and waits for the queue to be written. */
  async close(): Promise<void> {
    this.closed = true;
    await this.drained();
  }

  private scheduled = false;

  /**
   * Batches start at the end of the current turn of the event loop, so every update that
   * arrived in one read from the network (a client's whole window) shares one commit.
   */
  private pump(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.startBatches();
    });
  }

  private startBatches(): void {
    const maxBatch = this.options.maxBatch ?? 2_000;
    const maxInFlight = this.options.maxInFlight ?? 5;
    while (this.queue.length > 0 && this.inFlight < maxInFlight) {
      const batch = this.queue.splice(0, maxBatch);
      const rows = rowsOf(batch);
      this.inFlight += 1;
      const started = performance.now();
      const written = this.writeUntilStored(batch, rows);
      const previous = this.reported;
      this.reported = Promise.all([previous, written]).then(() => this.report(batch, rows, performance.now() - started));
      void written.then(() => {
        this.inFlight -= 1;
        if (this.queue.length > 0) this.pump();
      });
    }
  }

  /** A batch and everything before it is committed: release what waited for it. */
  private report(batch: Entry[], rows: Row[], commitMs: number): void {
    this.commitMs[this.stats.batches % COMMIT_TIMES_KEPT] = commitMs;
    this.stats.batches += 1;
    this.stats.rows += rows.length;
    this.stats.pending -= batch.length;
    this.reportedSeq = batch[batch.length - 1]!.seq;
    for (const row of rows) {
      const last = this.lastSeqOf.get(row.documentName);
      if (last !== undefined && last <= this.reportedSeq) this.lastSeqOf.delete(row.documentName);
      this.options.onCommitted?.(row.documentName, 1, row.bytes.byteLength);
    }
    for (const [documentName, list] of this.waiters) {
      let released = 0;
      while (released < list.length && list[released]!.target <= this.reportedSeq) released += 1;
      if (released === 0) continue;
      const ready = list.splice(0, released);
      if (list.length === 0) this.waiters.delete(documentName);
      for (const waiter of ready) waiter.run();
    }
  }

  private async writeUntilStored(batch: Entry[], rows: Row[]): Promise<void> {
    const retry = this.options.retryMs ?? { initial: 50, max: 5_000 };
    let delay = retry.initial;
    for (;;) {
      try {
        await this.insert(rows);
        return;
      } catch (error) {
        this.stats.failures += 1;
        this.log.error({ err: error, updates: batch.length, retryInMs: delay }, "collab: writing updates failed; retrying");
        const owners = new Set(batch.map((entry) => entry.owner).filter((owner) => owner !== undefined));
        for (const owner of owners) owner.writeFailed();
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, retry.max);
      }
    }
  }

  /**
   * Binary parameters (pg sends Buffers as binary), so nothing is hex-encoded on the way. The
   * common batch — one writer, one document — uses a prepared statement, parsed once per
   * connection.
   */
  private async insert(rows: Row[]): Promise<void> {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (const row of rows) {
      const at = values.length;
      values.push(row.documentName, Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength), row.userId, row.count);
      tuples.push(`($${at + 1}, $${at + 2}, $${at + 3}::uuid, $${at + 4})`);
    }
    const text = `INSERT INTO "CollabUpdate" ("documentName", "update", "userId", "updateCount") VALUES ${tuples.join(", ")}`;
    await this.pool.query(rows.length === 1 ? { name: "koers-collab-log-row", text, values } : { text, values });
  }
}

/**
 * One row per document and writer: a keystroke-sized update costs PostgreSQL far more as a row
 * of its own (heap, index, WAL) than as bytes in a shared row.
 */
function rowsOf(batch: Entry[]): Row[] {
  const groups = new Map<string, { documentName: string; userId: string | null; updates: Uint8Array[] }>();
  for (const entry of batch) {
    const key = `${entry.documentName}\0${entry.userId ?? ""}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { documentName: entry.documentName, userId: entry.userId, updates: [] }));
    group.updates.push(entry.update);
  }
  return [...groups.values()].map((group) => ({
    documentName: group.documentName,
    userId: group.userId,
    bytes: encodeLogRow(group.updates),
    count: group.updates.length,
  }));
}
