import { COMMENT_BODY_MAX_LENGTH } from "@koers/domain";
import type { KeyboardEvent, Ref } from "react";
import { FormField } from "../../FormField";

type Props = {
  id: string;
  label: string;
  error: string | null | undefined;
  defaultValue: string;
  rows: number;
  description?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
};

/** The text of a comment: a labelled textarea with its error next to it. */
export function CommentBodyField({ id, label, error, defaultValue, rows, description, textareaRef, onKeyDown }: Props) {
  return (
    <FormField id={id} label={label} error={error} {...(description ? { description } : {})}>
      {(field) => (
        <textarea
          {...field}
          ref={textareaRef}
          name="body"
          maxLength={COMMENT_BODY_MAX_LENGTH}
          rows={rows}
          defaultValue={defaultValue}
          onKeyDown={onKeyDown}
          className={`utrecht-textarea utrecht-textarea--html-textarea koers-comment-form__body${error ? " utrecht-textarea--invalid" : ""}`}
        />
      )}
    </FormField>
  );
}
