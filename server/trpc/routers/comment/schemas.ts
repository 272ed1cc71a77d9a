import { commentBodySchema, idSchema } from "@koers/domain";
import * as Y from "yjs";
import { z } from "zod";

/** Bytes an anchor may take; a relative position is a few dozen at most. */
export const ANCHOR_MAX_BYTES = 200;
export const QUOTE_MAX_LENGTH = 500;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The bytes of an anchor, or null when it is no Y.encodeRelativePosition output. */
export function anchorBytes(value: string): Uint8Array | null {
  if (value.length === 0 || !BASE64.test(value)) return null;
  const bytes = new Uint8Array(Buffer.from(value, "base64"));
  if (bytes.length > ANCHOR_MAX_BYTES) return null;
  try {
    // Decoding must succeed and encode back to the very same bytes (no trailing garbage).
    const again = Y.encodeRelativePosition(Y.decodeRelativePosition(bytes));
    return Buffer.from(again).equals(Buffer.from(bytes)) ? bytes : null;
  } catch {
    return null;
  }
}

/** A base64 Yjs relative position (Y.encodeRelativePosition), checked by decoding it. */
const anchorSchema = z
  .string({ error: "errors.comment.anchorInvalid" })
  .max(Math.ceil(ANCHOR_MAX_BYTES / 3) * 4, { error: "errors.comment.anchorInvalid" })
  .refine((value) => anchorBytes(value) !== null, { error: "errors.comment.anchorInvalid" });

/** What a new thread is about: a range of the programme text, or an action, goal or indicator. */
export const threadTargetSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("text"),
    programmeId: idSchema,
    anchorStart: anchorSchema,
    anchorEnd: anchorSchema,
    quote: z.string({ error: "errors.comment.quoteInvalid" }).max(QUOTE_MAX_LENGTH, { error: "errors.comment.quoteTooLong" }),
  }),
  z.object({ type: z.literal("action"), actionId: idSchema }),
  z.object({ type: z.literal("goal"), goalId: idSchema }),
  z.object({ type: z.literal("indicator"), indicatorId: idSchema }),
]);
export type ThreadTargetInput = z.infer<typeof threadTargetSchema>;

/** Which threads to list: those on a programme's text, or those on one action, goal or indicator. */
export const threadsInput = z.discriminatedUnion("target", [
  z.object({ target: z.literal("text"), programmeId: idSchema }),
  z.object({ target: z.literal("action"), actionId: idSchema }),
  z.object({ target: z.literal("goal"), goalId: idSchema }),
  z.object({ target: z.literal("indicator"), indicatorId: idSchema }),
]);
export type ThreadsInput = z.infer<typeof threadsInput>;

export const startInput = z.object({ target: threadTargetSchema, body: commentBodySchema });
export const replyInput = z.object({ threadId: idSchema, body: commentBodySchema });
export const editInput = z.object({ commentId: idSchema, body: commentBodySchema });
export const commentIdInput = z.object({ commentId: idSchema });
export const threadIdInput = z.object({ threadId: idSchema });
export const mentionableInput = z.object({
  programmeId: idSchema,
  query: z.string().trim().max(120).default(""),
  /** 10 for the autocomplete; a page that filters in the browser may ask for up to 500. */
  limit: z.number().int().min(1).max(500).default(10),
});
