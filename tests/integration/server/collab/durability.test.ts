import { MessageType } from "@hocuspocus/server";
import { programmeDocumentName, TEXT_FIELD } from "@koers/editor";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { DocumentLoadError } from "../../../../server/collab/document-store.js";
import type { Db } from "../../../../server/db.server.js";
import { connectClient, eventually, sessionCookieFor, startCollabServer, storedDoc, type CollabTestServer, type TestClient, introText } from "../../../support/collab.js";
import { freshDatabase } from "../../../support/database.js";
import { createMember, createMunicipality, createProgramme } from "../../../support/factories.js";

/*
 * Requirement 5 of issue 4: what the server stores, and when it refuses. PostgreSQL refusing
 * writes, a corrupt stored snapshot, compaction racing with writers, unloading idle
 * documents, and the message and document size limits — each against a real server, real
 * providers and a real database.
 */
const MAX_MESSAGE_BYTES = 32 * 1024;
const MAX_DOCUMENT_BYTES = 64 * 1024;
const SYNC_STATUS = MessageType.SyncStatus;

let db: Db;
let databaseUrl: string;
let server: CollabTestServer;
let municipalityId: string;
const clients: TestClient[] = [];
const sockets: WebSocket[] = [];

beforeAll(async () => {
  const database = await freshDatabase();
  db = database.db;
  databaseUrl = database.url;
  server = await startCollabServer(db, database.url, {
    maxMessageBytes: MAX_MESSAGE_BYTES,
    maxDocumentBytes: MAX_DOCUMENT_BYTES,
    compactAfterBytes: 2 * 1024,
  });
  municipalityId = (await createMunicipality(db)).id;
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  for (const ws of sockets) ws.terminate();
  await db.$executeRawUnsafe(`ALTER TABLE "CollabUpdate" DROP CONSTRAINT IF EXISTS koers_test_reject`);
  await server.close();
});

