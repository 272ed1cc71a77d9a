import { blockKeyOf, TEXT_FIELD } from "@koers/editor";
import * as Y from "yjs";

/*
 * Edits the server makes to a programme text, on the Yjs document (the same structure
 * y-prosemirror writes: one XmlElement per node, attributes as values, XmlText for text).
 * Every edit runs in one transaction with the given origin, so it is logged and broadcast
 * like any other.
 */

export type ChapterDomain = { id: string; name: string };

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  if (text) element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function chapterElement(domain: ChapterDomain): Y.XmlElement {
  const chapter = new Y.XmlElement("chapter");
  chapter.setAttribute("domainId", domain.id);
  chapter.setAttribute("title", domain.name);
  chapter.insert(0, [paragraph("")]);
  return chapter;
}

/** An action block with the action's title as first paragraph and its description after it. */
export function actionBlockElement(action: { id: string; title: string; description: string }): Y.XmlElement {
  const block = new Y.XmlElement("actionBlock");
  block.setAttribute("actionId", action.id);
  const rest = action.description.split(/\n{2,}/).map((part) => part.trim()).filter(Boolean);
  block.insert(0, [paragraph(action.title), ...rest.map(paragraph)]);
  return block;
}

const isChapter = (node: unknown): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === "chapter";

/**
 * One chapter per live domain, in the domains' order, headed by the domain's name. Missing
 * chapters are added (empty), titles follow renames, and chapters out of order are moved
 * (re-created in place: Yjs has no move). Chapters of other domains are left as they are.
 * Returns whether anything changed.
 */
export function syncChapters(doc: Y.Doc, domains: readonly ChapterDomain[], origin: unknown): boolean {
  const fragment = doc.getXmlFragment(TEXT_FIELD);
  let changed = false;
  doc.transact(() => {
    if (fragment.length === 0 || isChapter(fragment.get(0))) {
      fragment.insert(0, [paragraph("")]);
      changed = true;
    }
    const live = new Map(domains.map((domain) => [domain.id, domain]));
    const chapterOf = new Map<string, Y.XmlElement>();
    for (const node of fragment.toArray()) {
      if (!isChapter(node)) continue;
      const domainId = String(node.getAttribute("domainId") ?? "");
      if (live.has(domainId) && !chapterOf.has(domainId)) chapterOf.set(domainId, node);
    }
    // Order: the live chapters as they stand must follow the domains' order.
    const standing = fragment.toArray().filter((node): node is Y.XmlElement => isChapter(node) && [...chapterOf.values()].includes(node));
    const wanted = domains.map((domain) => chapterOf.get(domain.id)).filter((node): node is Y.XmlElement => node !== undefined);
    if (standing.some((node, index) => node !== wanted[index])) {
      const at = fragment.toArray().indexOf(standing[0]!);
      const copies = wanted.map((node) => node.clone());
      for (const node of standing) fragment.delete(fragment.toArray().indexOf(node), 1);
      fragment.insert(at, copies);
      chapterOf.clear();
      for (const copy of copies) chapterOf.set(String(copy.getAttribute("domainId")), copy);
      changed = true;
    }
    // Missing chapters go after the chapter of the domain before them.
    let previous: Y.XmlElement | null = null;
    for (const domain of domains) {
      let chapter = chapterOf.get(domain.id);
      if (!chapter) {
        chapter = chapterElement(domain);
        const nodes = fragment.toArray();
        const firstChapter = nodes.findIndex(isChapter);
        const index = previous ? nodes.indexOf(previous) + 1 : firstChapter === -1 ? nodes.length : firstChapter;
        fragment.insert(index, [chapter]);
        chapterOf.set(domain.id, chapter);
        changed = true;
      } else if (chapter.getAttribute("title") !== domain.name) {
        chapter.setAttribute("title", domain.name);
        changed = true;
      }
      previous = chapter;
    }
  }, origin);
  return changed;
}

/** The action block with this Yjs item key, if it is still in the text. */
export function findBlock(doc: Y.Doc, blockKey: string): Y.XmlElement | null {
  for (const chapter of doc.getXmlFragment(TEXT_FIELD).toArray()) {
    if (!isChapter(chapter)) continue;
    for (const child of chapter.toArray()) {
      if (child instanceof Y.XmlElement && child.nodeName === "actionBlock" && blockKeyOf(child) === blockKey) return child;
    }
  }
  return null;
}

/** Rewrites the `actionId` of blocks (duplicates, bad ids). */
export function reassignBlocks(doc: Y.Doc, changes: readonly { blockKey: string; actionId: string }[], origin: unknown): void {
  if (changes.length === 0) return;
  doc.transact(() => {
    for (const change of changes) findBlock(doc, change.blockKey)?.setAttribute("actionId", change.actionId);
  }, origin);
}

/** Appends blocks for actions made outside the text at the end of their domain's chapter. */
export function placeActions(
  doc: Y.Doc,
  actions: readonly { id: string; primaryDomainId: string; title: string; description: string }[],
  origin: unknown,
): string[] {
  const placed: string[] = [];
  if (actions.length === 0) return placed;
  doc.transact(() => {
    const chapters = doc.getXmlFragment(TEXT_FIELD).toArray().filter(isChapter);
    for (const action of actions) {
      const chapter = chapters.find((node) => node.getAttribute("domainId") === action.primaryDomainId);
      if (!chapter) continue;
      chapter.push([actionBlockElement(action)]);
      placed.push(action.id);
    }
  }, origin);
  return placed;
}

/**
 * Brings the blocks of actions changed outside the text (on the action page) in line: an
 * archived action's block leaves the text; a changed title or description rewrites the
 * block's text; a new primary domain moves the block to the end of that chapter.
 */
export function followActions(
  doc: Y.Doc,
  actions: readonly { id: string; primaryDomainId: string; title: string; description: string; archived: boolean }[],
  current: ReadonlyMap<string, { title: string; description: string; domainId: string }>,
  origin: unknown,
): void {
  if (actions.length === 0) return;
  doc.transact(() => {
    const chapters = doc.getXmlFragment(TEXT_FIELD).toArray().filter(isChapter);
    for (const action of actions) {
      for (const chapter of chapters) {
        for (const child of chapter.toArray()) {
          if (!(child instanceof Y.XmlElement) || child.nodeName !== "actionBlock" || child.getAttribute("actionId") !== action.id) continue;
          const index = chapter.toArray().indexOf(child);
          if (action.archived) {
            chapter.delete(index, 1);
            continue;
          }
          const text = current.get(action.id);
          const rewrite = !text || text.title !== action.title || text.description !== action.description;
          const target = chapters.find((node) => node.getAttribute("domainId") === action.primaryDomainId);
          if (target && target !== chapter) {
            chapter.delete(index, 1);
            target.push([rewrite ? actionBlockElement(action) : child.clone()]);
          } else if (rewrite) {
            chapter.delete(index, 1);
            chapter.insert(index, [actionBlockElement(action)]);
          }
        }
      }
    }
  }, origin);
}
