import {
  anchorBindingOf,
  anchorOfRange,
  decodeAnchorPosition,
  encodeAnchorPosition,
  programmeTextSchema,
  QUOTE_MAX_LENGTH,
  quoteOf,
  resolveAnchor,
  TEXT_FIELD,
  yDocFromJSON,
  type TextAnchor,
  type TextJSON,
} from "@koers/editor";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { initProseMirrorDoc, updateYFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";

// Anchors on a real Y.Doc with the programme text's schema. Edits go through ProseMirror and
// into Yjs the way the editor's ySync plugin puts them there (updateYFragment), or straight
// into the Y.XmlText as a remote replica's would arrive.

const D1 = "d1000000-0000-4000-8000-000000000001";
const A = "a0000000-0000-4000-8000-00000000000a";
const SENTENCE = "Elke school krijgt een vast aanspreekpunt in het wijkteam.";
const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

function programme(): Y.Doc {
  const json: TextJSON = {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Inleiding" }] },
      p("Wij werken samen met de scholen."),
      {
        type: "chapter",
        attrs: { domainId: D1, title: "Onderwijs" },
        content: [
          p(`Vroeg erbij zijn. ${SENTENCE} Zo komt hulp eerder.`),
          { type: "actionBlock", attrs: { actionId: A }, content: [p("Eén loket voor zorgvragen"), p("Voor ouders en leraren.")] },
        ],
      },
    ],
  };
  return yDocFromJSON(json);
}

/** The ProseMirror range of the first occurrence of `text`. */
function rangeOf(node: ProseMirrorNode, text: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  node.descendants((child, pos) => {
    if (found || !child.isText) return !found;
    const at = child.text!.indexOf(text);
    if (at >= 0) found = { from: pos + at, to: pos + at + text.length };
    return false;
  });
  if (!found) throw new Error(`"${text}" is not in the text`);
  return found;
}

function anchorOn(doc: Y.Doc, text: string): TextAnchor & { quote: string } {
  const binding = anchorBindingOf(doc);
  const { from, to } = rangeOf(binding.node, text);
  const anchor = anchorOfRange(binding, from, to);
  if (!anchor) throw new Error("no anchor");
  return anchor;
}

/** The text an anchor covers now, or "deleted". */
function anchoredText(doc: Y.Doc, anchor: TextAnchor): string {
  const resolved = resolveAnchor(anchorBindingOf(doc), anchor);
  return resolved.deleted ? "deleted" : resolved.text;
}

/** An edit as the editor makes it: a ProseMirror transform, written into Yjs by y-tiptap. */
function editAsEditor(doc: Y.Doc, change: (tr: Transform) => void): void {
  const fragment = doc.getXmlFragment(TEXT_FIELD);
  const { doc: node, meta } = initProseMirrorDoc(fragment, programmeTextSchema());
  const tr = new Transform(node);
  change(tr);
  doc.transact(() => updateYFragment(doc, fragment, tr.doc, meta));
}

/** Inserts text before the first occurrence of `before` (at its first character). */
function typeBefore(doc: Y.Doc, before: string, text: string): void {
  editAsEditor(doc, (tr) => tr.insert(rangeOf(tr.doc, before).from, programmeTextSchema().text(text)));
}

function deleteText(doc: Y.Doc, text: string): void {
  editAsEditor(doc, (tr) => {
    const { from, to } = rangeOf(tr.doc, text);
    tr.delete(from, to);
  });
}

function replica(of: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(of));
  return doc;
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

