import { useEffect, useRef, useState, type ReactNode } from "react";
import { useFetcher } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { MentionTextarea } from "./MentionTextarea";
import { useCommentResult } from "./use-comment-result";
import { useHydrated } from "./use-hydrated";
import type { CommentPerson, CommentResult } from "./types";

type Props = {
  formKey: string;
  intent: "comment.start" | "comment.reply" | "comment.edit";
  hidden?: Record<string, string>;
  id: string;
  label: ReactNode;
  submitLabel: string;
  people: readonly CommentPerson[];
  defaultBody?: string;
  rows?: number;
  autoFocus?: boolean;
  /** After a successful save with JavaScript (without it, the page reloads). */
  onDone?: () => void;
  /** Next to the submit button (the edit form's "Annuleren"). */
  extra?: ReactNode;
};

/**
 * A comment form: a plain POST without JavaScript (the route redirects back to #reacties);
 * with JavaScript it posts through a fetcher, stays where it is, and empties itself once saved.
 */
export function CommentForm({ formKey, intent, hidden = {}, id, label, submitLabel, people, defaultBody = "", rows, autoFocus, onDone, extra }: Props) {
  const t = useT();
  const hydrated = useHydrated();
  const fetcher = useFetcher<CommentResult>();
  const result = useCommentResult(formKey, fetcher.data);
  const [generation, setGeneration] = useState(0);
  const handled = useRef<unknown>(null);
  const busy = fetcher.state !== "idle";

  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data?.comment.done && handled.current !== fetcher.data) {
      handled.current = fetcher.data;
      setGeneration((n) => n + 1);
      onDone?.();
    }
  }, [fetcher.state, fetcher.data, onDone]);

  // A refused body comes back as it was typed.
  const body = result?.error && result.body !== undefined ? result.body : defaultBody;
  return (
    <fetcher.Form method="post" className="koers-comment-form" noValidate onSubmit={(event) => busy && event.preventDefault()}>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {hydrated ? <input type="hidden" name="respond" value="json" /> : null}
      <MentionTextarea
        key={`${generation}|${result?.error ?? ""}`}
        id={id}
        name="body"
        label={label}
        people={people}
        defaultValue={body}
        error={result?.error}
        rows={rows}
        quietHint={intent !== "comment.start"}
        autoFocus={autoFocus || Boolean(result?.error && hydrated)}
      />
      <div className="koers-comment-form__buttons">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        {extra}
        <span aria-live="polite" className="koers-muted">
          {busy ? t("comments.saving") : ""}
        </span>
      </div>
    </fetcher.Form>
  );
}
