import type { TextAnchor } from "@koers/editor";
import { MentionTextarea } from "../../comments/MentionTextarea";
import { FormAlert } from "../../FormAlert";
import { useT } from "../../../lib/i18n";
import { useCommentForm, type CommentResult } from "./forms";
import type { MentionPerson } from "./types";

export type Draft = TextAnchor & { quote: string };

type Props = {
  draft: Draft;
  people: readonly MentionPerson[];
  formAction: string;
  /** Saved (with the new thread's id) or cancelled (null). */
  onDone: (result: CommentResult | null) => void;
};

/**
 * A new thread on the selected text: the quote it is about and the first comment (with
 * @mention suggestions). Opened by "Reageren" or the shortcut, with the focus in the
 * textarea; Escape cancels (once the suggestions, if open, are closed).
 */
export function NewThreadForm({ draft, people, formAction, onDone }: Props) {
  const t = useT();
  const { fetcher, result, busy } = useCommentForm("comment-start", "new", null, onDone);
  const failed = result && !result.ok ? result : null;

  return (
    <fetcher.Form
      method="post"
      action={formAction}
      className="koers-new-thread koers-comment-form"
      aria-labelledby="koers-new-thread-heading"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || event.defaultPrevented) return;
        event.preventDefault();
        onDone(null);
      }}
    >
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
      <MentionTextarea
        key={draft.anchorStart + draft.anchorEnd}
        id="koers-new-comment"
        name="body"
        label={t("text.comments.new.body")}
        people={people}
        error={failed?.errors?.fields.body}
        defaultValue={failed?.values?.body ?? ""}
        rows={4}
        autoFocus
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
