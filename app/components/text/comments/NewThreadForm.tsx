import type { TextAnchor } from "@koers/editor";
import { useEffect, useRef } from "react";
import { FormAlert } from "../../FormAlert";
import { useT } from "../../../lib/i18n";
import { CommentBodyField } from "./CommentBodyField";
import { useCommentForm, type CommentResult } from "./forms";

export type Draft = TextAnchor & { quote: string };

type Props = {
  draft: Draft;
  formAction: string;
  /** Saved (with the new thread's id) or cancelled (null). */
  onDone: (result: CommentResult | null) => void;
};

/**
 * A new thread on the selected text: the quote it is about and the first comment. Opened by
 * "Reageren" or the shortcut, with the focus in the textarea; Escape cancels.
 */
export function NewThreadForm({ draft, formAction, onDone }: Props) {
  const t = useT();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const { fetcher, result, busy } = useCommentForm("comment-start", "new", null, onDone);
  const failed = result && !result.ok ? result : null;

  useEffect(() => {
    textarea.current?.focus();
  }, [draft.anchorStart, draft.anchorEnd]);

  return (
    <fetcher.Form method="post" action={formAction} className="koers-new-thread koers-comment-form" aria-labelledby="koers-new-thread-heading">
      <h3 id="koers-new-thread-heading" className="koers-new-thread__heading">
        {t("text.comments.new.heading")}
      </h3>
      <p className="koers-new-thread__about">{t("text.comments.new.about")}</p>
      <blockquote className="koers-new-thread__quote">
        <p>{draft.quote}</p>
      </blockquote>
      <input type="hidden" name="intent" value="comment-start" />
      <input type="hidden" name="key" value="new" />
      <input type="hidden" name="anchorStart" value={draft.anchorStart} />
      <input type="hidden" name="anchorEnd" value={draft.anchorEnd} />
      <input type="hidden" name="quote" value={draft.quote} />
      <FormAlert message={failed?.errors?.form} values={failed?.errors?.values} />
      <CommentBodyField
        id="koers-new-comment"
        label={t("text.comments.new.body")}
        description={t("text.comments.new.mentionHint")}
        error={failed?.errors?.fields.body}
        defaultValue={failed?.values?.body ?? ""}
        rows={4}
        textareaRef={textarea}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            onDone(null);
          }
        }}
      />
      <div className="koers-new-thread__buttons">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy || undefined}>
          {t("text.comments.new.submit")}
        </button>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => onDone(null)}>
          {t("text.comments.new.cancel")}
        </button>
      </div>
    </fetcher.Form>
  );
}
