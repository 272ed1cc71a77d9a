import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";

/** What the text page's action answers to a comment form (app/routes/programme/text.tsx). */
export type CommentResult = {
  intent: string;
  /** Which form: the thread (reply, resolve, reopen), the comment (edit, delete) or "new". */
  key: string;
  /** A translation key confirming what was done. */
  ok: string | null;
  /** The thread the change was about (a new thread's id). */
  threadId: string | null;
  errors: { fields: Record<string, string>; form: string | null; values?: Record<string, string | number> } | null;
  /** What was typed, to put back after a refusal. */
  values: { body: string } | null;
};

export const COMMENT_INTENTS = ["comment-start", "comment-reply", "comment-edit", "comment-delete", "comment-resolve", "comment-reopen"] as const;
export type CommentIntent = (typeof COMMENT_INTENTS)[number];

export function isCommentIntent(intent: string): intent is CommentIntent {
  return (COMMENT_INTENTS as readonly string[]).includes(intent);
}

/**
 * One comment form: posted by a fetcher when JavaScript runs, as a plain POST otherwise.
 * Its result is the fetcher's answer, or the page's action data (without JavaScript) when
 * that was for this very form. `onDone` runs once per successful answer.
 */
export function useCommentForm(intent: CommentIntent, key: string, pageResult: CommentResult | null, onDone: (result: CommentResult) => void) {
  const fetcher = useFetcher<CommentResult>();
  const fromPage = pageResult && pageResult.intent === intent && pageResult.key === key ? pageResult : null;
  const result = fetcher.data ?? fromPage;
  const done = useRef(onDone);
  done.current = onDone;
  const handled = useRef<CommentResult | null>(null);
  useEffect(() => {
    if (fetcher.state !== "idle" || !fetcher.data?.ok || handled.current === fetcher.data) return;
    handled.current = fetcher.data;
    done.current(fetcher.data);
  }, [fetcher.state, fetcher.data]);
  return { fetcher, result, busy: fetcher.state !== "idle" };
}
