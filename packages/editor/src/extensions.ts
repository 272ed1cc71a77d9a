import { Document } from "@tiptap/extension-document";
import type { AnyExtension } from "@tiptap/core";
import { StarterKit } from "@tiptap/starter-kit";
import { ActionBlock } from "./nodes/action-block";
import { Chapter } from "./nodes/chapter";

/** The text: an introduction (at least one block), then one chapter per domain. */
const ProgrammeDocument = Document.extend({ content: "block+ chapter*" });

/**
 * The programme text's schema, once, for the browser editor and the server alike:
 * headings (levels 2–4: the page title is the h1), paragraphs, bold, italic, underline,
 * bullet and numbered lists, links and block quotes; chapters bound to domains and, in them,
 * action blocks bound to actions. Nothing else may appear in the text.
 *
 * `collaborative: true` drops Tiptap's own undo history: with Yjs the Collaboration
 * extension brings an undo manager that only undoes one's own changes.
 */
export function programmeTextExtensions(options: { collaborative?: boolean } = {}): AnyExtension[] {
  return [
    ProgrammeDocument,
    Chapter,
    ActionBlock,
    StarterKit.configure({
      document: false,
      // A trailing paragraph cannot follow the chapters; writers type inside a chapter.
      trailingNode: false,
      heading: { levels: [...HEADING_LEVELS] },
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      hardBreak: false,
      undoRedo: options.collaborative ? false : {},
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        protocols: ["http", "https", "mailto"],
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
        isAllowedUri: (url, ctx) => ctx.defaultValidate(url) && /^(https?:|mailto:|\/|#)/i.test(url),
      },
    }),
  ];
}

export const HEADING_LEVELS = [2, 3, 4] as const;