describe("collaboration storage", () => {
  it("(a) when PostgreSQL refuses writes: closes the writer with 4500, withholds its ack, keeps serving, and stores the change once it can", async () => {
    const programmeId = await newProgramme();
    const name = programmeDocumentName(programmeId);
    const writer = await clientAs("council", programmeId);
    await writer.synced();
    writer.type("bewaard;");
    await writer.acknowledged();
    const reader = await clientAs("viewer", programmeId);
    await reader.synced();
    const readerClosed = closeCounter(reader);
    const elsewhereId = await newProgramme();
    const before = await clientAs("council", elsewhereId);
    await before.synced();
    before.type("elders;");
    await before.acknowledged();
    before.destroy();
    // The server's own edits of both texts (chapters, blocks for actions) are stored first: a
    // document with writes still waiting would (rightly) not load while PostgreSQL refuses them.
    await server.collab.projectionsIdle();
    await server.collab.updateLog.drained();

    await db.$executeRawUnsafe(`ALTER TABLE "CollabUpdate" ADD CONSTRAINT koers_test_reject CHECK (false) NOT VALID`);
    try {
      const closed = nextClose(writer);
      writer.type("na-herstel;");
      expect(await closed).toEqual({ code: 4500, reason: "storage-unavailable" });
      expect(writer.provider.unsyncedChanges).toBeGreaterThan(0);
      expect(textOf(await storedDoc(server.collab, programmeId))).toBe("bewaard;");

      // An ack waits for its write whatever the length of the address (a session-aware
      // client's "<document>\0<session>" can need two length bytes).
      const raw = await openRaw(await cookieOf("council"), `${name}\0${"s".repeat(120)}`);
      raw.ws.send(syncUpdate(raw.address, appendUpdate(writer.doc, "lang-adres;")));
      expect(await raw.closed).toBe(4500);
      expect(raw.received).not.toContain(SYNC_STATUS);

      // Everyone else is still served: the reader stays, another document loads and syncs.
      const elsewhere = await clientAs("viewer", elsewhereId);
      await elsewhere.synced();
      expect(elsewhere.text()).toBe("elders;");
      expect(readerClosed()).toBe(0);
      expect(writer.provider.unsyncedChanges).toBeGreaterThan(0);
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "CollabUpdate" DROP CONSTRAINT koers_test_reject`);
    }

    // The writer's provider has reconnected by itself; its ack comes once the write is in.
    await writer.acknowledged();
    expect(server.collab.updateLog.snapshotStats().failures).toBeGreaterThan(0);
    const stored = await storedDoc(server.collab, programmeId);
    expect(textOf(stored)).toContain("bewaard;na-herstel;");
    expect(textOf(stored)).toContain("lang-adres;");
    await eventually(() => expect(writer.text()).toBe(textOf(stored)));
    expect(Y.getState(stored.store, writer.doc.clientID)).toBe(Y.getState(writer.doc.store, writer.doc.clientID));
    expect(reader.text()).toBe(writer.text());
  });

  it("(b) refuses a document whose snapshot is corrupt with load-failed, never serves it empty, and leaves the stored rows untouched", async () => {
    const programmeId = await newProgramme();
    const name = programmeDocumentName(programmeId);
    const garbage = Buffer.from("dit is geen Yjs-toestand", "utf8");
    expect(() => Y.applyUpdate(new Y.Doc(), garbage)).toThrow();
    const valid = new Y.Doc();
    valid.getXmlFragment(TEXT_FIELD).insert(0, [new Y.XmlElement("paragraph")]);
    await db.collabSnapshot.create({ data: { documentName: name, state: garbage } });
    await db.collabUpdate.create({ data: { documentName: name, update: Buffer.from(Y.encodeStateAsUpdate(valid)) } });
    const rowsBefore = await rowsOf(name);

    for (let attempt = 0; attempt < 2; attempt++) {
      const client = await clientAs("council", programmeId);
      expect(await client.authFailure()).toBe("load-failed");
      // Whatever the provider does now is never applied or stored.
      client.type("mag-niet-opgeslagen;");
      expect(client.provider.isSynced).toBe(false);
      expect(server.collab.openDocuments().has(name)).toBe(false);
      client.destroy();
    }
    await expect(server.collab.store.compact(name)).rejects.toBeInstanceOf(DocumentLoadError);
    await expect(server.collab.store.compact(name)).rejects.toBeInstanceOf(DocumentLoadError);
    await server.collab.updateLog.drained();
    expect(await rowsOf(name)).toEqual(rowsBefore);
  });

  it("(c) folds the log into the snapshot, also while writers type, and loses nothing", async () => {
    const programmeId = await newProgramme();
    const name = programmeDocumentName(programmeId);
    const writers = [await clientAs("council", programmeId), await clientAs("civil_servant", programmeId)];
    await Promise.all(writers.map((writer) => writer.synced()));
    writers[0]!.type("begin;");
    await writers[0]!.acknowledged();
    const batchesBefore = server.collab.updateLog.snapshotStats().batches;

    let typing = true;
    const typed: string[] = [];
    const typists = writers.map(async (writer, index) => {
      for (let n = 0; n < 150; n++) {
        const token = `w${index}-${n};`;
        writer.type(token);
        typed.push(token);
        await writer.acknowledged();
      }
    });
    // Compaction straight from the store, over and over, while the writers append.
    const compactions: number[] = [];
    const compacting = (async () => {
      while (typing) compactions.push((await server.collab.store.compact(name)).folded);
    })();
    await Promise.all(typists);
    typing = false;
    await compacting;

    const rowsLeft = await db.collabUpdate.count({ where: { documentName: name } });
    const folding = compactions.filter((folded) => folded > 0);
    console.log(`compaction: ${typed.length} tokens typed by 2 writers; ${folding.length} direct compactions folded ${folding.reduce((a, b) => a + b, 0)} rows meanwhile; ${rowsLeft} rows left in the log`);
    expect(folding.length).toBeGreaterThan(3);
    expect(await db.collabSnapshot.findUnique({ where: { documentName: name } })).not.toBeNull();
    expect(rowsLeft).toBeLessThan(typed.length / 2);
    // Every batch since then reports how long it took to commit (what its acks waited for).
    const batches = server.collab.updateLog.snapshotStats().batches - batchesBefore;
    const commitTimes = server.collab.updateLog.commitTimes(batchesBefore);
    expect(batches).toBeGreaterThan(0);
    expect(commitTimes).toHaveLength(batches);
    for (const ms of commitTimes) expect(ms).toBeGreaterThan(0);
    await eventually(() => expect(writers[1]!.text()).toBe(writers[0]!.text()));
    const text = writers[0]!.text();
    for (const token of typed) expect(text.split(token)).toHaveLength(2);
    expect(textOf(await storedDoc(server.collab, programmeId))).toBe(text);

    // Reloaded from the database after everyone left: the same content.
    for (const writer of writers) writer.destroy();
    await eventually(() => expect(server.collab.openDocuments().has(name)).toBe(false));
    const reloaded = await clientAs("viewer", programmeId);
    await reloaded.synced();
    expect(reloaded.text()).toBe(text);
  });

  it("(d) unloads an idle document once its log is written, and loads it again from the database", async () => {
    const programmeId = await newProgramme();
    const name = programmeDocumentName(programmeId);
    const writer = await clientAs("council", programmeId);
    await writer.synced();
    writer.type("eerste;");
    await writer.acknowledged();
    expect(server.collab.openDocuments().get(name)).toBe(1);
    // Leave without waiting for the ack, while PostgreSQL holds the write back: the document
    // stays loaded until its write is in.
    const locker = new pg.Client({ connectionString: databaseUrl });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query(`LOCK TABLE "CollabUpdate" IN EXCLUSIVE MODE`);
      writer.type("laatste;");
      writer.destroy();
      await eventually(async () => {
        expect(server.collab.openDocuments().get(name)).toBe(0);
        // (At least ours: the table lock also holds back other documents' writes, such as the
        // server's own edits to the previous test's text.)
        expect(await blockedInserts()).toBeGreaterThanOrEqual(1);
      });
      // Nothing to await here: this is the moment an unload that did not wait would happen.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(server.collab.openDocuments().has(name)).toBe(true);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    await eventually(() => expect(server.collab.openDocuments().has(name)).toBe(false));
    expect(textOf(await storedDoc(server.collab, programmeId))).toBe("eerste;laatste;");
    // The unloaded document's log is folded into its snapshot.
    await eventually(async () => expect(await db.collabUpdate.count({ where: { documentName: name } })).toBe(0));
    expect(await db.collabSnapshot.findUnique({ where: { documentName: name } })).not.toBeNull();

    const again = await clientAs("viewer", programmeId);
    await again.synced();
    expect(again.text()).toBe("eerste;laatste;");
    expect(server.collab.openDocuments().get(name)).toBe(1);
  });

  it("(e) closes a message beyond maxMessageBytes with 1009 and an update beyond maxDocumentBytes with 4413, stores neither, and keeps serving", async () => {
    const programmeId = await newProgramme();
    const name = programmeDocumentName(programmeId);
    const writer = await clientAs("council", programmeId);
    await writer.synced();
    const chunk = (letter: string) => letter.repeat(25 * 1024);
    writer.type(chunk("A"));
    await writer.acknowledged();
    writer.type(chunk("B"));
    await writer.acknowledged();

    const raw = await openRaw(await cookieOf("council"), name);
    raw.ws.send(syncUpdate(name, appendUpdate(writer.doc, chunk("X").repeat(2))));
    expect(await raw.closed).toBe(1009);

    const closed = nextClose(writer);
    writer.type(chunk("C"));
    expect(await closed).toEqual({ code: 4413, reason: "document-too-large" });
    writer.destroy();

    const reader = await clientAs("viewer", programmeId);
    await reader.synced();
    expect(reader.text()).toBe(chunk("A") + chunk("B"));
    await server.collab.updateLog.drained();
    expect(textOf(await storedDoc(server.collab, programmeId))).toBe(chunk("A") + chunk("B"));
  });
});

async function newProgramme(): Promise<string> {
  return (await createProgramme(db, municipalityId)).programme.id;
}

async function cookieOf(role: "admin" | "council" | "civil_servant" | "partner" | "viewer"): Promise<string> {
  const { user } = await createMember(db, municipalityId, role);
  return sessionCookieFor(db, user.id);
}

async function clientAs(role: "admin" | "council" | "civil_servant" | "partner" | "viewer", programmeId: string): Promise<TestClient> {
  const client = connectClient({ server, cookie: await cookieOf(role), programmeId });
  clients.push(client);
  return client;
}

/** The next close of this client's socket (the provider reconnects by itself afterwards). */
function nextClose(client: TestClient): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    const onClose = ({ event }: { event: { code: number; reason: string } }) => {
      client.socket.off("close", onClose);
      resolve({ code: event.code, reason: event.reason });
    };
    client.socket.on("close", onClose);
  });
}

/** Counts this client's socket closes from now on. */
function closeCounter(client: TestClient): () => number {
  let count = 0;
  client.socket.on("close", () => (count += 1));
  return () => count;
}

const textOf = introText;

/** The update that appends `text` to the first paragraph of a copy of `doc`. */
function appendUpdate(doc: Y.Doc, text: string): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const content = (copy.getXmlFragment(TEXT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
  const before = Y.encodeStateVector(copy);
  content.insert(content.length, text);
  return Y.encodeStateAsUpdate(copy, before);
}

function syncUpdate(address: string, update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, address);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** A raw WebSocket, authenticated for `address`, recording the message types it receives. */
async function openRaw(cookie: string, address: string): Promise<{ ws: WebSocket; address: string; closed: Promise<number>; received: number[] }> {
  const ws = new WebSocket(server.wsUrl, { headers: { cookie, origin: server.origin } });
  sockets.push(ws);
  const received: number[] = [];
  const closed = new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
  const authenticated = new Promise<void>((resolve) => {
    ws.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      received.push(type);
      if (type === 2 && decoding.readVarUint(decoder) === 2) resolve();
    });
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const e = encoding.createEncoder();
  encoding.writeVarString(e, address);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, "cookie");
  encoding.writeVarString(e, "4.8.0");
  ws.send(encoding.toUint8Array(e));
  await authenticated;
  return { ws, address, closed, received };
}

/** Inserts into the update log waiting for a lock (PostgreSQL's own view of its sessions). */
async function blockedInserts(): Promise<number> {
  const rows = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid()
      AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO "CollabUpdate"%'`;
  return Number(rows[0]?.count ?? 0);
}

async function rowsOf(documentName: string) {
  const snapshot = await db.collabSnapshot.findUnique({ where: { documentName } });
  const updates = await db.collabUpdate.findMany({ where: { documentName }, orderBy: { id: "asc" } });
  return {
    snapshot: snapshot && { state: Buffer.from(snapshot.state).toString("hex"), updatedAt: snapshot.updatedAt.toISOString() },
    updates: updates.map((row) => ({ id: String(row.id), update: Buffer.from(row.update).toString("hex"), createdAt: row.createdAt.toISOString() })),
  };
}
