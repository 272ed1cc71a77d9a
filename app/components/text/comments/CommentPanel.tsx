import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { FormAlert } from "../../FormAlert";
import { useT } from "../../../lib/i18n";
import type { CommentResult } from "./forms";
import { NewThreadForm, type Draft } from "./NewThreadForm";
import { ThreadCard } from "./ThreadCard";
import { threadElementId, type MentionPerson, type TextThread, type ThreadPlaces } from "./types";

export type CommentPanelProps = {
  threads: readonly TextThread[];
  /** Members to suggest for @mentions. */
  people: readonly MentionPerson[];
  /** Where the threads' texts are in the live text; null before (or without) it. */
  places: ThreadPlaces | null;
  activeId: string | null;
  /** The thread the address asked for (?reactie=…): scrolled to once. */
  openThreadId: string | null;
  /** The text page: where the forms post. */
  formAction: string;
  /** The page's action data (forms posted without JavaScript). */
  pageResult: CommentResult | null;
  draft: Draft | null;
  /** A translation key saying why nothing happened (no text selected …). */
  notice: string | null;
  /** The last change of one's own that was saved (translation key), announced. */
  confirmation: string | null;
  /** How to start a thread, when it can be done here (the live text is there). */
  startHint: string | null;
  /** "Reageren", when a thread can be started here. */
  startButton?: ReactNode;
  onActivate: (threadId: string) => void;
  onShowInText: ((threadId: string) => void) | null;
  onChanged: (result: CommentResult) => void;
  onDraftDone: (result: CommentResult | null) => void;
};

/**
 * The conversation beside the text: a new thread being written, the open threads in the
 * order of the text, then the resolved ones, folded away. How many there are is said in
 * words and announced politely when it changes. Rendered on the server too, so the threads
 * can be read and answered without JavaScript.
 */
export function CommentPanel(props: CommentPanelProps) {
  const t = useT();
  const { threads, places, activeId, openThreadId } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const deleted = useMemo(() => new Set(places?.deleted ?? []), [places]);
  const open = useMemo(() => inTextOrder(threads.filter((thread) => !thread.resolved), places), [threads, places]);
  const resolved = threads.filter((thread) => thread.resolved);
  const showResolved = resolved.some((thread) => thread.id === activeId || thread.id === openThreadId);

  // The thread a link asked for: in view, with the focus on it (once, when the page opens).
  useEffect(() => {
    if (!openThreadId) return;
    const card = document.getElementById(threadElementId(openThreadId));
    card?.scrollIntoView({ block: "center" });
    card?.focus({ preventScroll: true });
  }, [openThreadId]);

  const changed = (result: CommentResult) => {
    props.onChanged(result);
    // The thread moved (resolved, reopened) or a comment is gone: keep the focus in the panel.
    if (result.intent === "comment-resolve" || result.intent === "comment-reopen" || result.intent === "comment-delete") heading.current?.focus();
  };

  const card = (thread: TextThread) => (
    <li key={thread.id} className="koers-comments__item">
      <ThreadCard
        thread={thread}
        people={props.people}
        deleted={deleted.has(thread.id)}
        active={thread.id === activeId}
        formAction={props.formAction}
        pageResult={props.pageResult}
        onActivate={props.onActivate}
        onShowInText={props.onShowInText}
        onChanged={changed}
      />
    </li>
  );

  return (
    <section className="koers-comments" aria-labelledby="koers-comments-heading">
      <div className="koers-comments__head">
        <h2 id="koers-comments-heading" className="koers-comments__heading" ref={heading} tabIndex={-1}>
          {t("text.comments.heading")}
        </h2>
        <p className="koers-comments__counts" role="status">
          {t("text.comments.openCount", { count: open.length })}
          {resolved.length > 0 ? ` · ${t("text.comments.resolvedCount", { count: resolved.length })}` : ""}
        </p>
      </div>
      <div className="koers-comments__announce" role="status">
        {props.confirmation ? t(props.confirmation) : props.pageResult?.ok ? t(props.pageResult.ok) : null}
      </div>
      {props.notice ? <FormAlert kind="info" message={props.notice} /> : null}
      {props.draft ? (
        <NewThreadForm draft={props.draft} people={props.people} formAction={props.formAction} onDone={props.onDraftDone} />
      ) : (
        <div className="koers-comments__start">
          {props.startButton}
          <p className="koers-comments__hint">{props.startHint ?? t("text.comments.startNeedsScript")}</p>
        </div>
      )}
      {open.length > 0 ? (
        <ol className="koers-comments__list" aria-label={t("text.comments.openList")}>
          {open.map(card)}
        </ol>
      ) : threads.length === 0 ? (
        <p className="koers-comments__empty">{t("text.comments.none")}</p>
      ) : null}
      {resolved.length > 0 ? (
        <details className="koers-comments__resolved" open={showResolved || undefined}>
          <summary className="koers-comments__resolved-summary">{t("text.comments.resolvedHeading", { count: resolved.length })}</summary>
          <ol className="koers-comments__list">{resolved.map(card)}</ol>
        </details>
      ) : null}
    </section>
  );
}

/** Open threads in the order of their text; those whose place is not known (or gone) after them, oldest first. */
function inTextOrder(threads: readonly TextThread[], places: ThreadPlaces | null): TextThread[] {
  if (!places) return [...threads];
  const rank = new Map(places.order.map((id, index) => [id, index]));
  return threads
    .map((thread, index) => ({ thread, index, rank: rank.get(thread.id) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ thread }) => thread);
}
