import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { idSchema } from "@koers/domain";
import { ProgrammeText } from "../../components/text/ProgrammeText";
import { isCommentIntent, type CommentResult } from "../../components/text/comments/forms";
import { THREAD_PARAM } from "../../components/text/comments/types";
import { koers } from "../../lib/context.server";
import { text as field } from "../../lib/form-data";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, load } from "../../lib/trpc-errors.server";
import styles from "../../styles/text.css";
import type { MunicipalityData } from "../municipality/layout";
import type { ProgrammeData } from "./layout";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** How many members the page hands the browser for the @mention suggestions. */
const MENTION_PEOPLE = 500;

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "text.title");

/**
 * The programme text as stored (for the first paint and for readers without JavaScript) and
 * the person the editor shows to others, the tracking data the action blocks show and the
 * comment threads on the text. Every member who may view the programme gets here; whether
 * they may write is decided again by the collaboration server for each connection.
 * `?reactie=<thread>` opens that thread (notifications link there).
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc, user } = koers(context);
  const programmeId = params.programmeId ?? "";
  if (!idSchema.safeParse(programmeId).success) throw new Response("Not Found", { status: 404 });
  const [{ text }, tracking, threads, people] = await load(request, () =>
    Promise.all([
      trpc.programme.text({ programmeId }),
      trpc.action.tracking({ programmeId }),
      trpc.comment.threads({ target: "text", programmeId }),
      // Members to suggest for @mentions, filtered in the browser as one types.
      trpc.comment.mentionable({ programmeId, query: "", limit: MENTION_PEOPLE }),
    ]),
  );
  if (!user) throw redirect(`/login?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`);
  const asked = new URL(request.url).searchParams.get(THREAD_PARAM);
  const openThreadId = asked && threads.some((thread) => thread.id === asked) ? asked : null;
  return { programmeId, slug: params.slug ?? "", text, tracking, threads, people, openThreadId, user: { id: user.id, name: user.name } };
}

/**
 * The comment forms beside the text: start a thread (needs JavaScript: a selection does),
 * reply, edit or delete one's own comment, resolve and reopen. Plain POSTs, so all but the
 * first work without JavaScript; each answers which form it was for (intent and key).
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const programmeId = params.programmeId ?? "";
  const form = await request.formData();
  const intent = field(form, "intent");
  const key = field(form, "key");
  const body = field(form, "body");
  const done = (ok: string, threadId: string | null = null) => json<CommentResult>({ intent, key, ok, threadId, errors: null, values: null });
  try {
    switch (intent) {
      case "comment-start": {
        const target = { type: "text" as const, programmeId, anchorStart: field(form, "anchorStart"), anchorEnd: field(form, "anchorEnd"), quote: field(form, "quote") };
        const { threadId } = await trpc.comment.start({ target, body });
        return done("text.comments.ok.started", threadId);
      }
      case "comment-reply":
        await trpc.comment.reply({ threadId: key, body });
        return done("text.comments.ok.replied", key);
      case "comment-edit":
        await trpc.comment.edit({ commentId: key, body });
        return done("text.comments.ok.edited");
      case "comment-delete":
        await trpc.comment.delete({ commentId: key });
        return done("text.comments.ok.deleted");
      case "comment-resolve":
        await trpc.comment.resolve({ threadId: key });
        return done("text.comments.ok.resolved", key);
      case "comment-reopen":
        await trpc.comment.reopen({ threadId: key });
        return done("text.comments.ok.reopened", key);
      default:
        return json<CommentResult>({ intent, key, ok: null, threadId: null, errors: { fields: {}, form: "errors.generic" }, values: null }, { status: 400 });
    }
  } catch (error) {
    const { fields, form: message, values } = formErrorsOf(error, request);
    // The body is the one field a person can fix here; anything else (an anchor the server
    // did not take, a thread that is gone) is said for the form as a whole.
    const other = Object.entries(fields).find(([name]) => name !== "body")?.[1];
    return json<CommentResult>(
      { intent, key, ok: null, threadId: null, errors: { fields: fields.body ? { body: fields.body } : {}, form: message ?? other ?? null, values }, values: { body } },
      { status: 400 },
    );
  }
}

/**
 * The comment forms post with fetchers and refresh the threads themselves: reading the
 * whole text and the tracking data again for a reply would be wasted.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) => {
  const intent = formData?.get("intent");
  return typeof intent === "string" && isCommentIntent(intent) ? false : defaultShouldRevalidate;
};

export default function ProgrammeTextPage() {
  const t = useT();
  const { programmeId, slug, text, tracking, threads, people, openThreadId, user } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const canEdit = municipality?.capabilities.includes("programme.editText") ?? false;
  const programme = useRouteLoaderData<ProgrammeData>("routes/programme/layout")?.programme;
  return (
    <>
      <h1 className="utrecht-heading-1 koers-text-title">{t("text.title")}</h1>
      <div className="koers-text-intro">
        <p className="utrecht-paragraph">{t(canEdit ? "text.introWriter" : "text.introReader")}</p>
        {canEdit ? <p className="utrecht-paragraph koers-text-hint">{t("text.actionHint")}</p> : null}
      </div>
      <ProgrammeText
        key={`${programmeId}:${user.id}`}
        programmeId={programmeId}
        programmeTitle={programme?.title ?? t("text.title")}
        slug={slug}
        user={user}
        canEdit={canEdit}
        storedText={text}
        tracking={tracking}
        comments={{ threads, people, openThreadId: result?.threadId ?? openThreadId, result: result ?? null }}
      />
    </>
  );
}
