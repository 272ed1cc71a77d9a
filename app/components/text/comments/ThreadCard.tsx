import { useRef, useState, type ReactNode } from "react";
import { bodyParts } from "../../comments/format";
import { MentionTextarea } from "../../comments/MentionTextarea";
import { FormAlert } from "../../FormAlert";
import { useLocale, useT } from "../../../lib/i18n";
import { useCommentForm, type CommentIntent, type CommentResult } from "./forms";
import { threadElementId, type MentionPerson, type TextThread, type ThreadComment } from "./types";

export type ThreadCardProps = {
  thread: TextThread;
  /** Members to suggest for @mentions in the reply and edit forms. */
  people: readonly MentionPerson[];
  /** Its text is gone from the programme (null: not known, e.g. before the live text is there). */
  deleted: boolean;
  active: boolean;
  /** Where the forms post (the text page). */
  formAction: string;
  pageResult: CommentResult | null;
  /** Makes this the active thread (its text highlighted more strongly). */
  onActivate: (threadId: string) => void;
  /** Shows the thread's text in the editor; absent when that cannot be done (no live text, text gone). */
  onShowInText: ((threadId: string) => void) | null;
  /** After a change of one's own: the threads are read again. */
  onChanged: (result: CommentResult) => void;
};

/**
 * One conversation about a range of the text: the quote it started on (marked "tekst
 * verwijderd" when that text is gone), its comments, and what the person may do: answer,
 * edit or delete their own comments, resolve or reopen it. Every form is a plain POST.
 */
export function ThreadCard({ thread, people, deleted, active, formAction, pageResult, onActivate, onShowInText, onChanged }: ThreadCardProps) {
  const t = useT();
  const id = threadElementId(thread.id);
  const comments = thread.comments;
  const first = comments[0];
  const replies = comments.length - 1;
  const action = `${formAction}?reactie=${thread.id}`;
  const className = ["koers-thread", active ? "koers-thread--active" : "", thread.resolved ? "koers-thread--resolved" : "", deleted ? "koers-thread--deleted" : ""].filter(Boolean).join(" ");
  return (
    <article id={id} className={className} aria-labelledby={`${id}-title`} tabIndex={-1} onFocus={() => onActivate(thread.id)} data-thread-id={thread.id}>
      <div className="koers-thread__head" onClick={() => onActivate(thread.id)}>
        <h3 id={`${id}-title`} className="koers-thread__title">
          <span className="koers-visually-hidden">{t("text.comments.thread.about")} </span>
          <q className="koers-thread__quote">{thread.quote ?? ""}</q>
        </h3>
        {deleted ? (
          <p className="koers-thread__gone">
            <span className="koers-thread__gone-badge">{t("text.comments.thread.textDeleted")}</span>
            <span className="koers-thread__gone-explain"> {t("text.comments.thread.textDeletedExplain")}</span>
          </p>
        ) : null}
        {thread.resolved ? <ResolvedLine thread={thread} /> : null}
        {first ? (
          <p className="koers-visually-hidden">{t("text.comments.thread.summary", { name: first.author?.name ?? t("text.comments.thread.unknownAuthor"), count: replies })}</p>
        ) : null}
      </div>
      <ol className="koers-thread__comments">
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} people={people} formAction={action} pageResult={pageResult} onChanged={onChanged} />
        ))}
      </ol>
      <div className="koers-thread__actions">
        {onShowInText && !deleted ? (
          <button type="button" className="koers-thread__button" onClick={() => onShowInText(thread.id)}>
            {t("text.comments.thread.showInText")}
          </button>
        ) : null}
        {thread.canResolve ? (
          <OneButtonForm
            intent={thread.resolved ? "comment-reopen" : "comment-resolve"}
            formKey={thread.id}
            action={action}
            label={t(thread.resolved ? "text.comments.thread.reopen" : "text.comments.thread.resolve")}
            pageResult={pageResult}
            onDone={onChanged}
          />
        ) : null}
      </div>
      {thread.resolved ? null : <ReplyForm thread={thread} people={people} open={active} action={action} pageResult={pageResult} onChanged={onChanged} />}
    </article>
  );
}

function ResolvedLine({ thread }: { thread: TextThread }) {
  const t = useT();
  const date = useDateTime(thread.resolvedAt);
  return (
    <p className="koers-thread__resolved">
      {thread.resolvedBy ? t("text.comments.thread.resolvedBy", { name: thread.resolvedBy.name }) : t("text.comments.thread.resolvedPlain")}{" "}
      {date}
    </p>
  );
}

type FormProps = { people: readonly MentionPerson[]; action: string; pageResult: CommentResult | null; onChanged: (result: CommentResult) => void };

function CommentItem({ comment, people, formAction, pageResult, onChanged }: { comment: ThreadComment; formAction: string } & Omit<FormProps, "action">) {
  const t = useT();
  const when = useDateTime(comment.createdAt);
  if (comment.deleted) {
    return (
      <li className="koers-comment koers-comment--deleted">
        <p className="koers-comment__body">{t("text.comments.thread.deleted")}</p>
      </li>
    );
  }
  const author = comment.author;
  return (
    <li className="koers-comment">
      <p className="koers-comment__meta">
        <span className="koers-comment__author">
          {author?.name ?? t("text.comments.thread.unknownAuthor")}
          {comment.mine ? ` ${t("text.comments.thread.you")}` : ""}
        </span>
        {author?.organisation ? <span className="koers-comment__organisation">{author.organisation}</span> : null}
        <span className="koers-comment__time">
          {when}
          {comment.editedAt ? ` · ${t("text.comments.thread.edited")}` : ""}
        </span>
      </p>
      <p className="koers-comment__body">
        {bodyParts(comment.body, comment.mentions).map((part, index) =>
          part.mention ? (
            <span key={index} className="koers-comment__mention">
              {part.text}
            </span>
          ) : (
            part.text
          ),
        )}
      </p>
      {comment.mine ? (
        <div className="koers-comment__own">
          <EditForm comment={comment} people={people} action={formAction} pageResult={pageResult} onChanged={onChanged} />
          <DeleteForm comment={comment} action={formAction} pageResult={pageResult} onChanged={onChanged} />
        </div>
      ) : null}
    </li>
  );
}

