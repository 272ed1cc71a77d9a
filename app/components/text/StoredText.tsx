import { programmeTextExtensions, type TextJSON } from "@koers/editor";
import { renderToReactElement } from "@tiptap/static-renderer/pm/react";

/**
 * The programme text as stored, rendered on the server from the same schema the editor uses
 * (Tiptap's static renderer): readable before JavaScript runs, without it, and in print.
 */
export function StoredText({ text, className }: { text: TextJSON; className?: string }) {
  return <div className={className}>{renderToReactElement({ content: text, extensions: programmeTextExtensions() })}</div>;
}
