import * as Y from "yjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme, type TestCaller } from "../../../support/factories.js";

let db: Db;
let world: Awaited<ReturnType<typeof createProgramme>>;
let council: TestCaller;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  const municipality = await createMunicipality(db);
  world = await createProgramme(db, municipality.id);
  council = callerFor(db, (await createMember(db, municipality.id, "council")).user);
});

function anchors() {
  const doc = new Y.Doc();
  const text = new Y.XmlText();
  doc.getXmlFragment("default").insert(0, [text]);
  text.insert(0, "Iedere school een vast aanspreekpunt.");
  const encode = (index: number) => Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index))).toString("base64");
  return { anchorStart: encode(7), anchorEnd: encode(13) };
}

describe("smoke", () => {
  it("starts and lists", async () => {
    const a = anchors();
    const started = await council.comment.start({ target: { type: "text", programmeId: world.programme.id, ...a, quote: "school" }, body: "Welke scholen?" });
    const threads = await council.comment.threads({ target: "text", programmeId: world.programme.id });
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ id: started.threadId, anchorStart: a.anchorStart, anchorEnd: a.anchorEnd, quote: "school", canResolve: true });
    await council.comment.start({ target: { type: "action", actionId: world.action.id }, body: "Prima" });
    expect(await council.comment.threads({ target: "action", actionId: world.action.id })).toHaveLength(1);
  });
});
