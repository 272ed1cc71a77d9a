import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../../../server/trpc/root";

/** A thread on the programme text, as comment.threads gives it (oldest first). */
export type TextThread = inferRouterOutputs<AppRouter>["comment"]["threads"][number];
export type ThreadComment = TextThread["comments"][number];
/** A member one may @mention (comment.mentionable), suggested as one types. */
export type MentionPerson = inferRouterOutputs<AppRouter>["comment"]["mentionable"][number];

/** The message the collaboration server sends to every open editor when a text thread changed. */
export const COMMENTS_CHANGED = "comments-changed";

/** The query parameter that opens one thread (notifications link to it). */
export const THREAD_PARAM = "reactie";

/** Where the page fetches the threads again (app/routes/programme/text-comments.ts). */
export function commentsHref(slug: string, programmeId: string): string {
  return `/g/${slug}/programma/${programmeId}/tekst/reacties`;
}

/** The text page, where the comment forms post to (its action). */
export function textHref(slug: string, programmeId: string): string {
  return `/g/${slug}/programma/${programmeId}/tekst`;
}

/** The id of a thread's card in the panel (also the fragment of a link to it). */
export function threadElementId(threadId: string): string {
  return `reactie-${threadId}`;
}

/**
 * Whether a stateless message from the collaboration server says the threads changed. The
 * payload is a JSON string (`{"type":"comments-changed"}`); anything else is not ours.
 */
export function isCommentsChange(payload: unknown): boolean {
  if (typeof payload !== "string") return false;
  try {
    const message = JSON.parse(payload) as unknown;
    return typeof message === "object" && message !== null && (message as { type?: unknown }).type === COMMENTS_CHANGED;
  } catch {
    return false;
  }
}

/** What the editor knows about where each thread's text is now (from the highlight plugin). */
export type ThreadPlaces = {
  /** Threads whose text is there, in document order. */
  order: readonly string[];
  /** Threads whose anchored text is gone. */
  deleted: readonly string[];
};
