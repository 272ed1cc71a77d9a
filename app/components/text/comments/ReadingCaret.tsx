import type { Editor } from "@tiptap/core";
import { useEffect, useRef, useState } from "react";

type Move = { alter: "move" | "extend"; direction: "forward" | "backward"; granularity: "character" | "word" | "line" | "lineboundary" | "documentboundary" };

/**
 * What a key does to the caret in a read-only text, as in a text field: arrows move it (by
 * word with Ctrl, ⌥ on a Mac), Home and End to the line's ends (the text's with Ctrl/⌘),
 * and Shift selects. Anything else is left alone (the page may scroll, shortcuts work).
 */
export function caretMoveOf(event: Pick<KeyboardEvent, "key" | "shiftKey" | "ctrlKey" | "altKey" | "metaKey">, mac: boolean): Move | null {
  const alter = event.shiftKey ? "extend" : "move";
  const byWord = mac ? event.altKey : event.ctrlKey;
  const toEnd = mac ? event.metaKey : event.ctrlKey;
  switch (event.key) {
    case "ArrowLeft":
      return { alter, direction: "backward", granularity: mac && event.metaKey ? "lineboundary" : byWord ? "word" : "character" };
    case "ArrowRight":
      return { alter, direction: "forward", granularity: mac && event.metaKey ? "lineboundary" : byWord ? "word" : "character" };
    case "ArrowUp":
      return { alter, direction: "backward", granularity: mac && event.metaKey ? "documentboundary" : "line" };
    case "ArrowDown":
      return { alter, direction: "forward", granularity: mac && event.metaKey ? "documentboundary" : "line" };
    case "Home":
      return { alter, direction: "backward", granularity: toEnd ? "documentboundary" : "lineboundary" };
    case "End":
      return { alter, direction: "forward", granularity: toEnd ? "documentboundary" : "lineboundary" };
    default:
      return null;
  }
}

type Place = { top: number; left: number; height: number };

/**
 * A caret for a text one may read but not edit, so selecting a passage to comment on works
 * from the keyboard too: the text takes the focus (Tab), the arrow keys move a visible caret
 * and Shift+arrows select, with the browser's own selection (Selection.modify), which
 * ProseMirror follows. The caret is drawn beside the editor, never inside its document.
 */
export function ReadingCaret({ editor, mac }: { editor: Editor; mac: boolean }) {
  const [place, setPlace] = useState<Place | null>(null);
  const caret = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const dom = editor.view.dom;
    const selectionInText = () => {
      const selection = document.getSelection();
      return selection && selection.rangeCount > 0 && selection.focusNode && dom.contains(selection.focusNode) ? selection : null;
    };
    const draw = () => {
      const frame = caret.current?.closest(".koers-text-column");
      const selection = selectionInText();
      if (!frame || !selection || !selection.isCollapsed || document.activeElement !== dom) {
        setPlace(null);
        return;
      }
      const rect = caretRect(selection.focusNode!, selection.focusOffset);
      const box = frame.getBoundingClientRect();
      setPlace(rect ? { top: rect.top - box.top, left: rect.left - box.left, height: rect.height } : null);
    };
    const placeAtStart = () => {
      const first = firstText(dom);
      if (first) document.getSelection()?.collapse(first, 0);
    };
    const onFocus = () => {
      // Tabbed in: the caret starts at the beginning (a click puts it where it was clicked).
      requestAnimationFrame(() => {
        if (document.activeElement === dom && !selectionInText()) placeAtStart();
        draw();
      });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (editor.view.editable) return;
      const move = caretMoveOf(event, mac);
      if (!move) return;
      event.preventDefault();
      const selection = selectionInText() ?? (placeAtStart(), document.getSelection());
      selection?.modify(move.alter, move.direction, move.granularity);
      keepInView(selection);
    };
    dom.addEventListener("focus", onFocus);
    dom.addEventListener("blur", draw);
    dom.addEventListener("keydown", onKeyDown);
    document.addEventListener("selectionchange", draw);
    window.addEventListener("resize", draw);
    editor.on("update", draw);
    return () => {
      dom.removeEventListener("focus", onFocus);
      dom.removeEventListener("blur", draw);
      dom.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("selectionchange", draw);
      window.removeEventListener("resize", draw);
      editor.off("update", draw);
    };
  }, [editor, mac]);

  return (
    <div
      ref={caret}
      className="koers-reading-caret"
      aria-hidden="true"
      hidden={!place}
      style={place ? { top: place.top, left: place.left, height: place.height } : undefined}
    />
  );
}

/** The first text of the document that is part of the text (not a tracking strip or a label). */
function firstText(root: HTMLElement): Text | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      // The read-only document itself is contenteditable=false; its tracking strips are too.
      const uneditable = node.parentElement?.closest("[contenteditable='false']");
      return node.textContent?.trim() && (!uneditable || uneditable === root) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  return walker.nextNode() as Text | null;
}

/**
 * Where a caret at (node, offset) is drawn. A collapsed range has no box at the edge of an
 * element, so the position is first moved into the text, and measured against the
 * character next to it when it has none of its own.
 */
function caretRect(node: Node, offset: number): DOMRect | null {
  let at: Node = node;
  let index = offset;
  while (at.nodeType === Node.ELEMENT_NODE) {
    const child: ChildNode | null = at.childNodes[index] ?? null;
    if (child) {
      at = child;
      index = 0;
    } else if (at.lastChild) {
      at = at.lastChild;
      index = at.nodeType === Node.TEXT_NODE ? (at.textContent?.length ?? 0) : at.childNodes.length;
    } else break;
  }
  const range = document.createRange();
  range.setStart(at, index);
  range.collapse(true);
  const own = range.getClientRects()[0];
  if (own && own.height > 0) return own;
  const length = at.nodeType === Node.TEXT_NODE ? (at.textContent?.length ?? 0) : 0;
  if (index < length) {
    range.setEnd(at, index + 1);
    const next = range.getClientRects()[0];
    if (next) return new DOMRect(next.left, next.top, 0, next.height);
  }
  if (index > 0 && length > 0) {
    range.setStart(at, index - 1);
    range.setEnd(at, index);
    const previous = range.getClientRects()[0];
    if (previous) return new DOMRect(previous.right, previous.top, 0, previous.height);
  }
  return null;
}

/** Scrolls the page so the moving end of the selection stays in view (below the sticky bar). */
function keepInView(selection: globalThis.Selection | null): void {
  if (!selection?.focusNode) return;
  const rect = caretRect(selection.focusNode, selection.focusOffset);
  if (!rect) return;
  const margin = 96;
  if (rect.bottom > window.innerHeight - margin / 2) window.scrollBy(0, rect.bottom - window.innerHeight + margin);
  else if (rect.top < margin * 1.5) window.scrollBy(0, rect.top - margin * 1.5);
}
