import { readFileSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Duplex } from "node:stream";
import { pathToFileURL } from "node:url";
import { programmeDocumentName } from "@koers/editor";
import pg from "pg";
import { pino } from "pino";
import * as Y from "yjs";
import * as collabServer from "../../../server/collab/collab-server.js";
import { PROJECT_ROOT } from "../../../server/config.js";
import { createDb } from "../../../server/db.server.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../../server/db/embedded-postgres.js";
import { applyMigrations } from "../../../server/db/migrations.js";
import { sessionCookieFor } from "../../support/collab.js";
import { createMember, createMunicipality, createProgramme, testConfig } from "../../support/factories.js";
import type { LoadTimes, MemoryPerDocument, Prepared, Settled } from "./protocol.js";
import { heapBytes, processTreeCpuMs, untilUnloaded, type BenchServer } from "./server-common.js";

// One data directory per server process: two benchmark runs at once must not share (and
// delete) each other's PostgreSQL.
const DATA_DIR = path.join(PROJECT_ROOT, `tests/.tmp/bench-collab-pg-${process.pid}`);
const DATABASE = "koers_bench_collab";
const PROJECTION_SETTLE_MS = 2_000;

/**
 * Koers as it runs in production: createCollabServer on an http.Server's upgrade event, on a
 * migrated PostgreSQL (embedded in tests/.tmp unless a URL is given), with one municipality
 * whose council members (created as needed, each with a session) edit fresh programmes.
 */
export async function startKoers(databaseUrl: string | undefined, candidateModule?: string): Promise<BenchServer> {
  // A candidate change to server/collab can be measured from a patched copy (--koers-module).
  const { COLLAB_PATH, createCollabServer }: typeof collabServer = candidateModule
    ? await import(pathToFileURL(path.resolve(candidateModule)).href)
    : collabServer;
  let embedded: EmbeddedDatabase | undefined;
  if (!databaseUrl) {
    rmSync(DATA_DIR, { recursive: true, force: true });
    embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR });
    await embedded.createDatabase(DATABASE);
    databaseUrl = embedded.url(DATABASE);
  }
  const url = databaseUrl;
  await applyMigrations({ databaseUrl: url });
  const db = createDb(url);
  // Warnings and errors only, to stderr: a bench client that trips the frame guard shows up.
  const log = pino({ level: "warn" }, pino.destination(2));
  const collab = createCollabServer({ db, databaseUrl: url, log, sessionTtlMs: testConfig.sessionTtlMs });
  const server = http.createServer((_request, response) => response.writeHead(404).end());
  server.on("upgrade", (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (request.url?.startsWith(COLLAB_PATH)) collab.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const municipalityId = (await createMunicipality(db, "Gemeente Bench")).id;
  const cookies: string[] = [];
  const { hocuspocus, store } = collab;
  const postmasterPid = embedded ? Number.parseInt(readFileSync(path.join(DATA_DIR, "postmaster.pid"), "utf8").split("\n")[0]!, 10) : undefined;

  async function settle(documentName: string): Promise<Settled> {
    await untilUnloaded(hocuspocus, documentName);
    await collab.updateLog.drained();
    // Waits (advisory lock) for the compaction the unload started, then folds whatever is left,
    // so no compaction runs on while the next measurement does.
    const compacted = await store.compact(documentName);
    return { snapshotBytes: compacted.snapshotBytes, logRows: compacted.folded };
  }

  async function loadStored(documentName: string): Promise<Y.Doc> {
    const doc = new Y.Doc();
    await store.loadInto(documentName, doc);
    return doc;
  }

  return {
    port: (server.address() as AddressInfo).port,

    async prepare(editors): Promise<Prepared> {
      while (cookies.length < editors) {
        const batch = Math.min(10, editors - cookies.length);
        const created = await Promise.all(
          Array.from({ length: batch }, async () => sessionCookieFor(db, (await createMember(db, municipalityId, "council")).user.id)),
        );
        cookies.push(...created);
      }
      const { programme } = await createProgramme(db, municipalityId);
      return { documentName: programmeDocumentName(programme.id), cookies: cookies.slice(0, editors) };
    },

    settle,

    async loadTimes(documentName, repetitions): Promise<LoadTimes> {
      if (hocuspocus.documents.has(documentName)) throw new Error(`${documentName} is still open`);
      const first = await loadStored(documentName);
      const encodedBytes = Y.encodeStateAsUpdate(first).byteLength;
      first.destroy();
      (await loadStored(documentName)).destroy(); // second warm-up: JIT and connection pool
      const samplesMs: number[] = [];
      let snapshotBytes = 0;
      for (let i = 0; i < repetitions; i++) {
        const doc = new Y.Doc();
        const started = performance.now();
        const loaded = await store.loadInto(documentName, doc);
        samplesMs.push(performance.now() - started);
        snapshotBytes = loaded.snapshotBytes;
        doc.destroy();
      }
      return { samplesMs, encodedBytes, snapshotBytes };
    },

    async state(documentName): Promise<Uint8Array> {
      const doc = await loadStored(documentName);
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      return state;
    },

    async memory(copies, state): Promise<MemoryPerDocument> {
      // Programmes of their own holding the text, opened the way a connection opens them:
      // Hocuspocus' createDocument with Koers' onLoadDocument (log flush, snapshot + log, and
      // the projection onto actions that every load schedules).
      const names: string[] = [];
      for (let i = 0; i < copies; i++) {
        const name = programmeDocumentName((await createProgramme(db, municipalityId)).programme.id);
        await store.initialise(name, state);
        names.push(name);
      }
      const before = heapBytes();
      const connections = [];
      for (const name of names) connections.push(await hocuspocus.openDirectConnection(name, {}));
      // The projections run 150 ms after a load; what they leave behind is part of an open programme.
      await new Promise((resolve) => setTimeout(resolve, PROJECTION_SETTLE_MS));
      await collab.updateLog.drained();
      const after = heapBytes();
      const encodedBytes = Y.encodeStateAsUpdate(hocuspocus.documents.get(names[0]!)!).byteLength;
      for (const connection of connections) await connection.disconnect();
      for (const name of names) await settle(name);
      return { copies, bytesPerDocument: (after - before) / copies, encodedBytes };
    },

    counters() {
      const log = collab.updateLog.snapshotStats();
      return { databaseCpuMs: postmasterPid ? processTreeCpuMs(postmasterPid) : undefined, logBatches: log.batches, logRows: log.rows };
    },

    commitTimes(sinceBatches) {
      return collab.updateLog.commitTimes(sinceBatches);
    },

    async commitProbe(count): Promise<number[]> {
      const probe = new pg.Client({ connectionString: url });
      await probe.connect();
      try {
        await probe.query(`CREATE TABLE IF NOT EXISTS bench_commit_probe (id serial PRIMARY KEY, payload bytea)`);
        const samples: number[] = [];
        for (let i = 0; i < count; i++) {
          const started = performance.now();
          await probe.query(`INSERT INTO bench_commit_probe (payload) VALUES ($1)`, [Buffer.alloc(32)]);
          samples.push(performance.now() - started);
        }
        await probe.query(`DROP TABLE bench_commit_probe`);
        return samples;
      } finally {
        await probe.end();
      }
    },

    async stop() {
      server.closeAllConnections();
      await collab.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.$disconnect();
      if (embedded) {
        await embedded.stop();
        rmSync(DATA_DIR, { recursive: true, force: true });
      }
    },
  };
}