describe("comment anchors", () => {
  it("anchor a range of the text and resolve to the same words, with its quote", () => {
    const doc = programme();
    const anchor = anchorOn(doc, SENTENCE);
    expect(anchor.quote).toBe(SENTENCE);
    expect(anchoredText(doc, anchor)).toBe(SENTENCE);
    // Base64, as the API stores it, and the same on another replica.
    expect(anchor.anchorStart).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(anchoredText(replica(doc), anchor)).toBe(SENTENCE);
  });

  it("follow the text when text is typed before it, in its paragraph and in new paragraphs above", () => {
    const doc = programme();
    const anchor = anchorOn(doc, SENTENCE);
    typeBefore(doc, "Vroeg erbij zijn.", "Nieuw: ");
    typeBefore(doc, SENTENCE, "Daarom: ");
    editAsEditor(doc, (tr) => tr.insert(rangeOf(tr.doc, "Wij werken").from - 1, programmeTextSchema().nodeFromJSON(p("Een nieuwe alinea bovenaan."))));
    const binding = anchorBindingOf(doc);
    const resolved = resolveAnchor(binding, anchor);
    expect(resolved).toMatchObject({ deleted: false, text: SENTENCE });
    // The positions moved with it (the sentence is further down now).
    expect(resolved.deleted ? -1 : resolved.from).toBe(rangeOf(binding.node, SENTENCE).from);
    // Text typed right before the first word stays outside the range.
    expect(binding.node.textBetween(resolved.deleted ? 0 : resolved.from - 8, resolved.deleted ? 0 : resolved.from)).toBe("Daarom: ");
  });

  it("grow with text typed inside the range, and keep text typed right after it outside", () => {
    const doc = programme();
    const anchor = anchorOn(doc, SENTENCE);
    typeBefore(doc, "aanspreekpunt", "goed bereikbaar ");
    typeBefore(doc, " Zo komt hulp", " En een vervanger.");
    expect(anchoredText(doc, anchor)).toBe("Elke school krijgt een vast goed bereikbaar aanspreekpunt in het wijkteam.");
  });

  it("survive concurrent edits on two replicas: both resolve to the same words", () => {
    const alice = programme();
    const bob = replica(alice);
    const anchor = anchorOn(alice, SENTENCE);
    // Alice types before the sentence and inside it; Bob, unaware, types before it and
    // deletes a word of it; then their changes cross.
    typeBefore(alice, SENTENCE, "Ten eerste. ");
    typeBefore(alice, "wijkteam", "eigen ");
    typeBefore(bob, "Vroeg erbij zijn.", "Preventie: ");
    deleteText(bob, "vast ");
    exchange(alice, bob);
    const expected = "Elke school krijgt een aanspreekpunt in het eigen wijkteam.";
    expect(anchoredText(alice, anchor)).toBe(expected);
    expect(anchoredText(bob, anchor)).toBe(expected);
    expect(anchorBindingOf(alice).node.textContent).toBe(anchorBindingOf(bob).node.textContent);
  });

  it("report 'deleted' when the anchored text is removed, and where it was", () => {
    const doc = programme();
    const anchor = anchorOn(doc, SENTENCE);
    const before = rangeOf(anchorBindingOf(doc).node, SENTENCE).from;
    deleteText(doc, `${SENTENCE} `);
    const resolved = resolveAnchor(anchorBindingOf(doc), anchor);
    expect(resolved).toEqual({ deleted: true, at: before });
    // Another replica that receives the deletion agrees.
    expect(anchoredText(replica(doc), anchor)).toBe("deleted");
  });

  it("report 'deleted' when the whole paragraph or block holding it is removed", () => {
    const paragraphGone = programme();
    const inParagraph = anchorOn(paragraphGone, SENTENCE);
    editAsEditor(paragraphGone, (tr) => {
      const { from } = rangeOf(tr.doc, "Vroeg erbij zijn.");
      const $from = tr.doc.resolve(from);
      tr.delete($from.before(), $from.after());
    });
    expect(resolveAnchor(anchorBindingOf(paragraphGone), inParagraph)).toMatchObject({ deleted: true });
    expect(anchorBindingOf(paragraphGone).node.textContent).not.toContain("Vroeg erbij");

    // Remotely: the action block's element is deleted in Yjs, the anchor sits in its title.
    // (Yjs collects the deleted block's content, so where it was is not known any more.)
    const blockGone = programme();
    const inBlock = anchorOn(blockGone, "loket voor");
    const chapter = blockGone.getXmlFragment(TEXT_FIELD).get(2) as Y.XmlElement;
    chapter.delete(1, 1);
    expect(resolveAnchor(anchorBindingOf(blockGone), inBlock)).toMatchObject({ deleted: true });
    expect(anchorBindingOf(blockGone).node.textContent).not.toContain("loket");
  });

  it("keep a range whose text is partly deleted, and come back when a deletion is undone", () => {
    const doc = programme();
    const anchor = anchorOn(doc, SENTENCE);
    const undo = new Y.UndoManager(doc.getXmlFragment(TEXT_FIELD), { captureTimeout: 0 });
    deleteText(doc, "Elke school krijgt ");
    expect(anchoredText(doc, anchor)).toBe("een vast aanspreekpunt in het wijkteam.");
    deleteText(doc, "een vast aanspreekpunt in het wijkteam.");
    expect(anchoredText(doc, anchor)).toBe("deleted");
    undo.undo();
    undo.undo();
    expect(anchoredText(doc, anchor)).toBe(SENTENCE);
  });

  it("anchor the very first characters of the text and ranges across paragraphs", () => {
    const doc = programme();
    const first = anchorOn(doc, "Inleiding");
    expect(anchoredText(doc, first)).toBe("Inleiding");
    typeBefore(doc, "Inleiding", "Een ");
    expect(anchoredText(doc, first)).toBe("Inleiding");

    // From the middle of the heading to the middle of the next paragraph; a selection that
    // begins before a block (a triple click) is narrowed to its text.
    const binding = anchorBindingOf(doc);
    const across = anchorOfRange(binding, rangeOf(binding.node, "ding").from, rangeOf(binding.node, "werken").to);
    expect(across?.quote).toBe("ding Wij werken");
    expect(anchoredText(doc, across!)).toBe("ding Wij werken");
    const { from } = rangeOf(binding.node, "Wij werken");
    const whole = anchorOfRange(binding, from - 1, from + "Wij werken samen met de scholen.".length + 1);
    expect(whole?.quote).toBe("Wij werken samen met de scholen.");
    // A word selected with the space before it (Ctrl+Shift+→) is anchored without it.
    const spaced = anchorOfRange(binding, from + "Wij".length, from + "Wij werken ".length);
    expect(spaced?.quote).toBe("werken");
    expect(anchoredText(doc, spaced!)).toBe("werken");
    // Nothing to anchor: an empty selection, or one with no text in it.
    expect(anchorOfRange(binding, from, from)).toBeNull();
    expect(anchorOfRange(binding, from - 1, from)).toBeNull();
    expect(anchorOfRange(binding, from + 3, from + 4)).toBeNull();
  });

  it("quote at most the allowed length; a broken anchor counts as deleted", () => {
    const long = yDocFromJSON({ type: "doc", content: [p("woord ".repeat(200))] });
    const binding = anchorBindingOf(long);
    const quote = quoteOf(binding.node, 0, binding.node.content.size);
    expect(quote.length).toBeLessThanOrEqual(QUOTE_MAX_LENGTH);
    expect(quote.endsWith("…")).toBe(true);

    expect(decodeAnchorPosition("not base64!")).toBeNull();
    const doc = programme();
    expect(resolveAnchor(anchorBindingOf(doc), { anchorStart: "", anchorEnd: "" })).toMatchObject({ deleted: true });
    // An anchor into another document's types does not resolve here.
    const other = new Y.Doc();
    const text = other.get("elders", Y.XmlText) as Y.XmlText;
    text.insert(0, "elders");
    const foreign = encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(text, 1));
    expect(resolveAnchor(anchorBindingOf(doc), { anchorStart: foreign, anchorEnd: foreign })).toEqual({ deleted: true, at: null });
  });
});
