import { ActionBlock, Chapter, programmeTextExtensions } from "@koers/editor";
import type { AnyExtension } from "@tiptap/core";
import { ReactNodeViewRenderer } from "@tiptap/react";
import { ActionBlockView } from "./ActionBlockView";
import { ChapterView } from "./ChapterView";

/** Events inside a block's tracking strip are the browser's (follow a link), not the editor's. */
function inTrackingStrip({ event }: { event: Event }): boolean {
  return event.target instanceof Element && event.target.closest(".koers-action__tracking") !== null;
}

const ChapterWithView = Chapter.extend({
  addNodeView() {
    return ReactNodeViewRenderer(ChapterView);
  },
});

const ActionBlockWithView = ActionBlock.extend({
  addNodeView() {
    return ReactNodeViewRenderer(ActionBlockView, { stopEvent: inTrackingStrip });
  },
});

const VIEWS: Record<string, AnyExtension> = { [Chapter.name]: ChapterWithView, [ActionBlockWithView.name]: ActionBlockWithView };

/**
 * The schema's extensions for the browser editor, with React node views for chapters and
 * action blocks. The schema itself stays the one in packages/editor (the server's): a view
 * only changes how a node is drawn, never what the document may hold.
 */
export function editorExtensions(options: { collaborative?: boolean } = {}): AnyExtension[] {
  return programmeTextExtensions(options).map((extension) => VIEWS[extension.name] ?? extension);
}
