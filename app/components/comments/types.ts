import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../../server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type CommentThread = Outputs["comment"]["threads"][number];
export type CommentItem = CommentThread["comments"][number];
export type CommentPerson = Outputs["comment"]["mentionable"][number];

/** What the section is on (with the programme, for the people one can mention). */
export type CommentTarget =
  | { type: "action"; actionId: string; programmeId: string }
  | { type: "goal"; goalId: string; programmeId: string }
  | { type: "indicator"; indicatorId: string; programmeId: string };

/** The target as the route's action knows it from its URL (starting a thread needs no more). */
export type CommentTargetRef =
  | { type: "action"; actionId: string }
  | { type: "goal"; goalId: string }
  | { type: "indicator"; indicatorId: string };

/** The section's loader data (loadComments in app/lib/comments.server.ts). */
export type CommentsData = { target: CommentTarget; threads: CommentThread[]; people: CommentPerson[] };

/**
 * What a comment form's POST answers when it does not redirect. The route-level fields are
 * null so the route's own forms ignore it; `comment.form` says which form it belongs to.
 */
export type CommentResult = {
  intent: string;
  ok: null;
  okValues?: null;
  errors: null;
  values: null;
  comment: {
    form: string;
    done?: boolean;
    error?: string;
    body?: string;
    confirmDelete?: boolean;
  };
};

/** Which form on the page a result belongs to: "start", "reply:<thread>", "edit:<comment>" … */
export function formKeyOf(intent: string, threadId: string, commentId: string): string {
  const verb = intent.startsWith("comment.") ? intent.slice("comment.".length) : intent;
  switch (verb) {
    case "start":
      return "start";
    case "reply":
    case "resolve":
    case "reopen":
      return `${verb}:${threadId}`;
    default:
      return `${verb}:${commentId}`;
  }
}
