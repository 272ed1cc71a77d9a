import type { TextBlock } from "@koers/domain";
import * as Y from "yjs";
import { TEXT_FIELD } from "./document";

/**
 * The action blocks of a programme text, in document order, read straight from the Yjs
 * document (no ProseMirror conversion: this runs after every edit). Each carries its chapter's
 * domain, its title (the first paragraph) and its description (the rest, as plain text).
 */
export function readActionBlocks(doc: Y.Doc): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chapter of doc.getXmlFragment(TEXT_FIELD).toArray()) {
    if (!(chapter instanceof Y.XmlElement) || chapter.nodeName !== "chapter") continue;
    const domainId = String(chapter.getAttribute("domainId") ?? "");
    for (const child of chapter.toArray()) {
      if (!(child instanceof Y.XmlElement) || child.nodeName !== "actionBlock") continue;
      const [first, ...rest] = child.toArray();
      blocks.push({
        actionId: String(child.getAttribute("actionId") ?? ""),
        blockKey: blockKeyOf(child),
        domainId,
        title: first ? plainText(first) : "",
        description: rest.map(plainText).join("\n\n"),
      });
    }
  }
  return blocks;
}

/** The Yjs item id of an element, "client:clock": the same on every replica. */
export function blockKeyOf(element: Y.XmlElement): string {
  const id = element._item?.id;
  return id ? `${id.client}:${id.clock}` : "";
}

function plainText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === "string" ? op.insert : "")).join("");
  }
  if (!(node instanceof Y.XmlElement)) return "";
  const children = node.toArray();
  switch (node.nodeName) {
    case "bulletList":
      return children.map((item) => `- ${plainText(item)}`).join("\n");
    case "orderedList":
      return children.map((item, index) => `${index + 1}. ${plainText(item)}`).join("\n");
    case "listItem":
      return children.map(plainText).join(" ");
    default:
      return children.map(plainText).join("");
  }
}
