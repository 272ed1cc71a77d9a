import type pg from "pg";
import * as Y from "yjs";
import { concatLogRows, updatesOfRow } from "./log-rows.js";
import { createStateMerger, type StateMerger } from "./merge-worker.js";

export type LoadedDocument = { snapshotBytes: number; logRows: number; logBytes: number };
export type CompactionResult = { folded: number; foldedBytes: number; snapshotBytes: number };

/** Thrown when stored data cannot be read back: the document must not be served at all. */
export class DocumentLoadError extends Error {
  constructor(documentName: string, cause: unknown) {
    super(`stored state of ${documentName} cannot be loaded`, { cause });
    this.name = "DocumentLoadError";
  }
}

/**
 * Reads and compacts the stored state of collaboration documents. The truth is the snapshot
 * plus every update still in the log; Yjs updates commute and are idempotent, so rows are
 * applied in any order and a row applied twice does no harm.
 */
export class DocumentStore {
  constructor(
    private readonly pool: pg.Pool,
    /** Where compaction applies and re-encodes (a worker thread; see merge-worker.ts). */
    private readonly merger: StateMerger = createStateMerger(),
  ) {}

  close(): Promise<void> {
    return this.merger.close();
  }

  /** Applies the stored state to `doc` in one transaction. Throws DocumentLoadError on bad data. */
  async loadInto(documentName: string, doc: Y.Doc, origin?: unknown): Promise<LoadedDocument> {
    const client = await this.pool.connect();
    let snapshot: Buffer | null;
    let rows: { update: Buffer; updateCount: number }[];
    try {
      // One snapshot-consistent read of both tables.
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const snap = await client.query<{ state: Buffer }>(`SELECT "state" FROM "CollabSnapshot" WHERE "documentName" = $1`, [documentName]);
      const log = await client.query<{ update: Buffer; updateCount: number }>(
        `SELECT "update", "updateCount" FROM "CollabUpdate" WHERE "documentName" = $1 ORDER BY "id"`,
        [documentName],
      );
      await client.query("COMMIT");
      snapshot = snap.rows[0]?.state ?? null;
      rows = log.rows;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    applyStoredState(documentName, doc, snapshot, logUpdates(documentName, rows), origin);
    return {
      snapshotBytes: snapshot?.byteLength ?? 0,
      logRows: rows.length,
      logBytes: rows.reduce((sum, row) => sum + row.update.byteLength, 0),
    };
  }

  /**
   * Folds the log into the snapshot: applies snapshot + rows to a fresh document, encodes it
   * anew (on a worker thread) and, in the same transaction, replaces the snapshot and deletes exactly the rows it
   * folded (rows committed meanwhile stay for the next run). Concurrent compactions of one
   * document queue on an advisory lock.
   */
  async compact(documentName: string): Promise<CompactionResult> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock(hashtext('koers.collab.compact'), hashtext($1))", [documentName]);
      const snap = await client.query<{ state: Buffer }>(`SELECT "state" FROM "CollabSnapshot" WHERE "documentName" = $1`, [documentName]);
      const log = await client.query<{ id: string; update: Buffer; updateCount: number }>(
        `SELECT "id", "update", "updateCount" FROM "CollabUpdate" WHERE "documentName" = $1 ORDER BY "id"`,
        [documentName],
      );
      const previous = snap.rows[0]?.state ?? null;
      if (log.rows.length === 0) {
        await client.query("COMMIT");
        return { folded: 0, foldedBytes: 0, snapshotBytes: previous?.byteLength ?? 0 };
      }
      let state: Uint8Array;
      try {
        state = await this.merger.merge(previous, concatLogRows(log.rows));
      } catch (error) {
        throw new DocumentLoadError(documentName, error);
      }
      {
        await client.query(
          `INSERT INTO "CollabSnapshot" ("documentName", "state", "updatedAt") VALUES ($1, $2, now())
           ON CONFLICT ("documentName") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = now()`,
          [documentName, Buffer.from(state.buffer, state.byteOffset, state.byteLength)],
        );
        await client.query(`DELETE FROM "CollabUpdate" WHERE "id" = ANY($1::bigint[])`, [log.rows.map((row) => row.id)]);
        await client.query("COMMIT");
        return {
          folded: log.rows.length,
          foldedBytes: log.rows.reduce((sum, row) => sum + row.update.byteLength, 0),
          snapshotBytes: state.byteLength,
        };
      }
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** Stores a first state for a document that has none yet (demo text, imports). */
  async initialise(documentName: string, state: Uint8Array): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO "CollabSnapshot" ("documentName", "state") VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [documentName, Buffer.from(state.buffer, state.byteOffset, state.byteLength)],
    );
    return (result.rowCount ?? 0) > 0;
  }
}

/** Every update the log rows hold, in order; DocumentLoadError when a row is damaged. */
export function logUpdates(documentName: string, rows: readonly { update: Uint8Array; updateCount: number }[]): Uint8Array[] {
  try {
    return rows.flatMap((row) => updatesOfRow(row.update, row.updateCount));
  } catch (error) {
    throw new DocumentLoadError(documentName, error);
  }
}

/** Applies a snapshot and log rows to `doc` in one transaction; DocumentLoadError when they are bad. */
export function applyStoredState(documentName: string, doc: Y.Doc, snapshot: Uint8Array | null, updates: Uint8Array[], origin?: unknown): void {
  try {
    doc.transact(() => {
      if (snapshot) Y.applyUpdate(doc, snapshot);
      for (const update of updates) Y.applyUpdate(doc, update);
    }, origin);
  } catch (error) {
    throw new DocumentLoadError(documentName, error);
  }
}
