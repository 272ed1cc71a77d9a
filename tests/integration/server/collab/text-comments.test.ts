import { anchorBindingOf, anchorOfRange, resolveAnchor, TEXT_FIELD, type TextAnchor } from "@koers/editor";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Db } from "../../../../server/db.server.js";
import { connectClient, eventually, sessionCookieFor, startCollabServer, storedDoc, type CollabTestServer, type TestClient } from "../../../support/collab.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme } from "../../../support/factories.js";

/*
 * A comment thread on the programme text, end to end through the real collaboration server:
 * a partner (read-only connection) anchors a thread on a sentence of their own replica and
 * starts it through the API; writers then edit before and inside the sentence at the same
 * moment; the anchor, decoded on the document as the server stored it, still covers the same
 * words — until the sentence is deleted. Every open editor hears "comments-changed".
 */
let db: Db;
let server: CollabTestServer;
const clients: TestClient[] = [];
let programmeId: string;
let council: Awaited<ReturnType<typeof createMember>>;
let servant: Awaited<ReturnType<typeof createMember>>;
let partner: Awaited<ReturnType<typeof createMember>>;
let writer: TestClient;
let second: TestClient;
let reader: TestClient;

const SENTENCE = "Daar is iedereen welkom.";

beforeAll(async () => {
  const database = await freshDatabase();
  db = database.db;
  server = await startCollabServer(db, database.url);
  const municipality = await createMunicipality(db);
  programmeId = (await createProgramme(db, municipality.id)).programme.id;
  council = await createMember(db, municipality.id, "council");
  servant = await createMember(db, municipality.id, "civil_servant");
  partner = await createMember(db, municipality.id, "partner");
  writer = connect(await sessionCookieFor(db, council.user.id));
  second = connect(await sessionCookieFor(db, servant.user.id));
  reader = connect(await sessionCookieFor(db, partner.user.id));
  await Promise.all([writer.synced(), second.synced(), reader.synced()]);
  expect(await reader.scope()).toBe("readonly");
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

function connect(cookie: string): TestClient {
  const client = connectClient({ server, cookie, programmeId });
  clients.push(client);
  return client;
}

/** The Y.XmlText of the introduction's first paragraph (where the test clients type). */
function introText(doc: Y.Doc): Y.XmlText {
  const paragraph = doc.getXmlFragment(TEXT_FIELD).get(0) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

function insertBefore(doc: Y.Doc, before: string, text: string): void {
  const content = introText(doc);
  const at = content.toString().indexOf(before);
  if (at < 0) throw new Error(`"${before}" is not in "${content.toString()}"`);
  content.insert(at, text);
}

/** The words an anchor covers in the document as the server stored it. */
async function storedWords(anchor: TextAnchor): Promise<string> {
  const resolved = resolveAnchor(anchorBindingOf(await storedDoc(server.collab, programmeId)), anchor);
  return resolved.deleted ? "deleted" : resolved.text;
}

/** Resolves with the next "comments-changed" message a client receives. */
function commentsChanged(client: TestClient): Promise<void> {
  return new Promise((resolve) => {
    const handler = ({ payload }: { payload: string }) => {
      if (JSON.parse(payload).type !== "comments-changed") return;
      client.provider.off("stateless", handler);
      resolve();
    };
    client.provider.on("stateless", handler);
  });
}

describe("comment threads on the programme text", () => {
  let anchor: TextAnchor;
  let threadId: string;

  it("a partner anchors a thread on their own replica and starts it; every open editor hears of it", async () => {
    writer.type(`Wij openen een buurthuis. ${SENTENCE}`);
    await writer.acknowledged();
    await eventually(() => expect(reader.text()).toContain(SENTENCE));

    const binding = anchorBindingOf(reader.doc);
    let from = -1;
    binding.node.descendants((node, pos) => {
      if (from < 0 && node.isText && node.text!.includes(SENTENCE)) from = pos + node.text!.indexOf(SENTENCE);
      return from < 0;
    });
    const made = anchorOfRange(binding, from, from + SENTENCE.length)!;
    expect(made.quote).toBe(SENTENCE);
    anchor = made;

    const heard = Promise.all([commentsChanged(writer), commentsChanged(reader)]);
    const started = await callerFor(db, partner.user, { text: server.collab.textEvents }).comment.start({
      target: { type: "text", programmeId, ...made },
      body: "Ook de sportclubs?",
    });
    threadId = started.threadId;
    await heard;
    const [thread] = await callerFor(db, council.user).comment.threads({ target: "text", programmeId });
    expect(thread).toMatchObject({ id: threadId, quote: SENTENCE, anchorStart: made.anchorStart, anchorEnd: made.anchorEnd });
    expect(await storedWords({ anchorStart: thread!.anchorStart!, anchorEnd: thread!.anchorEnd! })).toBe(SENTENCE);
  });

  it("still covers the same words in the stored document after two writers edit before and inside it at once", async () => {
    // Neither has seen the other's edit when making their own.
    insertBefore(writer.doc, SENTENCE, "Nieuw: ");
    insertBefore(second.doc, "welkom", "van harte ");
    insertBefore(second.doc, "Wij openen", "Vanaf 2027. ");
    await Promise.all([writer.acknowledged(), second.acknowledged()]);
    await eventually(() => expect(writer.text()).toBe(second.text()));
    await eventually(() => expect(reader.text()).toBe(writer.text()));
    expect(writer.text()).toBe("Vanaf 2027. Wij openen een buurthuis. Nieuw: Daar is iedereen van harte welkom.");
    expect(await storedWords(anchor)).toBe("Daar is iedereen van harte welkom.");
    // The same on every replica.
    for (const client of [writer, second, reader]) {
      const resolved = resolveAnchor(anchorBindingOf(client.doc), anchor);
      expect(resolved.deleted ? "deleted" : resolved.text).toBe("Daar is iedereen van harte welkom.");
    }
  });

  it("reports the text deleted once the sentence is removed; the thread and its quote stay", async () => {
    const content = introText(writer.doc);
    const words = "Daar is iedereen van harte welkom.";
    content.delete(content.toString().indexOf(words), words.length);
    await writer.acknowledged();
    await eventually(async () => expect(await storedWords(anchor)).toBe("deleted"));
    const threads = await callerFor(db, partner.user).comment.threads({ target: "text", programmeId });
    expect(threads.map((t) => ({ id: t.id, quote: t.quote, resolved: t.resolved }))).toEqual([{ id: threadId, quote: SENTENCE, resolved: false }]);
  });
});
