import { useCallback } from "react";
import { Link, useFetcher, useLocation, useNavigate, useSearchParams } from "@remix-run/react";
import { useLocale, useT } from "../../lib/i18n";
import { CommentForm } from "./CommentForm";
import { bodyParts, formatMoment } from "./format";
import { useCommentResult } from "./use-comment-result";
import { useHydrated } from "./use-hydrated";
import type { CommentItem, CommentPerson, CommentResult, CommentThread } from "./types";

/** The query parameter that opens the inline edit form of one's own comment (works without JavaScript). */
export const EDIT_PARAM = "bewerk";

function starterName(thread: CommentThread, t: (key: string) => string): string {
  return thread.comments[0]?.author?.name ?? t("comments.comment.formerMember");
}

/** One conversation: its comments oldest first, a reply form while open, resolve or reopen where allowed. */
export function Thread({ thread, people, canWrite }: { thread: CommentThread; people: readonly CommentPerson[]; canWrite: boolean }) {
  const t = useT();
  const locale = useLocale();
  const starter = starterName(thread, t);
  return (
    <article className={`koers-thread${thread.resolved ? " koers-thread--resolved" : ""}`} id={`gesprek-${thread.id}`} aria-label={t("comments.thread.label", { name: starter })}>
      <ol className="koers-thread__comments">
        {thread.comments.map((comment) => (
          <li key={comment.id}>
            <Comment comment={comment} people={people} />
          </li>
        ))}
      </ol>
      {thread.resolved ? (
        <p className="utrecht-paragraph koers-thread__resolved">
          {thread.resolvedBy
            ? t("comments.thread.resolvedBy", { name: thread.resolvedBy.name, date: formatMoment(thread.resolvedAt!, locale) })
            : t("comments.thread.resolvedOn", { date: formatMoment(thread.resolvedAt!, locale) })}
        </p>
      ) : null}
      <div className="koers-thread__footer">
        {canWrite && !thread.resolved ? (
          <CommentForm
            formKey={`reply:${thread.id}`}
            intent="comment.reply"
            hidden={{ threadId: thread.id }}
            id={`antwoord-${thread.id}`}
            label={
              <>
                {t("comments.reply.label")}
                <span className="koers-visually-hidden"> ({t("comments.thread.context", { name: starter })})</span>
              </>
            }
            submitLabel={t("comments.reply.submit")}
            people={people}
            rows={2}
          />
        ) : null}
        {thread.canResolve ? <ResolveButton thread={thread} starter={starter} /> : null}
      </div>
    </article>
  );
}

function ResolveButton({ thread, starter }: { thread: CommentThread; starter: string }) {
  const t = useT();
  const hydrated = useHydrated();
  const fetcher = useFetcher<CommentResult>();
  const intent = thread.resolved ? "comment.reopen" : "comment.resolve";
  return (
    <fetcher.Form method="post" className="koers-inline-form koers-thread__resolve">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="threadId" value={thread.id} />
      {hydrated ? <input type="hidden" name="respond" value="json" /> : null}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={fetcher.state !== "idle" || undefined}>
        {t(thread.resolved ? "comments.thread.reopen" : "comments.thread.resolve")}
        <span className="koers-visually-hidden"> ({t("comments.thread.context", { name: starter })})</span>
      </button>
    </fetcher.Form>
  );
}

