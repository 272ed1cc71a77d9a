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
