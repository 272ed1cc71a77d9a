import { z } from "zod";
import type { Role } from "./roles.js";

/*
 * Conversation rules: what a comment body may be, who may resolve a thread or change a
 * comment, and which members a body mentions. Pure, shared by the server and the forms.
 */

export const COMMENT_BODY_MAX_LENGTH = 5000;

/** A comment's text: plain text, trimmed, 1–5,000 characters. */
export const commentBodySchema = z
  .string({ error: "errors.comment.bodyRequired" })
  .trim()
  .min(1, { error: "errors.comment.bodyRequired" })
  .max(COMMENT_BODY_MAX_LENGTH, { error: "errors.comment.bodyTooLong" });

/** Roles that may resolve and reopen any thread (besides its starter). */
export const THREAD_MODERATORS: readonly Role[] = ["admin", "council", "civil_servant"];

/**
 * May this member resolve or reopen this thread? Its starter may, and staff (admin, council,
 * civil servants) may for every thread, since they keep the programme's conversation tidy.
 */
export function canResolveThread(actor: { userId: string; role: Role }, thread: { createdById: string | null }): boolean {
  return THREAD_MODERATORS.includes(actor.role) || (thread.createdById !== null && thread.createdById === actor.userId);
}

/**
 * May this person edit or delete this comment? Only its author, and only while it is not
 * deleted: nobody puts words in someone else's mouth, staff included.
 */
export function canChangeComment(actorUserId: string, comment: { authorId: string | null; deletedAt: Date | null }): boolean {
  return comment.deletedAt === null && comment.authorId !== null && comment.authorId === actorUserId;
}

export type MentionCandidate = { id: string; name: string };

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/**
 * The members a plain-text body mentions: "@" followed by a member's full name as written in
 * Koers, case-insensitive, with no letter or digit right after the name ("@Anouk Ambtenaar,"
 * but not "@Anouk Ambtenaarsen"). Where several names fit, the longest wins ("@Jan de Vries"
 * over "@Jan"); members who share that exact name are all mentioned, since the text cannot
 * tell them apart. The "@" must not follow a letter or digit, so e-mail addresses are no
 * mentions. Each member once, in order of first mention.
 */
export function findMentions<M extends MentionCandidate>(body: string, members: readonly M[]): M[] {
  const candidates = members
    .map((member) => ({ member, name: member.name.trim().toLowerCase() }))
    .filter((candidate) => candidate.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  const lower = body.toLowerCase();
  // Lower-casing may change a string's length (rare letters); then positions cannot be shared.
  const sameLength = lower.length === body.length;
  const found = new Map<string, M>();
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    if (at > 0 && WORD_CHARACTER.test(body[at - 1]!)) continue;
    const start = at + 1;
    let longest = -1;
    for (const { member, name } of candidates) {
      if (longest !== -1 && name.length < longest) break;
      const slice = sameLength ? lower.slice(start, start + name.length) : body.slice(start, start + name.length).toLowerCase();
      if (slice !== name) continue;
      const next = body[start + name.length];
      if (next !== undefined && WORD_CHARACTER.test(next)) continue;
      longest = name.length;
      if (!found.has(member.id)) found.set(member.id, member);
    }
  }
  return [...found.values()];
}

/**
 * The mention being typed at the caret, for the autocomplete: the text after the last "@"
 * before the caret (at most a few words, no line break), or null when the caret is not in a
 * mention.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at === -1) return null;
  if (at > 0 && WORD_CHARACTER.test(before[at - 1]!)) return null;
  const query = before.slice(at + 1);
  if (query.length > 60 || /[\n\r@]/.test(query) || /^\s/.test(query) || query.split(/\s+/).length > 4) return null;
  return { start: at, query };
}
