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
  resolve: () => void;
};

export type UpdateLogStats = { batches: number; rows: number; failures: number; pending: number };

/**
 * The durable append-only log of collaboration updates (table "CollabUpdate").
 *
 * `append` resolves once the update is committed. Updates are written in batches (group
 * commit), and up to `maxInFlight` batches are written at once on separate connections, so
 * durability costs about one commit of latency and never serialises a connection's
 * processing — only its acknowledgements wait. Batches may commit in any order, but they are
 * *reported* committed in append order: an update counts as stored only when everything
 * appended before it is stored too (what `flushed` and the acknowledgements rely on).
 *
 * A failed write is retried (with back-off) until it succeeds: an update the server has
 * applied in memory is never dropped. The connections whose updates were in the failed batch
 * are told at once (they close, so their clients show that nothing is saved yet).
 */
export class UpdateLog {
  private queue: Entry[] = [];
  private inFlight = 0;
  private closed = false;
  /** Resolves when every batch started so far has been reported committed. */
  private reported: Promise<void> = Promise.resolve();
  private readonly pendingPerDocument = new Map<string, Promise<void>>();
  private readonly stats: UpdateLogStats = { batches: 0, rows: 0, failures: 0, pending: 0 };

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
    private readonly options: { maxBatch?: number; maxInFlight?: number; retryMs?: { initial: number; max: number } } = {},
  ) {}

  /** Appends one update; resolves when it (and everything appended before it) is committed. Never rejects. */
  append(documentName: string, update: Uint8Array, userId: string | null, owner?: WriteOwner): Promise<void> {
    if (this.closed) throw new Error("update log is closed");
    const committed = new Promise<void>((resolve) => {
      this.queue.push({ documentName, update, userId, owner, resolve });
    });
    this.pendingPerDocument.set(documentName, committed);
    void committed.then(() => {
      if (this.pendingPerDocument.get(documentName) === committed) this.pendingPerDocument.delete(documentName);
    });
    this.stats.pending += 1;
    this.pump();
    return committed;
  }

  /** Resolves when every update of this document appended so far is committed. */
  flushed(documentName: string): Promise<void> {
    return this.pendingPerDocument.get(documentName) ?? Promise.resolve();
  }

  /** Resolves when everything appended so far is committed. */
  async drained(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight > 0) await this.reported;
  }

  snapshotStats(): UpdateLogStats {
    return { ...this.stats };
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
    const maxInFlight = this.options.maxInFlight ?? 3;
    while (this.queue.length > 0 && this.inFlight < maxInFlight) {
      const batch = this.queue.splice(0, maxBatch);
      this.inFlight += 1;
      const written = this.writeUntilStored(batch);
      const previous = this.reported;
      this.reported = Promise.all([previous, written]).then(() => {
        this.stats.batches += 1;
        this.stats.rows += batch.length;
        this.stats.pending -= batch.length;
        for (const entry of batch) entry.resolve();
      });
      void written.then(() => {
        this.inFlight -= 1;
        if (this.queue.length > 0) this.pump();
      });
    }
  }

  private async writeUntilStored(batch: Entry[]): Promise<void> {
    const retry = this.options.retryMs ?? { initial: 50, max: 5_000 };
    let delay = retry.initial;
    for (;;) {
      try {
        await this.insert(batch);
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
   * One row per document and writer: a keystroke-sized update costs PostgreSQL far more as a
   * row of its own (heap, index, WAL) than as bytes in a shared row. Binary parameters (pg
   * sends Buffers as binary), so nothing is hex-encoded on the way.
   */
  private async insert(batch: Entry[]): Promise<void> {
    const groups = new Map<string, { documentName: string; userId: string | null; updates: Uint8Array[] }>();
    for (const entry of batch) {
      const key = `${entry.documentName}\0${entry.userId ?? ""}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { documentName: entry.documentName, userId: entry.userId, updates: [] }));
      group.updates.push(entry.update);
    }
    const values: unknown[] = [];
    const rows: string[] = [];
    for (const group of groups.values()) {
      const row = encodeLogRow(group.updates);
      const at = values.length;
      values.push(group.documentName, Buffer.from(row.buffer, row.byteOffset, row.byteLength), group.userId, group.updates.length);
      rows.push(`($${at + 1}, $${at + 2}, $${at + 3}::uuid, $${at + 4})`);
    }
    await this.pool.query(`INSERT INTO "CollabUpdate" ("documentName", "update", "userId", "updateCount") VALUES ${rows.join(", ")}`, values);
  }
}
