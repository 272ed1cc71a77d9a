import { programmeDocumentName } from "@koers/editor";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { logUpdates } from "../../../../server/collab/document-store.js";
import type { Db } from "../../../../server/db.server.js";
import {
  connectClient,
  eventually,
  sessionCookieFor,
  startCollabServer,
  storedDoc,
  type CollabTestServer,
  type TestClient,
} from "../../../support/collab.js";
import { freshDatabase } from "../../../support/database.js";
import { createMember, createMunicipality, createProgramme, createUser } from "../../../support/factories.js";

let db: Db;
let server: CollabTestServer;
let programmeId: string;
let municipalityId: string;
const clients: TestClient[] = [];

beforeAll(async () => {
  const database = await freshDatabase();
  db = database.db;
  server = await startCollabServer(db, database.url, { accessRecheckMs: 200 });
  municipalityId = (await createMunicipality(db)).id;
  programmeId = (await createProgramme(db, municipalityId)).programme.id;
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

async function clientAs(role: "admin" | "council" | "civil_servant" | "partner" | "viewer", target = programmeId) {
  const { user, membership } = await createMember(db, municipalityId, role);
  const client = connectClient({ server, cookie: await sessionCookieFor(db, user.id), programmeId: target });
  clients.push(client);
  return { client, user, membership };
}

describe("collaboration server", () => {
  it("lets two writers converge on concurrent edits, and stores both", async () => {
    const { client: a } = await clientAs("council");
    const { client: b } = await clientAs("civil_servant");
    await Promise.all([a.synced(), b.synced()]);
    for (let i = 0; i < 20; i++) {
      a.type(`a${i} `);
      b.type(`b${i} `);
    }
    await Promise.all([a.acknowledged(), b.acknowledged()]);
    await eventually(() => expect(a.text()).toBe(b.text()));
    for (let i = 0; i < 20; i++) {
      expect(a.text()).toContain(`a${i} `);
      expect(a.text()).toContain(`b${i} `);
    }
    const stored = await storedDoc(server.collab, programmeId);
    // Every change each writer was told is saved (the server's own edits are stored on their own).
    for (const writer of [a, b]) expect(Y.getState(stored.store, writer.doc.clientID)).toBe(Y.getState(writer.doc.store, writer.doc.clientID));
  });

  it("has every acknowledged update in the database at the moment of the acknowledgement", async () => {
    const { client } = await clientAs("council");
    await client.synced();
    for (let i = 0; i < 30; i++) {
      const token = `durable-${i}`;
      client.type(token);
      await client.acknowledged();
      // No waiting after the ack: the log must already hold it.
      const rows = await db.collabUpdate.findMany({ where: { documentName: programmeDocumentName(programmeId) }, select: { update: true, updateCount: true } });
      const merged = new Y.Doc();
      const snapshot = await db.collabSnapshot.findUnique({ where: { documentName: programmeDocumentName(programmeId) } });
      if (snapshot) Y.applyUpdate(merged, snapshot.state);
      for (const update of logUpdates(programmeDocumentName(programmeId), rows)) Y.applyUpdate(merged, update);
      // Everything this client was told is saved: its own changes (the server's own edits,
      // such as chapters, reach clients as they are made and are stored on their own).
      expect(Y.getState(merged.store, client.doc.clientID)).toBe(Y.getState(client.doc.store, client.doc.clientID));
    }
  });

  it("gives partners and viewers a read-only connection: a raw update they send is never applied or stored", async () => {
    for (const role of ["partner", "viewer"] as const) {
      const { client } = await clientAs(role);
      expect(await client.scope()).toBe("readonly");
      await client.synced();
      // The server's own edits (chapters, blocks for actions) have settled.
      await settled();
      const before = await storedDoc(server.collab, programmeId);
      // Forge an update with a fresh Yjs client, and send it as the raw protocol message.
      const forged = new Y.Doc();
      Y.applyUpdate(forged, Y.encodeStateAsUpdate(client.doc));
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(`forged by ${role}`)]);
      forged.getXmlFragment("default").insert(0, [paragraph]);
      const update = Y.encodeStateAsUpdate(forged, Y.encodeStateVector(client.doc));
      await sendRaw(client, update);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { client: reader } = await clientAs("council");
      await reader.synced();
      expect(reader.text()).not.toContain("forged");
      await settled();
      const after = await storedDoc(server.collab, programmeId);
      expect(Y.encodeStateVector(after)).toEqual(Y.encodeStateVector(before));
    }
  });

  it("shows presence under the signed-in name, whatever name a client claims", async () => {
    const { client: honest } = await clientAs("council");
    const { client: spoofer, user } = await clientAs("partner");
    await Promise.all([honest.synced(), spoofer.synced()]);
    spoofer.provider.setAwarenessField("user", { name: "De Burgemeester", color: "#8a2be2" });
    await eventually(() => {
      const seen = honest.provider.awareness!.getStates().get(spoofer.doc.clientID) as { user?: { name: string; id: string; color: string } } | undefined;
      expect(seen?.user).toEqual({ name: user.name, id: user.id, color: "#8a2be2" });
    });
  });

  it("refuses non-members, unknown documents and other municipalities' programmes", async () => {
    const outsider = await createUser(db);
    const a = connectClient({ server, cookie: await sessionCookieFor(db, outsider.id), programmeId });
    clients.push(a);
    expect(await a.authFailure()).toBe("not-found");

    const other = await createMunicipality(db);
    const otherProgramme = await createProgramme(db, other.id);
    const { client: b } = await clientAs("admin", otherProgramme.programme.id);
    expect(await b.authFailure()).toBe("not-found");

    const { user } = await createMember(db, municipalityId, "council");
    const c = connectClient({ server, cookie: await sessionCookieFor(db, user.id), programmeId: "00000000-0000-4000-8000-000000000000" });
    clients.push(c);
    expect(await c.authFailure()).toBe("not-found");
  });

  it("refuses a WebSocket without a session or from another origin, before it opens", async () => {
    const { user } = await createMember(db, municipalityId, "council");
    const cookie = await sessionCookieFor(db, user.id);
    expect(await handshakeStatus({ origin: server.origin })).toBe(401);
    expect(await handshakeStatus({ origin: "https://evil.example", cookie })).toBe(403);
    expect(await handshakeStatus({ cookie })).toBe(403);
    expect(await handshakeStatus({ origin: server.origin, cookie })).toBe(101);
  });

  it("disconnects a member whose role changes and re-authorises them on reconnect", async () => {
    const { client, membership } = await clientAs("council");
    expect(await client.scope()).toBe("read-write");
    await client.synced();
    const closed = client.closeEvent();
    await db.membership.update({ where: { id: membership.id }, data: { role: "viewer" } });
    expect(await closed).toMatchObject({ code: 4401, reason: "access-changed" });
    // The provider reconnects by itself and is now read-only.
    await eventually(() => expect(client.provider.authorizedScope).toBe("readonly"));
  });

  it("disconnects a removed member and a signed-out session, and does not let them back in", async () => {
    const { client, membership } = await clientAs("civil_servant");
    await client.synced();
    const closed = client.closeEvent();
    await db.membership.delete({ where: { id: membership.id } });
    expect(await closed).toMatchObject({ code: 4403, reason: "access-revoked" });
    expect(await client.authFailure()).toBe("not-found");

    const { client: second, user } = await clientAs("council");
    await second.synced();
    const secondClosed = second.closeEvent();
    await db.session.deleteMany({ where: { userId: user.id } });
    expect(await secondClosed).toMatchObject({ code: 4403 });
  });
});

async function settled(): Promise<void> {
  await server.collab.projectionsIdle();
  await server.collab.updateLog.drained();
}

/** Sends a Yjs update as the sync "update" message on the client's own socket. */
async function sendRaw(client: TestClient, update: Uint8Array): Promise<void> {
  const { createEncoder, writeVarString, writeVarUint, writeVarUint8Array, toUint8Array } = await import("lib0/encoding");
  const encoder = createEncoder();
  writeVarString(encoder, client.provider.configuration.name);
  writeVarUint(encoder, 0);
  writeVarUint(encoder, 2);
  writeVarUint8Array(encoder, update);
  client.socket.send(toUint8Array(encoder));
}

function handshakeStatus(headers: { origin?: string; cookie?: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(server.wsUrl, { headers: { ...(headers.origin ? { origin: headers.origin } : {}), ...(headers.cookie ? { cookie: headers.cookie } : {}) } });
    ws.on("unexpected-response", (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.on("open", () => {
      resolve(101);
      ws.close();
    });
    ws.on("error", (error) => {
      if (!String(error.message).includes("Unexpected server response")) reject(error);
    });
  });
}