function ReplyForm({ thread, people, open, action, pageResult, onChanged }: { thread: TextThread; open: boolean } & FormProps) {
  const t = useT();
  // A new field after each reply: the textarea keeps its own value (mention suggestions).
  const [round, setRound] = useState(0);
  const { fetcher, result, busy } = useCommentForm("comment-reply", thread.id, pageResult, (done) => {
    setRound((n) => n + 1);
    onChanged(done);
  });
  const fieldId = `reply-${thread.id}`;
  const failed = result && !result.ok ? result : null;
  return (
    <details className="koers-thread__reply" open={open || Boolean(failed) || undefined}>
      <summary className="koers-thread__summary">{t("text.comments.thread.reply")}</summary>
      <fetcher.Form method="post" action={action} className="koers-comment-form">
        <input type="hidden" name="intent" value="comment-reply" />
        <input type="hidden" name="key" value={thread.id} />
        <FormAlert message={failed?.errors?.form} values={failed?.errors?.values} />
        <MentionTextarea
          key={round}
          id={fieldId}
          name="body"
          label={t("text.comments.thread.replyLabel")}
          people={people}
          error={failed?.errors?.fields.body}
          defaultValue={failed?.values?.body ?? ""}
          rows={2}
          autoFocus={round > 0}
          quietHint
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action koers-comment-form__submit" aria-disabled={busy || undefined}>
          {t("text.comments.thread.replySubmit")}
        </button>
      </fetcher.Form>
    </details>
  );
}

function EditForm({ comment, people, action, pageResult, onChanged }: { comment: ThreadComment } & FormProps) {
  const t = useT();
  const details = useRef<HTMLDetailsElement>(null);
  const { fetcher, result } = useCommentForm("comment-edit", comment.id, pageResult, (done) => {
    if (details.current) details.current.open = false;
    onChanged(done);
  });
  const failed = result && !result.ok ? result : null;
  return (
    <details ref={details} className="koers-comment__change" open={Boolean(failed) || undefined}>
      <summary className="koers-thread__summary">{t("text.comments.thread.edit")}</summary>
      <fetcher.Form method="post" action={action} className="koers-comment-form">
        <input type="hidden" name="intent" value="comment-edit" />
        <input type="hidden" name="key" value={comment.id} />
        <FormAlert message={failed?.errors?.form} values={failed?.errors?.values} />
        <MentionTextarea
          id={`edit-${comment.id}`}
          name="body"
          label={t("text.comments.thread.editLabel")}
          people={people}
          error={failed?.errors?.fields.body}
          defaultValue={failed?.values?.body ?? comment.body}
          rows={3}
          quietHint
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action koers-comment-form__submit">
          {t("text.comments.thread.save")}
        </button>
      </fetcher.Form>
    </details>
  );
}

function DeleteForm({ comment, action, pageResult, onChanged }: { comment: ThreadComment } & Omit<FormProps, "people">) {
  const t = useT();
  const { fetcher, result } = useCommentForm("comment-delete", comment.id, pageResult, onChanged);
  const failed = result && !result.ok ? result : null;
  return (
    <details className="koers-comment__change" open={Boolean(failed) || undefined}>
      <summary className="koers-thread__summary">{t("text.comments.thread.delete")}</summary>
      <fetcher.Form method="post" action={action} className="koers-comment-form koers-comment-form--confirm">
        <input type="hidden" name="intent" value="comment-delete" />
        <input type="hidden" name="key" value={comment.id} />
        <FormAlert message={failed?.errors?.form} values={failed?.errors?.values} />
        <p className="koers-comment-form__question">{t("text.comments.thread.deleteQuestion")}</p>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action koers-comment-form__submit">
          {t("text.comments.thread.deleteConfirm")}
        </button>
      </fetcher.Form>
    </details>
  );
}

function OneButtonForm({ intent, formKey, action, label, pageResult, onDone }: { intent: CommentIntent; formKey: string; action: string; label: string; pageResult: CommentResult | null; onDone: (result: CommentResult) => void }): ReactNode {
  const { fetcher, result } = useCommentForm(intent, formKey, pageResult, onDone);
  const failed = result && !result.ok ? result : null;
  return (
    <fetcher.Form method="post" action={action} className="koers-inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="key" value={formKey} />
      <button type="submit" className="koers-thread__button">
        {label}
      </button>
      <FormAlert message={failed?.errors?.form} values={failed?.errors?.values} />
    </fetcher.Form>
  );
}

/** A moment as people read it, in Dutch time whatever the server's or browser's zone. */
function useDateTime(iso: string | null): ReactNode {
  const locale = useLocale();
  if (!iso) return null;
  const format = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
  return <time dateTime={iso}>{format.format(new Date(iso))}</time>;
}
