import { getSchema } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { programmeTextExtensions } from "./extensions";

let cached: Schema | null = null;

/** The ProseMirror schema of the programme text (built once per process). */
export function programmeTextSchema(): Schema {
  cached ??= getSchema(programmeTextExtensions());
  return cached;
}
