export { programmeTextExtensions, HEADING_LEVELS } from "./extensions";
export { programmeTextSchema } from "./schema";
export {
  TEXT_FIELD,
  programmeDocumentName,
  programmeIdOf,
  yDocFromJSON,
  jsonFromYDoc,
  plainTextOf,
  type TextJSON,
} from "./document";
export { Chapter } from "./nodes/chapter";
export { ActionBlock, ACTION_BLOCK_SHORTCUT, ACTION_SLASH_COMMAND } from "./nodes/action-block";
export { readActionBlocks, blockKeyOf } from "./action-blocks";
export { anchorBindingOf, anchorOfRange, resolveAnchor, encodeAnchorPosition, decodeAnchorPosition, textRangeWithin, quoteOf, QUOTE_MAX_LENGTH, type AnchorBinding, type TextAnchor, type ResolvedAnchor } from "./comment-anchors";
