import type { AnyExtension } from "@tiptap/core";
import { StarterKit } from "@tiptap/starter-kit";

/**
 * The programme text's schema, once, for the browser editor and the server alike:
 * headings (levels 2–4: the page title is the h1), paragraphs, bold, italic, underline,
 * bullet and numbered lists, links and block quotes. Nothing else may appear in the text.
 *
 * `collaborative: true` drops Tiptap's own undo history: with Yjs the Collaboration
 * extension brings an undo manager that only undoes one's own changes.
 */
export function programmeTextExtensions(options: { collaborative?: boolean } = {}): AnyExtension[] {
  return [
    StarterKit.configure({
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
