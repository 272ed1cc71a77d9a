import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { programmeDocumentName } from "@koers/editor";
import type { Db } from "../../../../server/db.server.js";
import { connectClient, eventually, sessionCookieFor, startCollabServer, storedDoc, type CollabTestServer, type TestClient } from "../../../support/collab.js";
import { freshDatabase } from "../../../support/database.js";
import { createMember, createMunicipality, createProgramme } from "../../../support/factories.js";
import { startRedis } from "../../../support/redis.js";

/*
 * Two collaboration servers on one PostgreSQL, relaying through a real Redis, as two Koers
 * processes behind a load balancer would: writers on either see each other live, and every
 * acknowledged edit is stored once the ack arrives, whichever server received it.
 */
let db: Db;
let redis: Awaited<ReturnType<typeof startRedis>>;
let servers: CollabTestServer[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  const database = await freshDatabase();
  db = database.db;
  redis = await startRedis();
  servers = [
    await startCollabServer(db, database.url, {}, { redisUrl: redis.url }),
    await startCollabServer(db, database.url, {}, { redisUrl: redis.url }),
  ];
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  for (const server of servers) await server.close();
  await redis.stop();
});

describe("several server processes with Redis", () => {
  it("relays edits between servers and stores every acknowledged edit", async () => {
    const municipality = await createMunicipality(db);
    const { programme } = await createProgramme(db, municipality.id);
    const connect = async (server: CollabTestServer) => {
      const { user } = await createMember(db, municipality.id, "council");
      const client = connectClient({ server, cookie: await sessionCookieFor(db, user.id), programmeId: programme.id });
      clients.push(client);
      await client.synced();
      return client;
    };
    const a = await connect(servers[0]!);
    const b = await connect(servers[1]!);
    for (let i = 0; i < 15; i++) {
      a.type(`[a${i}]`);
      b.type(`[b${i}]`);
      await Promise.all([a.acknowledged(), b.acknowledged()]);
    }
    await eventually(() => expect(a.text()).toBe(b.text()), 10_000);
    for (let i = 0; i < 15; i++) {
      expect(a.text().split(`[a${i}]`)).toHaveLength(2);
      expect(a.text().split(`[b${i}]`)).toHaveLength(2);
    }
    // What both were told is saved is in the database, whichever server took it.
    const stored = await storedDoc(servers[0]!.collab, programme.id);
    // Every change each writer was told is saved (the server's own edits are stored on their own).
    for (const writer of [a, b]) expect(Y.getState(stored.store, writer.doc.clientID)).toBe(Y.getState(writer.doc.store, writer.doc.clientID));
    expect(await db.collabUpdate.count({ where: { documentName: programmeDocumentName(programme.id) } })).toBeGreaterThanOrEqual(30);
  });
});
