import { anchorBindingOf, anchorOfRange, TEXT_FIELD, yDocFromJSON, type TextJSON } from "@koers/editor";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { highlightsOf, placesOf, type HighlightThread } from "../../../../../app/components/text/comment-highlights";
import { isCommentIntent } from "../../../../../app/components/text/comments/forms";
import { caretMoveOf } from "../../../../../app/components/text/comments/ReadingCaret";
import { isCommentShortcut } from "../../../../../app/components/text/comments/selection";
import { commentsHref, isCommentsChange, textHref, threadElementId } from "../../../../../app/components/text/comments/types";

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const TEXT: TextJSON = { type: "doc", content: [p("Eerste zin. Tweede zin."), p("Derde zin.")] };

/** A thread anchored on the first occurrence of `words`. */
function threadOn(doc: Y.Doc, id: string, words: string, resolved = false): HighlightThread {
  const binding = anchorBindingOf(doc);
  const at = binding.node.textContent.indexOf(words);
  // Positions: paragraph 1 starts at 1; the second paragraph's text 2 further (close + open).
  const first = binding.node.firstChild!.textContent.length;
  const from = at < first ? 1 + at : 3 + at;
  return { id, resolved, ...anchorOfRange(binding, from, from + words.length)! };
}

describe("comments-changed messages", () => {
  it("recognise the server's message and nothing else", () => {
    expect(isCommentsChange(JSON.stringify({ type: "comments-changed" }))).toBe(true);
    expect(isCommentsChange(JSON.stringify({ type: "tracking-changed", actionIds: [] }))).toBe(false);
    expect(isCommentsChange("comments-changed")).toBe(false);
    expect(isCommentsChange(null)).toBe(false);
  });

  it("name the places the panel uses", () => {
    expect(commentsHref("lindeveen", "p1")).toBe("/g/lindeveen/programma/p1/tekst/reacties");
    expect(textHref("lindeveen", "p1")).toBe("/g/lindeveen/programma/p1/tekst");
    expect(threadElementId("t1")).toBe("reactie-t1");
    expect(isCommentIntent("comment-reply")).toBe(true);
    expect(isCommentIntent("track")).toBe(false);
  });
});

describe("highlights", () => {
  it("mark the open threads' words, the active one more strongly, and not the resolved ones", () => {
    const doc = yDocFromJSON(TEXT);
    const threads = [threadOn(doc, "a", "Tweede zin."), threadOn(doc, "b", "Eerste"), threadOn(doc, "c", "Derde zin.", true)];
    const { ranges, decorations } = highlightsOf(anchorBindingOf(doc), { threads, activeId: "b", draft: null });
    const marks = decorations.find().map((d) => ({ text: anchorBindingOf(doc).node.textBetween(d.from, d.to), spec: (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs }));
    expect(marks.map((m) => [m.text, m.spec["data-thread-id"], m.spec.class])).toEqual([
      ["Eerste", "b", "koers-comment-mark koers-comment-mark--active"],
      ["Tweede zin.", "a", "koers-comment-mark"],
    ]);
    // The resolved thread is followed (for "tekst verwijderd"), not drawn.
    expect(ranges.get("c")).not.toBeNull();
    // In the order of the text, whatever order the threads came in.
    expect(placesOf(ranges)).toEqual({ order: ["b", "a", "c"], deleted: [] });
  });

  it("mark the range being commented on, and report threads whose words are gone", () => {
    const doc = yDocFromJSON(TEXT);
    const gone = threadOn(doc, "gone", "Derde zin.");
    const draft = threadOn(doc, "draft", "zin. Tweede");
    const second = doc.getXmlFragment(TEXT_FIELD).get(1) as Y.XmlElement;
    (second.get(0) as Y.XmlText).delete(0, "Derde zin.".length);
    const { ranges, draftRange, decorations } = highlightsOf(anchorBindingOf(doc), { threads: [gone], activeId: null, draft });
    expect(ranges.get("gone")).toBeNull();
    expect(placesOf(ranges)).toEqual({ order: [], deleted: ["gone"] });
    expect(draftRange).not.toBeNull();
    const marks = decorations.find();
    expect(marks).toHaveLength(1);
    expect(anchorBindingOf(doc).node.textBetween(marks[0]!.from, marks[0]!.to)).toBe("zin. Tweede");
  });
});

describe("the comment shortcut", () => {
  const key = (init: Partial<KeyboardEvent>) => ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, code: "", ...init }) as KeyboardEvent;
  it("is Ctrl+Alt+M (⌘⌥M on a Mac), by the key's place: ⌥M types µ", () => {
    expect(isCommentShortcut(key({ ctrlKey: true, altKey: true, code: "KeyM" }), false)).toBe(true);
    expect(isCommentShortcut(key({ metaKey: true, altKey: true, code: "KeyM" }), true)).toBe(true);
    expect(isCommentShortcut(key({ ctrlKey: true, altKey: true, code: "KeyM" }), true)).toBe(false);
    expect(isCommentShortcut(key({ ctrlKey: true, altKey: true, shiftKey: true, code: "KeyM" }), false)).toBe(false);
    expect(isCommentShortcut(key({ ctrlKey: true, code: "KeyM" }), false)).toBe(false);
  });
});

describe("the caret of a read-only text", () => {
  const press = (key: string, modifiers: Partial<Record<"shiftKey" | "ctrlKey" | "altKey" | "metaKey", boolean>> = {}) => ({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });
  it("moves by character, word, line and to the ends; Shift selects", () => {
    expect(caretMoveOf(press("ArrowRight"), false)).toEqual({ alter: "move", direction: "forward", granularity: "character" });
    expect(caretMoveOf(press("ArrowLeft", { shiftKey: true, ctrlKey: true }), false)).toEqual({ alter: "extend", direction: "backward", granularity: "word" });
    expect(caretMoveOf(press("ArrowLeft", { altKey: true }), true)).toEqual({ alter: "move", direction: "backward", granularity: "word" });
    expect(caretMoveOf(press("ArrowDown", { shiftKey: true }), false)).toEqual({ alter: "extend", direction: "forward", granularity: "line" });
    expect(caretMoveOf(press("End", { shiftKey: true }), false)).toEqual({ alter: "extend", direction: "forward", granularity: "lineboundary" });
    expect(caretMoveOf(press("Home", { ctrlKey: true }), false)).toEqual({ alter: "move", direction: "backward", granularity: "documentboundary" });
    expect(caretMoveOf(press("ArrowUp", { metaKey: true }), true)).toEqual({ alter: "move", direction: "backward", granularity: "documentboundary" });
  });

  it("leaves every other key alone (typing, Tab, Page Down, shortcuts)", () => {
    for (const key of ["a", "Tab", "PageDown", " ", "Enter", "Backspace"]) expect(caretMoveOf(press(key), false)).toBeNull();
  });
});
