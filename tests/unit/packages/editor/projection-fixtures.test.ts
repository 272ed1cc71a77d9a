import { planProjection, type ProjectedAction } from "@koers/domain";
import { readActionBlocks, yDocFromJSON, type TextJSON } from "@koers/editor";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";

// The projection over whole programme texts (document fixtures, as the server reads them):
// text → blocks (readActionBlocks) → plan (planProjection).

const ONDERWIJS = "d1000000-0000-4000-8000-000000000001";
const VEILIGHEID = "d3000000-0000-4000-8000-000000000003";
const A = "a0000000-0000-4000-8000-00000000000a";
const B = "b0000000-0000-4000-8000-00000000000b";
const newId = (key: string) => `f0000000-0000-4000-8000-${key.replace(":", "").padStart(12, "0").slice(-12)}`;

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const block = (id: string, title: string, description?: string) => ({ type: "actionBlock", attrs: { actionId: id }, content: [p(title), ...(description ? [p(description)] : [])] });
const text = (onderwijs: object[], veiligheid: object[]): TextJSON =>
  ({
    type: "doc",
    content: [
      p("Inleiding."),
      { type: "chapter", attrs: { domainId: ONDERWIJS, title: "Onderwijs" }, content: [p("Over onderwijs."), ...onderwijs] },
      { type: "chapter", attrs: { domainId: VEILIGHEID, title: "Veiligheid" }, content: [p("Over veiligheid."), ...veiligheid] },
    ],
  }) as TextJSON;

/** The rows as the server would have them after projecting `doc`. */
function rowsAfter(doc: Y.Doc, rows: ProjectedAction[] = []): ProjectedAction[] {
  const plan = planProjection(readActionBlocks(doc), rows, { newId });
  const byId = new Map(rows.map((row) => [row.id, { ...row }]));
  for (const c of plan.create) byId.set(c.id, { ...c, archived: false });
  for (const u of plan.update) Object.assign(byId.get(u.id)!, u.changes);
  for (const id of plan.archive) byId.get(id)!.archived = true;
  for (const id of plan.restore) byId.get(id)!.archived = false;
  return [...byId.values()];
}

describe("projecting programme texts", () => {
  it("creates actions for the blocks of a text, in their chapters and order", () => {
    const rows = rowsAfter(yDocFromJSON(text([block(A, "Schoolmaatschappelijk werk", "Op elke school.")], [block(B, "Buurtpreventie")])));
    expect(rows.map(({ id, primaryDomainId, order, title, description, archived }) => ({ id, primaryDomainId, order, title, description, archived }))).toEqual([
      { id: A, primaryDomainId: ONDERWIJS, order: 0, title: "Schoolmaatschappelijk werk", description: "Op elke school.", archived: false },
      { id: B, primaryDomainId: VEILIGHEID, order: 0, title: "Buurtpreventie", description: "", archived: false },
    ]);
  });

  it("follows an edit, a move, a deletion, a restore and a copy made in the text", () => {
    const doc = yDocFromJSON(text([block(A, "Eerst")], [block(B, "Tweede")]));
    let rows = rowsAfter(doc);
    const fragment = doc.getXmlFragment("default");
    const chapter = (index: number) => fragment.get(index) as Y.XmlElement;
    const blockIn = (c: Y.XmlElement, id: string) => c.toArray().findIndex((n) => n instanceof Y.XmlElement && n.getAttribute("actionId") === id);

    // Edit: the title follows.
    (((chapter(1).get(blockIn(chapter(1), A)) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(5, " en vooral");
    rows = rowsAfter(doc, rows);
    expect(rows.find((r) => r.id === A)!.title).toBe("Eerst en vooral");

    // Move: B to Onderwijs, after A.
    const moved = (chapter(2).get(blockIn(chapter(2), B)) as Y.XmlElement).clone();
    chapter(2).delete(blockIn(chapter(2), B), 1);
    chapter(1).push([moved]);
    rows = rowsAfter(doc, rows);
    expect(rows.find((r) => r.id === B)).toMatchObject({ primaryDomainId: ONDERWIJS, order: 1, archived: false });

    // Delete, then restore by undo.
    const undo = new Y.UndoManager(fragment);
    chapter(1).delete(blockIn(chapter(1), A), 1);
    rows = rowsAfter(doc, rows);
    expect(rows.find((r) => r.id === A)!.archived).toBe(true);
    undo.undo();
    rows = rowsAfter(doc, rows);
    expect(rows.find((r) => r.id === A)!.archived).toBe(false);

    // Copy: the pasted block is a new action; A stays with its block.
    const keyOfA = readActionBlocks(doc).find((b) => b.actionId === A)!.blockKey;
    chapter(2).push([(chapter(1).get(blockIn(chapter(1), A)) as Y.XmlElement).clone()]);
    const plan = planProjection(readActionBlocks(doc), rows, { newId });
    const copyKey = readActionBlocks(doc).find((b) => b.actionId === A && b.blockKey !== keyOfA)!.blockKey;
    expect(plan.reassign).toEqual([{ blockKey: copyKey, actionId: newId(copyKey) }]);
    expect(plan.create.map((c) => ({ id: c.id, domain: c.primaryDomainId }))).toEqual([{ id: newId(copyKey), domain: VEILIGHEID }]);
  });
});
