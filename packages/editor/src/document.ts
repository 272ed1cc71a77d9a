import type { JSONContent } from "@tiptap/core";
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { programmeTextSchema } from "./schema";

/** The Yjs field holding the ProseMirror document (Tiptap's Collaboration default). */
export const TEXT_FIELD = "default";

const PREFIX = "programme.";
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One Yjs document per programme, named `programme.<id>`. */
export function programmeDocumentName(programmeId: string): string {
  return `${PREFIX}${programmeId}`;
}

/** The programme id of a document name, or null when the name is not one of ours. */
export function programmeIdOf(documentName: string): string | null {
  if (!documentName.startsWith(PREFIX)) return null;
  const id = documentName.slice(PREFIX.length);
  return ID.test(id) ? id : null;
}

/** ProseMirror JSON of a whole programme text. */
export type TextJSON = JSONContent & { type: "doc" };

/** A Yjs document holding the given ProseMirror JSON, validated against the schema. */
export function yDocFromJSON(json: TextJSON): Y.Doc {
  // nodeFromJSON throws on anything the schema does not allow.
  programmeTextSchema().nodeFromJSON(json).check();
  return prosemirrorJSONToYDoc(programmeTextSchema(), json, TEXT_FIELD);
}

/** The programme text of a Yjs document as ProseMirror JSON (schema-checked). */
export function jsonFromYDoc(doc: Y.Doc): TextJSON {
  const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(TEXT_FIELD), programmeTextSchema());
  return node.toJSON() as TextJSON;
}

/** The text content, blocks separated by a blank line (search, tests, exports). */
export function plainTextOf(doc: Y.Doc): string {
  const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(TEXT_FIELD), programmeTextSchema());
  return node.textBetween(0, node.content.size, "\n\n", " ");
}
