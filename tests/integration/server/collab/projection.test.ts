import { readActionBlocks, TEXT_FIELD } from "@koers/editor";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Db } from "../../../../server/db.server.js";
import { derivedActionId } from "../../../../server/collab/text-projector.js";
import { connectClient, eventually, sessionCookieFor, startCollabServer, storedDoc, type CollabTestServer, type TestClient } from "../../../support/collab.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme } from "../../../support/factories.js";

/*
 * The text IS the action register: a real server, two real providers editing the same
 * chapter, and the Action rows that follow from the text (never from what clients claim).
 */
let db: Db;
let server: CollabTestServer;
const clients: TestClient[] = [];
let world: Awaited<ReturnType<typeof createProgramme>> & { municipalityId: string };
let council: Awaited<ReturnType<typeof createMember>>;
let servant: Awaited<ReturnType<typeof createMember>>;
let a: TestClient;
let b: TestClient;

beforeAll(async () => {
  const database = await freshDatabase();
  db = database.db;
  server = await startCollabServer(db, database.url);
  const municipality = await createMunicipality(db);
  world = { ...(await createProgramme(db, municipality.id)), municipalityId: municipality.id };
  council = await createMember(db, municipality.id, "council");
  servant = await createMember(db, municipality.id, "civil_servant");
  a = connect(await sessionCookieFor(db, council.user.id));
  b = connect(await sessionCookieFor(db, servant.user.id));
  await Promise.all([a.synced(), b.synced()]);
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

function connect(cookie: string): TestClient {
  const client = connectClient({ server, cookie, programmeId: world.programme.id });
  clients.push(client);
  return client;
}

const veiligheid = () => world.domains[2]!;
const chapterOf = (doc: Y.Doc, domainId: string) =>
  doc.getXmlFragment(TEXT_FIELD).toArray().find((node) => node instanceof Y.XmlElement && node.nodeName === "chapter" && node.getAttribute("domainId") === domainId) as Y.XmlElement;

function block(actionId: string, title: string, description = ""): Y.XmlElement {
  const element = new Y.XmlElement("actionBlock");
  element.setAttribute("actionId", actionId);
  const paragraphs = [title, description].filter(Boolean).map((text) => {
    const p = new Y.XmlElement("paragraph");
    p.insert(0, [new Y.XmlText(text)]);
    return p;
  });
  element.insert(0, paragraphs);
  return element;
}

const row = (id: string) => db.action.findUnique({ where: { id } });

describe("projection of the text onto actions", () => {
  it("gives every domain a chapter, in order, and places the actions made outside the text", async () => {
    await eventually(() => {
      const chapters = a.doc.getXmlFragment(TEXT_FIELD).toArray().filter((n) => n instanceof Y.XmlElement && n.nodeName === "chapter") as Y.XmlElement[];
      expect(chapters.map((c) => c.getAttribute("title"))).toEqual(world.domains.map((d) => d.name));
      expect(readActionBlocks(a.doc).map((blk) => blk.actionId)).toEqual([world.action.id]);
    });
    await eventually(async () => expect((await row(world.action.id))?.textBlockKey).toBe(readActionBlocks(a.doc)[0]!.blockKey));
  });

  it("creates, edits, moves, orders, archives and restores actions as two writers edit one chapter", async () => {
    const first = "11111111-1111-4111-8111-111111111111";
    const second = "22222222-2222-4222-8222-222222222222";
    await eventually(() => expect(chapterOf(b.doc, veiligheid().id)).toBeDefined());
    // Both write a new action into the Veiligheid chapter at the same moment.
    chapterOf(a.doc, veiligheid().id).push([block(first, "Buurtpreventie-app voor alle wijken", "Samen met de politie.")]);
    chapterOf(b.doc, veiligheid().id).push([block(second, "Jongerenwerk op vrijdagavond")]);
    await eventually(async () => {
      const rows = await db.action.findMany({ where: { id: { in: [first, second] } }, orderBy: { order: "asc" } });
      expect(rows.map((r) => ({ title: r.title, domain: r.primaryDomainId, status: r.status, archived: r.archivedAt }))).toEqual(
        expect.arrayContaining([
          { title: "Buurtpreventie-app voor alle wijken", domain: veiligheid().id, status: "proposed", archived: null },
          { title: "Jongerenwerk op vrijdagavond", domain: veiligheid().id, status: "proposed", archived: null },
        ]),
      );
      expect(new Set(rows.map((r) => r.order))).toEqual(new Set([0, 1]));
    }, 3_000);
    expect((await row(first))!.description).toBe("Samen met de politie.");
    // Each creation is traced to the person whose block it is.
    for (const [id, user] of [[first, council.user.id], [second, servant.user.id]] as const) {
      const created = await db.auditEvent.findMany({ where: { entityId: id, action: "action.createFromText" } });
      expect(created.map((event) => event.actorId)).toEqual([user]);
    }

    // A text edit changes the title.
    await eventually(() => expect(readActionBlocks(b.doc).some((blk) => blk.actionId === first)).toBe(true));
    const inB = chapterOf(b.doc, veiligheid().id).toArray().find((n) => n instanceof Y.XmlElement && n.getAttribute("actionId") === first) as Y.XmlElement;
    ((inB.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, "Nieuw: ");
    await eventually(async () => expect((await row(first))!.title).toBe("Nieuw: Buurtpreventie-app voor alle wijken"));

    // Moving the block to Onderwijs moves the action; deleting it archives it; undo restores it.
    const undo = new Y.UndoManager(a.doc.getXmlFragment(TEXT_FIELD));
    a.doc.transact(() => {
      const chapter = chapterOf(a.doc, veiligheid().id);
      const index = chapter.toArray().findIndex((n) => n instanceof Y.XmlElement && n.getAttribute("actionId") === second);
      const copy = (chapter.get(index) as Y.XmlElement).clone();
      chapter.delete(index, 1);
      chapterOf(a.doc, world.domains[0]!.id).push([copy]);
    });
    await eventually(async () => expect((await row(second))!.primaryDomainId).toBe(world.domains[0]!.id));
    undo.stopCapturing();
    a.doc.transact(() => {
      const chapter = chapterOf(a.doc, world.domains[0]!.id);
      chapter.delete(chapter.toArray().findIndex((n) => n instanceof Y.XmlElement && n.getAttribute("actionId") === second), 1);
    });
    await eventually(async () => expect((await row(second))!.archivedAt).not.toBeNull());
    undo.undo();
    await eventually(async () => expect((await row(second))!.archivedAt).toBeNull());
    expect(await db.auditEvent.count({ where: { entityId: second, action: { in: ["action.removedFromText", "action.restoredInText"] } } })).toBe(2);
  });

  it("keeps one id per block: a pasted copy gets a new action with an id derived from its block", async () => {
    const original = readActionBlocks(a.doc).find((blk) => blk.actionId === world.action.id)!;
    chapterOf(a.doc, original.domainId).push([block(world.action.id, "Kopie van de actie")]);
    const copyKey = readActionBlocks(a.doc).filter((blk) => blk.actionId === world.action.id).map((blk) => blk.blockKey).find((key) => key !== original.blockKey)!;
    const expected = derivedActionId(world.programme.id, copyKey);
    await eventually(async () => {
      expect(readActionBlocks(b.doc).find((blk) => blk.blockKey === copyKey)?.actionId).toBe(expected);
      expect((await row(expected))?.title).toBe("Kopie van de actie");
      expect((await row(world.action.id))?.textBlockKey).toBe(original.blockKey);
    });
  });

  it("follows changes made outside the text: a new action, a renamed domain, an edited and an archived action", async () => {
    const caller = callerFor(db, council.user, { text: server.collab.textEvents });
    const { id } = await caller.action.create({ programmeId: world.programme.id, title: "Uit de actielijst", primaryDomainId: veiligheid().id });
    await eventually(() => expect(readActionBlocks(a.doc).find((blk) => blk.actionId === id)?.title).toBe("Uit de actielijst"));

    const admin = callerFor(db, (await createMember(db, world.municipalityId, "admin")).user, { text: server.collab.textEvents });
    await admin.programme.renameDomain({ domainId: veiligheid().id, name: "Veiligheid en leefbaarheid" });
    await eventually(() => expect(chapterOf(b.doc, veiligheid().id).getAttribute("title")).toBe("Veiligheid en leefbaarheid"));

    await caller.action.updateDetails({ actionId: id, title: "Uit de lijst, hernoemd", description: "Met uitleg.", primaryDomainId: world.domains[1]!.id, otherDomainIds: [], goalIds: [] });
    await eventually(() => expect(readActionBlocks(a.doc).find((blk) => blk.actionId === id)).toMatchObject({ title: "Uit de lijst, hernoemd", description: "Met uitleg.", domainId: world.domains[1]!.id }));

    await caller.action.setArchived({ actionId: id, archived: true });
    await eventually(() => expect(readActionBlocks(a.doc).some((blk) => blk.actionId === id)).toBe(false));
    await server.collab.projectionsIdle();
    expect((await row(id))!.archivedAt).not.toBeNull();

    await caller.action.setArchived({ actionId: id, archived: false });
    await eventually(() => expect(readActionBlocks(a.doc).some((blk) => blk.actionId === id)).toBe(true));
    await server.collab.projectionsIdle();
    expect((await row(id))!.archivedAt).toBeNull();
  });

  it("keeps the chapters in the domains' order when a domain moves, blocks and their actions included", async () => {
    const admin = callerFor(db, (await createMember(db, world.municipalityId, "admin")).user, { text: server.collab.textEvents });
    const blocksBefore = readActionBlocks(a.doc).map((blk) => ({ id: blk.actionId, domain: blk.domainId }));
    await admin.programme.moveDomain({ domainId: world.domains[3]!.id, direction: "up" });
    const order = (await db.domain.findMany({ where: { programmeId: world.programme.id, archivedAt: null }, orderBy: { order: "asc" } })).map((d) => d.id);
    await eventually(() => {
      for (const client of [a, b]) {
        const chapters = client.doc.getXmlFragment(TEXT_FIELD).toArray().filter((n) => n instanceof Y.XmlElement && n.nodeName === "chapter") as Y.XmlElement[];
        expect(chapters.map((c) => c.getAttribute("domainId"))).toEqual(order);
      }
    });
    const blocksAfter = readActionBlocks(a.doc).map((blk) => ({ id: blk.actionId, domain: blk.domainId }));
    expect(new Set(blocksAfter.map((blk) => `${blk.id}@${blk.domain}`))).toEqual(new Set(blocksBefore.map((blk) => `${blk.id}@${blk.domain}`)));
    await server.collab.projectionsIdle();
    const live = await db.action.findMany({ where: { programmeId: world.programme.id, archivedAt: null }, select: { id: true, textBlockKey: true } });
    const keys = new Map(readActionBlocks(a.doc).map((blk) => [blk.actionId, blk.blockKey]));
    for (const action of live) expect(action.textBlockKey).toBe(keys.get(action.id));
  });

  it("is idempotent: the stored text projects onto the same rows", async () => {
    await server.collab.projectionsIdle();
    await server.collab.updateLog.drained();
    const before = await db.action.findMany({ where: { programmeId: world.programme.id }, orderBy: { id: "asc" } });
    const { projectText } = await import("../../../../server/collab/text-projector.js");
    const doc = await storedDoc(server.collab, world.programme.id);
    const result = await projectText(db, `programme.${world.programme.id}`, doc, { last: null });
    expect(result.changedActionIds).toEqual([]);
    expect(await db.action.findMany({ where: { programmeId: world.programme.id }, orderBy: { id: "asc" } })).toEqual(before);
  });
});
