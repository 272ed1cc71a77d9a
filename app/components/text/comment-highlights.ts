import { resolveAnchor, type AnchorBinding, type TextAnchor } from "@koers/editor";
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import type { ThreadPlaces } from "./comments/types";

/** A thread on the text: its id and anchor; resolved ones are followed but not highlighted. */
export type HighlightThread = TextAnchor & { id: string; resolved: boolean };

type Range = { from: number; to: number };

export type HighlightState = {
  /** The threads on the text (only the open ones are highlighted). */
  threads: readonly HighlightThread[];
  activeId: string | null;
  /** The range of a thread being written (not saved yet). */
  draft: TextAnchor | null;
  /** Where each thread's text is now: its range, or null when its text is gone. */
  ranges: ReadonlyMap<string, Range | null>;
  draftRange: Range | null;
  /** The Yjs binding was there: ranges are known, not guessed. */
  bound: boolean;
  /** The ranges were only mapped through local edits since they were last resolved. */
  mapped: boolean;
  decorations: DecorationSet;
};

/** What to highlight now: read by the plugin whenever it resolves the ranges again. */
export type HighlightInput = Pick<HighlightState, "threads" | "activeId" | "draft">;

type Options = {
  /** The open threads, the active one and the range being commented on, as the page has them now. */
  current: () => HighlightInput;
  onActivate: (threadId: string) => void;
};

export const commentHighlightsKey = new PluginKey<HighlightState>("koersCommentHighlights");

/** How long after the last local edit the ranges are resolved again from their anchors. */
const SETTLE_MS = 250;

/** The programme text's Yjs binding in this editor state (the ySync plugin's), when it is there. */
export function bindingOfState(state: EditorState): AnchorBinding | null {
  const binding = (ySyncPluginKey.getState(state) as { binding?: { doc: AnchorBinding["doc"]; type: AnchorBinding["type"]; mapping: AnchorBinding["mapping"] } | null } | undefined)?.binding;
  if (!binding?.mapping) return null;
  return { doc: binding.doc, type: binding.type, mapping: binding.mapping, node: state.doc };
}

/** What is highlighted changed (threads, the active one, the range being commented on): resolve again. */
export function refreshCommentHighlights(view: EditorView): void {
  if ((view as EditorView & { isDestroyed?: boolean }).isDestroyed) return;
  view.dispatch(view.state.tr.setMeta(commentHighlightsKey, true));
}

/** Where the threads' texts are, for the panel: null until the live text is bound. */
export function threadPlacesOf(state: EditorState): ThreadPlaces | null {
  const plugin = commentHighlightsKey.getState(state);
  return plugin?.bound ? placesOf(plugin.ranges) : null;
}

/** Threads whose text is there in the order of the text, and those whose text is gone. */
export function placesOf(ranges: ReadonlyMap<string, Range | null>): ThreadPlaces {
  const live: [string, number][] = [];
  const deleted: string[] = [];
  for (const [id, range] of ranges) {
    if (range) live.push([id, range.from]);
    else deleted.push(id);
  }
  live.sort((a, b) => a[1] - b[1]);
  return { order: live.map(([id]) => id), deleted };
}

/** The range of a thread's text now, or null (gone, or not known yet). */
export function threadRangeOf(state: EditorState, threadId: string): Range | null {
  return commentHighlightsKey.getState(state)?.ranges.get(threadId) ?? null;
}

/**
 * Highlights the text the open comment threads are about: inline decorations (the text
 * itself is never changed), the active thread more strongly, and the range someone is
 * writing a comment on. Ranges are resolved from the threads' Yjs anchors whenever the
 * document changes through Yjs (others' edits, undo, the first load), when the threads
 * change, and shortly after one's own typing stops; in between, one's own edits map them.
 * Clicking a highlight opens its thread.
 */