function Comment({ comment, people }: { comment: CommentItem; people: readonly CommentPerson[] }) {
  const t = useT();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const editing = comment.mine && !comment.deleted && searchParams.get(EDIT_PARAM) === comment.id;
  const without = new URLSearchParams(searchParams);
  without.delete(EDIT_PARAM);
  const closeEdit = `?${without.toString()}#reactie-${comment.id}`;
  const openEdit = new URLSearchParams(without);
  openEdit.set(EDIT_PARAM, comment.id);
  const navigate = useNavigate();
  const location = useLocation();
  const leaveEdit = useCallback(() => {
    const params = new URLSearchParams(location.search);
    params.delete(EDIT_PARAM);
    const search = params.toString();
    navigate(`${location.pathname}${search ? `?${search}` : ""}#reactie-${comment.id}`, { replace: true, preventScrollReset: true });
  }, [navigate, location.pathname, location.search, comment.id]);
  const when = formatMoment(comment.createdAt, locale);

  return (
    <div className="koers-comment" id={`reactie-${comment.id}`}>
      <p className="koers-comment__meta">
        <strong className="koers-comment__author">{comment.author?.name ?? t("comments.comment.formerMember")}</strong>
        {comment.author?.organisation ? <span className="koers-comment__organisation">{comment.author.organisation}</span> : null}
        <time dateTime={comment.createdAt} className="koers-muted">
          {when}
        </time>
        {comment.editedAt && !comment.deleted ? (
          <span className="koers-muted koers-comment__edited" title={formatMoment(comment.editedAt, locale)}>
            ({t("comments.comment.edited")})
          </span>
        ) : null}
      </p>
      {comment.deleted ? (
        <p className="utrecht-paragraph koers-muted koers-comment__deleted">{t("comments.comment.deleted")}</p>
      ) : editing ? (
        <CommentForm
          formKey={`edit:${comment.id}`}
          intent="comment.edit"
          hidden={{ commentId: comment.id }}
          id={`bewerk-${comment.id}`}
          label={t("comments.edit.label")}
          submitLabel={t("comments.edit.save")}
          people={people}
          defaultBody={comment.body}
          autoFocus
          onDone={leaveEdit}
          extra={
            <Link to={closeEdit} preventScrollReset className="utrecht-button utrecht-button--secondary-action koers-button-link">
              {t("comments.edit.cancel")}
            </Link>
          }
        />
      ) : (
        <p className="utrecht-paragraph koers-comment__body">
          {bodyParts(comment.body, comment.mentions).map((part, index) =>
            part.mention ? (
              <span key={index} className="koers-mention">
                {part.text}
              </span>
            ) : (
              part.text
            ),
          )}
        </p>
      )}
      {comment.mine && !comment.deleted && !editing ? (
        <div className="koers-comment__actions">
          <Link to={`?${openEdit.toString()}#reactie-${comment.id}`} preventScrollReset className="utrecht-link">
            {t("comments.comment.edit")}
            <span className="koers-visually-hidden"> ({t("comments.comment.context", { date: when })})</span>
          </Link>
          <DeleteComment comment={comment} when={when} />
        </div>
      ) : null}
    </div>
  );
}

/**
 * Delete asks first: with JavaScript a confirm() dialog, without it the server answers the
 * first POST with a question and this form's second step ("Ja, verwijderen").
 */
function DeleteComment({ comment, when }: { comment: CommentItem; when: string }) {
  const t = useT();
  const hydrated = useHydrated();
  const fetcher = useFetcher<CommentResult>();
  const result = useCommentResult(`delete:${comment.id}`, fetcher.data);
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const fields = (
    <>
      <input type="hidden" name="intent" value="comment.delete" />
      <input type="hidden" name="commentId" value={comment.id} />
    </>
  );
  if (result?.confirmDelete && !hydrated) {
    return (
      <div className="koers-comment__confirm" role="alert">
        <p className="utrecht-paragraph">{t("comments.delete.confirm")}</p>
        <div className="koers-inline-form">
          <form method="post" className="koers-inline-form">
            {fields}
            <input type="hidden" name="confirmed" value="1" />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("comments.delete.yes")}
            </button>
          </form>
          {/* A GET of the page itself: the question goes away and the comment stays. */}
          <form method="get" action={`${location.pathname}#reactie-${comment.id}`} className="koers-inline-form">
            {[...searchParams].map(([name, value], index) => (
              <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
            ))}
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("comments.delete.no")}
            </button>
          </form>
        </div>
      </div>
    );
  }
  return (
    <fetcher.Form
      method="post"
      className="koers-inline-form"
      onSubmit={(event) => {
        if (fetcher.state !== "idle" || !window.confirm(t("comments.delete.confirm"))) event.preventDefault();
      }}
    >
      {fields}
      {hydrated ? (
        <>
          <input type="hidden" name="confirmed" value="1" />
          <input type="hidden" name="respond" value="json" />
        </>
      ) : null}
      <button type="submit" className="utrecht-button utrecht-button--subtle koers-comment__delete">
        {t("comments.comment.delete")}
        <span className="koers-visually-hidden"> ({t("comments.comment.context", { date: when })})</span>
      </button>
    </fetcher.Form>
  );
}
