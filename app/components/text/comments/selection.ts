import { anchorOfRange, type TextAnchor } from "@koers/editor";
import type { EditorView } from "@tiptap/pm/view";
import { bindingOfState } from "../comment-highlights";

/** The shortcut that starts a comment on the selected text (also in a read-only text). */
export const COMMENT_SHORTCUT = "Mod-Alt-m";

/** Whether a key press is the comment shortcut (by the key's place: ⌥M types "µ" on a Mac). */
export function isCommentShortcut(event: KeyboardEvent, mac: boolean): boolean {
  const mod = mac ? event.metaKey : event.ctrlKey;
  return mod && event.altKey && !event.shiftKey && event.code === "KeyM";
}

/**
 * The selected range of the text, in ProseMirror positions. The browser's own selection comes
 * first: it is what the person sees, also in a read-only text (where ProseMirror may not
 * follow it); otherwise the editor's selection, which it keeps when the focus leaves it.
 */
export function selectedRange(view: EditorView): { from: number; to: number } | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (selection && !selection.isCollapsed && selection.anchorNode && selection.focusNode && view.dom.contains(selection.anchorNode) && view.dom.contains(selection.focusNode)) {
    try {
      const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
      const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
      if (anchor !== head) return { from: Math.min(anchor, head), to: Math.max(anchor, head) };
    } catch {
      // A node ProseMirror does not know (a caret label): fall back to its own selection.
    }
  }
  const { from, to, empty } = view.state.selection;
  return empty ? null : { from, to };
}

/** The anchor and quote of the selected text, or null when no text is selected. */
export function anchorOfSelection(view: EditorView): (TextAnchor & { quote: string }) | null {
  const range = selectedRange(view);
  const binding = bindingOfState(view.state);
  if (!range || !binding) return null;
  return anchorOfRange(binding, range.from, range.to);
}
