import type pg from "pg";
import type { Logger } from "../logger.js";

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
 * `append` resolves once the update is committed. Updates arriving while a write is in flight
 * are collected and written together in the next transaction (group commit), so durability
 * costs one round trip per batch, not per keystroke, and never serialises a connection's
 * processing — only its acknowledgements wait.
 *
 * A failed write is retried (with back-off) until it succeeds, in order: an update the server
 * has applied in memory is never dropped. The connections whose updates were in the failed
 * batch are told at once (they close, so their clients show that nothing is saved yet).
 */
export class UpdateLog {
  private queue: Entry[] = [];
  private writing = false;
  private closed = false;
  private readonly pendingPerDocument = new Map<string, Promise<void>>();
  private readonly stats: UpdateLogStats = { batches: 0, rows: 0, failures: 0, pending: 0 };
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => {};

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
    private readonly options: { maxBatch?: number; retryMs?: { initial: number; max: number } } = {},
  ) {}

  /** Appends one update; resolves when it is committed. Never rejects. */
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
    if (!this.writing) this.startWriting();
    return committed;
  }

  /** Resolves when every update of this document appended so far is committed. */
  flushed(documentName: string): Promise<void> {
    return this.pendingPerDocument.get(documentName) ?? Promise.resolve();
  }

  /** Resolves when everything appended so far is committed. */
  drained(): Promise<void> {
    return this.writing ? this.idle : Promise.resolve();
  }

  snapshotStats(): UpdateLogStats {
    return { ...this.stats };
  }

  /** Stops accepting updates and waits for the queue to be written. */
  async close(): Promise<void> {
    this.closed = true;
    await this.drained();
  }

  private startWriting(): void {
    this.writing = true;
    this.idle = new Promise((resolve) => (this.markIdle = resolve));
    void this.writeLoop();
  }

  private async writeLoop(): Promise<void> {
    const maxBatch = this.options.maxBatch ?? 2_000;
    const retry = this.options.retryMs ?? { initial: 50, max: 5_000 };
    let delay = retry.initial;
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, maxBatch);
      try {
        await this.insert(batch);
      } catch (error) {
        this.stats.failures += 1;
        this.log.error({ err: error, updates: batch.length, retryInMs: delay }, "collab: writing updates failed; retrying");
        const owners = new Set(batch.map((entry) => entry.owner).filter((owner) => owner !== undefined));
        for (const owner of owners) owner.writeFailed();
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, retry.max);
        continue;
      }
      delay = retry.initial;
      this.queue.splice(0, batch.length);
      this.stats.batches += 1;
      this.stats.rows += batch.length;
      this.stats.pending -= batch.length;
      for (const entry of batch) entry.resolve();
    }
    this.writing = false;
    this.markIdle();
  }

  private async insert(batch: Entry[]): Promise<void> {
    await this.pool.query(
      `INSERT INTO "CollabUpdate" ("documentName", "update", "userId")
       SELECT * FROM unnest($1::text[], $2::bytea[], $3::uuid[])`,
      [
        batch.map((entry) => entry.documentName),
        batch.map((entry) => Buffer.from(entry.update.buffer, entry.update.byteOffset, entry.update.byteLength)),
        batch.map((entry) => entry.userId),
      ],
    );
  }
}