export const CommentHighlights = Extension.create<Options>({
  name: "commentHighlights",

  addOptions() {
    return { current: () => ({ threads: [], activeId: null, draft: null }), onActivate: () => {} };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_, state) => resolveAll(state, options.current()),
          apply(tr: Transaction, previous: HighlightState, _old: EditorState, state: EditorState): HighlightState {
            // Through Yjs (others' edits, undo, the first load) ProseMirror gets a whole new
            // document, so ranges cannot be mapped: they are resolved from their anchors.
            if (tr.getMeta(commentHighlightsKey) || tr.getMeta(ySyncPluginKey) !== undefined) return resolveAll(state, options.current());
            if (!tr.docChanged) return previous;
            const ranges = new Map<string, Range | null>();
            for (const [id, range] of previous.ranges) ranges.set(id, range ? mapRange(tr, range) : null);
            const draftRange = previous.draftRange ? mapRange(tr, previous.draftRange) : null;
            return { ...previous, ranges, draftRange, mapped: true, decorations: decorationsOf(state.doc, previous.threads, ranges, previous.activeId, draftRange) };
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations ?? DecorationSet.empty,
          handleDOMEvents: {
            click(view, event) {
              const target = event.target instanceof Element ? event.target.closest("[data-thread-id]") : null;
              if (!target || !view.dom.contains(target)) return false;
              // Selecting text that starts on a highlight is not a click on it.
              const selection = view.dom.ownerDocument.getSelection();
              if (selection && !selection.isCollapsed) return false;
              const id = target.getAttribute("data-thread-id");
              if (id) options.onActivate(id);
              return false;
            },
          },
        },
        view() {
          let timer: ReturnType<typeof setTimeout> | undefined;
          return {
            update(view, previous) {
              if (view.state.doc === previous.doc || !commentHighlightsKey.getState(view.state)?.mapped) return;
              clearTimeout(timer);
              timer = setTimeout(() => refreshCommentHighlights(view), SETTLE_MS);
            },
            destroy() {
              clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});

function resolveAll(state: EditorState, given: HighlightInput): HighlightState {
  const binding = bindingOfState(state);
  if (!binding) return { ...given, ranges: new Map(), draftRange: null, bound: false, mapped: false, decorations: DecorationSet.empty };
  return { ...given, ...highlightsOf(binding, given), bound: true, mapped: false };
}

/**
 * Where the threads' texts are in a bound document, and the highlights for them: open threads
 * whose text is there (the active one more strongly) and the range being commented on.
 */
export function highlightsOf(binding: AnchorBinding, given: HighlightInput): Pick<HighlightState, "ranges" | "draftRange" | "decorations"> {
  const ranges = new Map<string, Range | null>();
  for (const thread of given.threads) {
    const resolved = resolveAnchor(binding, thread);
    ranges.set(thread.id, resolved.deleted ? null : { from: resolved.from, to: resolved.to });
  }
  const draft = given.draft ? resolveAnchor(binding, given.draft) : null;
  const draftRange = draft && !draft.deleted ? { from: draft.from, to: draft.to } : null;
  return { ranges, draftRange, decorations: decorationsOf(binding.node, given.threads, ranges, given.activeId, draftRange) };
}

function mapRange(tr: Transaction, range: Range): Range | null {
  const from = tr.mapping.map(range.from, 1);
  const to = tr.mapping.map(range.to, -1);
  return from < to ? { from, to } : null;
}

function decorationsOf(doc: ProseMirrorNode, threads: readonly HighlightThread[], ranges: ReadonlyMap<string, Range | null>, activeId: string | null, draft: Range | null): DecorationSet {
  const size = doc.content.size;
  const decorations: Decoration[] = [];
  for (const { id, resolved } of threads) {
    const range = ranges.get(id);
    if (resolved || !range || range.to > size) continue;
    const active = id === activeId;
    decorations.push(
      Decoration.inline(range.from, range.to, {
        nodeName: "mark",
        class: active ? "koers-comment-mark koers-comment-mark--active" : "koers-comment-mark",
        "data-thread-id": id,
      }),
    );
  }
  if (draft && draft.to <= size) {
    decorations.push(Decoration.inline(draft.from, draft.to, { nodeName: "mark", class: "koers-comment-mark koers-comment-mark--draft" }));
  }
  return DecorationSet.create(doc, decorations);
}
