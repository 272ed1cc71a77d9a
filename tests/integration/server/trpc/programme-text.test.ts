import { programmeDocumentName, yDocFromJSON } from "@koers/editor";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Db } from "../../../../server/db.server.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme } from "../../../support/factories.js";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
});

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("programme.text", () => {
  it("is empty for a programme nobody has written in yet", async () => {
    const municipality = await createMunicipality(db);
    const { programme } = await createProgramme(db, municipality.id);
    const reader = callerFor(db, (await createMember(db, municipality.id, "viewer")).user);
    const { text } = await reader.programme.text({ programmeId: programme.id });
    expect(text.type).toBe("doc");
    expect(JSON.stringify(text)).not.toContain('"text":');
  });

  it("is the snapshot plus every update in the log, as a partner reads it", async () => {
    const municipality = await createMunicipality(db);
    const { programme } = await createProgramme(db, municipality.id);
    const documentName = programmeDocumentName(programme.id);
    const doc = yDocFromJSON({ type: "doc", content: [paragraph("Uit de snapshot.")] });
    await db.collabSnapshot.create({ data: { documentName, state: Uint8Array.from(Y.encodeStateAsUpdate(doc)) } });
    const before = Y.encodeStateVector(doc);
    const next = new Y.XmlElement("paragraph");
    next.insert(0, [new Y.XmlText("Uit het logboek.")]);
    doc.getXmlFragment("default").push([next]);
    await db.collabUpdate.create({ data: { documentName, update: Uint8Array.from(Y.encodeStateAsUpdate(doc, before)) } });

    const partner = callerFor(db, (await createMember(db, municipality.id, "partner")).user);
    const { text, programme: summary } = await partner.programme.text({ programmeId: programme.id });
    expect(summary.id).toBe(programme.id);
    expect(text.content).toEqual([paragraph("Uit de snapshot."), paragraph("Uit het logboek.")]);
  });

  it("gives an action page the description as written in its block, rich, and null without a block", async () => {
    const municipality = await createMunicipality(db);
    const { programme, domains, action } = await createProgramme(db, municipality.id);
    const list = { type: "bulletList", content: [{ type: "listItem", content: [paragraph("Eerst de scholen.")] }] };
    const doc = yDocFromJSON({
      type: "doc",
      content: [
        paragraph("Inleiding."),
        {
          type: "chapter",
          attrs: { domainId: domains[0]!.id, title: domains[0]!.name },
          content: [{ type: "actionBlock", attrs: { actionId: action.id }, content: [paragraph("Titel"), paragraph("Uitleg in de tekst."), list] }],
        },
      ],
    });
    await db.collabSnapshot.create({ data: { documentName: programmeDocumentName(programme.id), state: Uint8Array.from(Y.encodeStateAsUpdate(doc)) } });
    const reader = callerFor(db, (await createMember(db, municipality.id, "viewer")).user);
    expect((await reader.action.get({ actionId: action.id })).descriptionText).toEqual({ type: "doc", content: [paragraph("Uitleg in de tekst."), list] });

    const other = await db.action.create({ data: { programmeId: programme.id, primaryDomainId: domains[0]!.id, title: "Zonder blok" } });
    expect((await reader.action.get({ actionId: other.id })).descriptionText).toBeNull();
  });
});
