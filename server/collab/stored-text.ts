import { jsonFromYDoc, programmeDocumentName, type TextJSON } from "@koers/editor";
import * as Y from "yjs";
import type { Db } from "../db.server.js";
import { applyStoredState, logUpdates } from "./document-store.js";

/**
 * The programme text as stored (snapshot + log: everything any writer has been told is
 * saved), as ProseMirror JSON — for pages that show the text without the live editor.
 */
export async function storedProgrammeText(db: Db, programmeId: string): Promise<TextJSON> {
  const documentName = programmeDocumentName(programmeId);
  const [snapshot, updates] = await db.$transaction(
    [
      db.collabSnapshot.findUnique({ where: { documentName }, select: { state: true } }),
      db.collabUpdate.findMany({ where: { documentName }, orderBy: { id: "asc" }, select: { update: true, updateCount: true } }),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  const doc = new Y.Doc();
  try {
    applyStoredState(documentName, doc, snapshot?.state ?? null, logUpdates(documentName, updates));
    return jsonFromYDoc(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * An action's description as written in the programme text: the rich content of its block
 * after the title line, as a small document. Null when the block is not (or no longer) in
 * the text, or has nothing after its title.
 */
export async function storedActionDescription(db: Db, programmeId: string, actionId: string): Promise<TextJSON | null> {
  const text = await storedProgrammeText(db, programmeId);
  for (const chapter of text.content ?? []) {
    if (chapter.type !== "chapter") continue;
    for (const node of chapter.content ?? []) {
      if (node.type !== "actionBlock" || node.attrs?.actionId !== actionId) continue;
      const rest = (node.content ?? []).slice(1);
      return rest.some((child) => (child.content ?? []).length > 0) ? { type: "doc", content: rest } : null;
    }
  }
  return null;
}
