import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { refreshCommentHighlights, threadPlacesOf, threadRangeOf, type HighlightInput } from "../comment-highlights";
import type { CommentResult } from "./forms";
import type { Draft } from "./NewThreadForm";
import { anchorOfSelection, isCommentShortcut } from "./selection";
import { threadElementId, type TextThread, type ThreadPlaces } from "./types";

/**
 * What the editor's highlight extension asks the page (made before the editor, filled in by
 * useTextComments once both exist): what to highlight, and what a click on a highlight does.
 */
export type HighlightBridge = { input: HighlightInput; activate: (threadId: string) => void };

export function useHighlightBridge(): HighlightBridge {
  return useRef<HighlightBridge>({ input: { threads: [], activeId: null, draft: null }, activate: () => {} }).current;
}

type Options = {
  bridge: HighlightBridge;
  editor: Editor | null;
  editable: boolean;
  threads: readonly TextThread[];
  openThreadId: string | null;
  /** Reads the threads again (after one's own change). */
  refresh: () => void;
  mac: boolean;
};

export type TextComments = {
  activeId: string | null;
  draft: Draft | null;
  notice: string | null;
  confirmation: string | null;
  places: ThreadPlaces | null;
  activate: (threadId: string) => void;
  /** A highlight in the text was clicked: its thread becomes active and comes into view in the panel. */
  activateFromText: (threadId: string) => void;
  startFromSelection: () => void;
  showInText: (threadId: string) => void;
  onChanged: (result: CommentResult) => void;
  onDraftDone: (result: CommentResult | null) => void;
};

/**
 * The comments beside the live text: which thread is active, the thread being started, and
 * what the highlights in the editor show. Starting works on any selection of the text, also
 * in a read-only one, with the "Reageren" button or Ctrl+Alt+M (⌘⌥M) from anywhere on the page.
 */
export function useTextComments({ bridge, editor, editable, threads, openThreadId, refresh, mac }: Options): TextComments {
  const [activeId, setActiveId] = useState<string | null>(openThreadId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [focusThread, setFocusThread] = useState<string | null>(null);

  const anchored = useMemo(
    () =>
      threads
        .filter((thread) => thread.anchorStart && thread.anchorEnd)
        .map((thread) => ({ id: thread.id, anchorStart: thread.anchorStart!, anchorEnd: thread.anchorEnd!, resolved: thread.resolved })),
    [threads],
  );
  bridge.input = { threads: anchored, activeId, draft };

  useEffect(() => {
    if (editor && !editor.isDestroyed) refreshCommentHighlights(editor.view);
  }, [editor, anchored, activeId, draft]);

  const places = useEditorState({ editor, selector: ({ editor: e }) => (e ? threadPlacesOf(e.state) : null) });

  const activate = useCallback((threadId: string) => setActiveId(threadId), []);
  const activateFromText = useCallback((threadId: string) => {
    setActiveId(threadId);
    document.getElementById(threadElementId(threadId))?.scrollIntoView({ block: "nearest" });
  }, []);
  bridge.activate = activateFromText;

  const startFromSelection = useCallback(() => {
    if (!editor || editor.isDestroyed) return;
    const anchor = anchorOfSelection(editor.view);
    if (!anchor) {
      setNotice("text.comments.noSelection");
      return;
    }
    setNotice(null);
    setConfirmation(null);
    setDraft(anchor);
  }, [editor]);

  // The shortcut works wherever the focus is on the page: a read-only editor takes no keys.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCommentShortcut(event, mac)) return;
      event.preventDefault();
      startFromSelection();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [startFromSelection, mac]);

  const showInText = useCallback(
    (threadId: string) => {
      if (!editor || editor.isDestroyed) return;
      setActiveId(threadId);
      const range = threadRangeOf(editor.state, threadId);
      if (!range) return;
      scrollToText(editor, range.from);
      // Writers land in the text, on the words the thread is about.
      if (editable) editor.chain().setTextSelection(range).focus(undefined, { scrollIntoView: false }).run();
    },
    [editor, editable],
  );

  const onChanged = useCallback(
    (result: CommentResult) => {
      setConfirmation(result.ok);
      refresh();
    },
    [refresh],
  );

  const onDraftDone = useCallback(
    (result: CommentResult | null) => {
      setDraft(null);
      if (!result) {
        // Cancelled: back to the text (a read-only one takes the focus itself: ReadingCaret).
        if (!editor || editor.isDestroyed) return;
        if (editable) editor.commands.focus(undefined, { scrollIntoView: false });
        else editor.view.dom.focus({ preventScroll: true });
        return;
      }
      setConfirmation(result.ok);
      if (result.threadId) {
        setActiveId(result.threadId);
        setFocusThread(result.threadId);
      }
      refresh();
    },
    [editor, editable, refresh],
  );

  // A link to a thread (?reactie=…) shows its words in the text too, once they are found.
  const revealed = useRef(false);
  useEffect(() => {
    if (revealed.current || !openThreadId || !places || !editor || editor.isDestroyed) return;
    revealed.current = true;
    const range = threadRangeOf(editor.state, openThreadId);
    if (range) scrollToText(editor, range.from);
  }, [openThreadId, places, editor]);

  // A new thread gets the focus once it is in the list (after the threads were read again).
  useEffect(() => {
    if (!focusThread || !threads.some((thread) => thread.id === focusThread)) return;
    document.getElementById(threadElementId(focusThread))?.focus();
    setFocusThread(null);
  }, [focusThread, threads]);

  return { activeId, draft, notice, confirmation, places, activate, activateFromText, startFromSelection, showInText, onChanged, onDraftDone };
}

/** Brings a place in the text into the middle of the window. */
function scrollToText(editor: Editor, pos: number): void {
  const { node } = editor.view.domAtPos(pos);
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: "center" });
}
