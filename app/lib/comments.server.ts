import { json, redirect } from "@remix-run/node";
import type { KoersLoadContext } from "../../server/http/app.js";
import { text } from "./form-data";
import { formErrorsOf, load } from "./trpc-errors.server";
import { formKeyOf, type CommentResult, type CommentsData, type CommentTarget, type CommentTargetRef } from "../components/comments/types";

type Trpc = KoersLoadContext["trpc"];

/** How many members the page hands the browser for the @mention suggestions. */
const MENTION_PEOPLE = 500;

/**
 * The "Reacties" section's data for an action, goal or indicator page: its threads and the
 * municipality's members to suggest for @mentions (filtered in the browser as one types).
 */
export async function loadComments(trpc: Trpc, request: Request, target: CommentTarget): Promise<CommentsData> {
  const [threads, people] = await load(request, () =>
    Promise.all([trpc.comment.threads(threadsQuery(target)), trpc.comment.mentionable({ programmeId: target.programmeId, query: "", limit: MENTION_PEOPLE })]),
  );
  return { target, threads, people };
}

function threadsQuery(target: CommentTarget) {
  switch (target.type) {
    case "action":
      return { target: "action" as const, actionId: target.actionId };
    case "goal":
      return { target: "goal" as const, goalId: target.goalId };
    case "indicator":
      return { target: "indicator" as const, indicatorId: target.indicatorId };
  }
}

function targetRef(target: CommentTargetRef) {
  switch (target.type) {
    case "action":
      return { type: "action" as const, actionId: target.actionId };
    case "goal":
      return { type: "goal" as const, goalId: target.goalId };
    case "indicator":
      return { type: "indicator" as const, indicatorId: target.indicatorId };
  }
}

/** The answer the route's action gives for a comment form; the route's own form fields stay empty. */
function answer(intent: string, comment: CommentResult["comment"], status = 200) {
  return json<CommentResult>({ intent, ok: null, errors: null, values: null, comment }, { status });
}

/**
 * Handles the section's forms (intents "comment.start", "comment.reply", "comment.edit",
 * "comment.delete", "comment.resolve", "comment.reopen"). Without JavaScript a successful POST
 * redirects back to the section; the browser's enhanced forms (fetchers, which send
 * respond=json) get a small JSON answer instead and the page revalidates. A refused body comes
 * back next to its field; deleting asks for confirmation first when the form did not.
 */
export async function handleCommentIntent(trpc: Trpc, request: Request, form: FormData, target: CommentTargetRef) {
  const intent = text(form, "intent");
  const threadId = text(form, "threadId");
  const commentId = text(form, "commentId");
  const body = text(form, "body");
  const formKey = formKeyOf(intent, threadId, commentId);
  const done = () => {
    if (text(form, "respond") === "json") return answer(intent, { form: formKey, done: true });
    const url = new URL(request.url);
    url.searchParams.delete("bewerk");
    url.searchParams.delete("index");
    return redirect(`${url.pathname}${url.search}#reacties`);
  };
  try {
    switch (intent) {
      case "comment.start":
        await trpc.comment.start({ target: targetRef(target), body });
        return done();
      case "comment.reply":
        await trpc.comment.reply({ threadId, body });
        return done();
      case "comment.edit":
        await trpc.comment.edit({ commentId, body });
        return done();
      case "comment.delete":
        if (text(form, "confirmed") !== "1") return answer(intent, { form: formKey, confirmDelete: true });
        await trpc.comment.delete({ commentId });
        return done();
      case "comment.resolve":
        await trpc.comment.resolve({ threadId });
        return done();
      case "comment.reopen":
        await trpc.comment.reopen({ threadId });
        return done();
      default:
        return answer(intent, { form: formKey, error: "errors.generic" }, 400);
    }
  } catch (error) {
    // Not found, forbidden and logged-out become the error pages (formErrorsOf rethrows them).
    const errors = formErrorsOf(error, request);
    const message = errors.fields.body ?? errors.form ?? Object.values(errors.fields)[0] ?? "errors.generic";
    return answer(intent, { form: formKey, error: message, body }, 400);
  }
}
