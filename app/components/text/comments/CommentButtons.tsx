import type { Editor } from "@tiptap/core";
import { useEffect, useRef, useState } from "react";
import { useT } from "../../../lib/i18n";
import { selectedRange } from "./selection";

type Shortcut = { label: string; aria: string };

/** "Reageren": a comment on the selected text, for everyone who may read it (the server checks). */
export function CommentButton({ shortcut, onStart, className = "" }: { shortcut: Shortcut; onStart: () => void; className?: string }) {
  const t = useT();
  return (
    <button
      type="button"
      className={`koers-tool koers-tool--comment ${className}`.trim()}
      aria-keyshortcuts={shortcut.aria}
      title={t("text.comments.startTitle", { shortcut: shortcut.label })}
      // Keep the selection in the text while clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onStart}
    >
      {t("text.comments.start")}
    </button>
  );
}

type Place = { top: number; left: number };

/** Room the button needs above the selection, and its width at most (px). */
const ABOVE = 44;
const WIDTH = 140;

/**
 * "Reageren" right above the selected text, while text is selected (also in a read-only
 * text). It follows the editor in the page, so Tab from the text reaches it next.
 */
export function SelectionCommentButton({ editor, shortcut, onStart }: { editor: Editor; shortcut: Shortcut; onStart: () => void }) {
  const [place, setPlace] = useState<Place | null>(null);
  const anchor = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const update = () => {
      const frame = anchor.current?.closest(".koers-text-column");
      if (!frame || editor.isDestroyed) return;
      const selection = document.getSelection();
      const inText = selection && !selection.isCollapsed && selection.rangeCount > 0 && selectedRange(editor.view) !== null;
      const focusInButton = anchor.current?.contains(document.activeElement);
      if (!inText) {
        if (!focusInButton) setPlace(null);
        return;
      }
      const rect = selection.getRangeAt(0).getClientRects()[0] ?? selection.getRangeAt(0).getBoundingClientRect();
      const box = frame.getBoundingClientRect();
      const top = rect.top - box.top - ABOVE;
      const left = Math.max(0, Math.min(rect.left - box.left, box.width - WIDTH));
      setPlace((current) => (current && current.top === top && current.left === left ? current : { top: top < 0 ? rect.bottom - box.top + 6 : top, left }));
    };
    document.addEventListener("selectionchange", update);
    window.addEventListener("resize", update);
    editor.on("update", update);
    return () => {
      document.removeEventListener("selectionchange", update);
      window.removeEventListener("resize", update);
      editor.off("update", update);
    };
  }, [editor]);

  return (
    <div ref={anchor} className="koers-comment-float" style={place ? { top: place.top, left: place.left } : undefined} hidden={!place}>
      <CommentButton
        shortcut={shortcut}
        onStart={() => {
          onStart();
          setPlace(null);
        }}
        className="koers-tool--float"
      />
    </div>
  );
}
