import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { absolutePositionToRelativePosition, initProseMirrorDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { TEXT_FIELD } from "./document";
import { programmeTextSchema } from "./schema";

// Inline comments anchor to the programme text by Yjs relative positions, stored with the
// thread (base64 of Y.encodeRelativePosition). The text itself is never touched: no marks, no
// ids in the document. A relative position names a character (its Yjs item), so it follows
// that character whatever is typed before it, on every replica.

/** Yjs types to the ProseMirror nodes they are shown as (y-tiptap's ProsemirrorMapping). */
export type ProsemirrorMapping = Map<Y.AbstractType<any>, ProseMirrorNode | ProseMirrorNode[]>;

/** The longest quote a thread keeps of the text it was started on. */
export const QUOTE_MAX_LENGTH = 500;

/** Where a text thread is anchored: the encoded start and end of its range. */
export type TextAnchor = { anchorStart: string; anchorEnd: string };

/**
 * A Yjs fragment and the ProseMirror document it is shown as: the ySync plugin's binding in
 * the editor (binding.doc, binding.type, binding.mapping and the view's doc), or one built
 * from a Y.Doc alone with `anchorBindingOf` (server, tests).
 */
export type AnchorBinding = {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: ProsemirrorMapping;
  node: ProseMirrorNode;
};

/** Where an anchor is now: the range it covers, or `deleted` when none of its text is left. */
export type ResolvedAnchor = { deleted: false; from: number; to: number; text: string } | { deleted: true; at: number | null };

/** A binding of the programme text of a Y.Doc, for use without an editor. */
export function anchorBindingOf(doc: Y.Doc): AnchorBinding {
  const type = doc.getXmlFragment(TEXT_FIELD);
  const { doc: node, mapping } = initProseMirrorDoc(type, programmeTextSchema());
  return { doc, type, mapping, node };
}

/** A relative position as the API carries it (base64 of Y.encodeRelativePosition). */
export function encodeAnchorPosition(position: Y.RelativePosition): string {
  const bytes = Y.encodeRelativePosition(position);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The relative position of an encoded anchor, or null when it is not one. */
export function decodeAnchorPosition(encoded: string): Y.RelativePosition | null {
  try {
    const binary = atob(encoded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return Y.decodeRelativePosition(bytes);
  } catch {
    return null;
  }
}

/**
 * The part of [from, to] that is text: a selection that starts before a paragraph or ends
 * after one (a triple click, Shift+Down) is narrowed to the characters it holds. Null when
 * it holds none.
 */
export function textRangeWithin(node: ProseMirrorNode, from: number, to: number): { from: number; to: number } | null {
  const start = Math.max(0, Math.min(from, to));
  const end = Math.min(node.content.size, Math.max(from, to));
  let first = -1;
  let last = -1;
  if (start >= end) return null;
  node.nodesBetween(start, end, (child, pos) => {
    if (!child.isText) return true;
    const s = Math.max(pos, start);
    const e = Math.min(pos + child.nodeSize, end);
    if (s < e) {
      if (first < 0) first = s;
      last = e;
    }
    return false;
  });
  return first < 0 ? null : { from: first, to: last };
}

/** The text of a range as a quote: blocks joined by a space, white space collapsed, at most QUOTE_MAX_LENGTH characters. */
export function quoteOf(node: ProseMirrorNode, from: number, to: number): string {
  const text = node.textBetween(from, to, " ", " ").replace(/\s+/g, " ").trim();
  return text.length <= QUOTE_MAX_LENGTH ? text : `${text.slice(0, QUOTE_MAX_LENGTH - 1).trimEnd()}…`;
}

/**
 * The anchor of the text in [from, to] (ProseMirror positions of `binding.node`), or null
 * when the range holds no text. The start sticks to the first character of the range and
 * the end to the last, so text typed right before or right after the range stays outside it,
 * and text typed inside it is inside.
 */
export function anchorOfRange(binding: AnchorBinding, from: number, to: number): (TextAnchor & { quote: string }) | null {
  const range = trimmed(binding.node, textRangeWithin(binding.node, from, to));
  if (!range) return null;
  // y-tiptap's positions associate with the character before; the start should hold on to
  // the character after it (the first of the range).
  const before = absolutePositionToRelativePosition(range.from, binding.type, binding.mapping) as Y.RelativePosition;
  const decoded = Y.createAbsolutePositionFromRelativePosition(before, binding.doc);
  const start =
    decoded && decoded.type instanceof Y.XmlText && decoded.index < decoded.type.length
      ? Y.createRelativePositionFromTypeIndex(decoded.type, decoded.index, 0)
      : before;
  const end = absolutePositionToRelativePosition(range.to, binding.type, binding.mapping) as Y.RelativePosition;
  return { anchorStart: encodeAnchorPosition(start), anchorEnd: encodeAnchorPosition(end), quote: quoteOf(binding.node, range.from, range.to) };
}

/** A range without the white space at its ends (a word selected with Ctrl+Shift+→ brings its space). */
function trimmed(node: ProseMirrorNode, range: { from: number; to: number } | null): { from: number; to: number } | null {
  if (!range) return null;
  let { from, to } = range;
  while (from < to && /\s/.test(node.textBetween(from, from + 1, "\n", "\n"))) from += 1;
  while (to > from && /\s/.test(node.textBetween(to - 1, to, "\n", "\n"))) to -= 1;
  return textRangeWithin(node, from, to);
}

/**
 * Where an anchor's text is in the document now. When all of it was deleted, `deleted`,
 * with the place it was (null when even that is unknown, e.g. an anchor of another document).
 */
export function resolveAnchor(binding: AnchorBinding, anchor: TextAnchor): ResolvedAnchor {
  const startPosition = decodeAnchorPosition(anchor.anchorStart);
  const endPosition = decodeAnchorPosition(anchor.anchorEnd);
  const from = startPosition ? absoluteOf(binding, startPosition) : null;
  const to = endPosition ? absoluteOf(binding, endPosition) : null;
  if (from === null || to === null) return { deleted: true, at: from ?? to };
  if (from >= to) return { deleted: true, at: from };
  const size = binding.node.content.size;
  const range = textRangeWithin(binding.node, Math.min(from, size), Math.min(to, size));
  if (!range) return { deleted: true, at: Math.min(from, size) };
  return { deleted: false, from: range.from, to: range.to, text: binding.node.textBetween(range.from, range.to, " ", " ") };
}

/**
 * The ProseMirror position of a relative position, like y-tiptap's
 * relativePositionToAbsolutePosition, with two differences that matter for comments: a
 * position inside a deleted paragraph (or chapter …) becomes the place that block was, and
 * a position at the very start of the text is not taken for a misresolved one.
 */
function absoluteOf(binding: AnchorBinding, relative: Y.RelativePosition): number | null {
  const decoded = Y.createAbsolutePositionFromRelativePosition(relative, binding.doc);
  if (!decoded) return null;
  let type: Y.AbstractType<unknown> = decoded.type;
  let index = decoded.index;
  // Climb out of deleted types: the position becomes where the outermost deleted one was.
  for (let current: Y.AbstractType<unknown> = type; current !== binding.type; ) {
    const item = current._item;
    if (!item) return null; // another root type: not this text
    const parent = item.parent as Y.AbstractType<unknown>;
    if (item.deleted) {
      type = parent;
      index = liveIndexOf(item);
    }
    current = parent;
  }
  let pos = type instanceof Y.XmlText ? index : childrenSize(binding, type, index);
  if (pos === null) return null;
  while (type !== binding.type) {
    const item = type._item!;
    const parent = item.parent as Y.AbstractType<unknown>;
    const before = sizeBefore(binding, item);
    if (before === null) return null;
    // An element's content starts after its opening tag; text has none.
    pos += before + (type instanceof Y.XmlText ? 0 : 1);
    type = parent;
  }
  return pos;
}

/** How many live (countable) units precede an item in its parent. */
function liveIndexOf(item: Y.Item): number {
  let index = 0;
  for (let left = item.left; left; left = left.left) if (!left.deleted && left.countable) index += left.length;
  return index;
}

/** The ProseMirror size of the first `count` live children of an element or the fragment. */
function childrenSize(binding: AnchorBinding, type: Y.AbstractType<unknown>, count: number): number | null {
  let size = 0;
  let seen = 0;
  for (let item = type._start; item && seen < count; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const child = sizeOf(binding, item);
    if (child === null) return null;
    size += child;
    seen += 1;
  }
  return size;
}

/** The ProseMirror size of the live siblings before an item. */
function sizeBefore(binding: AnchorBinding, item: Y.Item): number | null {
  let size = 0;
  for (let left = item.left; left; left = left.left) {
    if (left.deleted || !left.countable) continue;
    const child = sizeOf(binding, left);
    if (child === null) return null;
    size += child;
  }
  return size;
}

function sizeOf(binding: AnchorBinding, item: Y.Item): number | null {
  const content = item.content;
  if (!(content instanceof Y.ContentType)) return item.length;
  const child = content.type;
  if (child instanceof Y.XmlText) return child.length;
  const node = binding.mapping.get(child);
  return node && !Array.isArray(node) ? node.nodeSize : null;
}
