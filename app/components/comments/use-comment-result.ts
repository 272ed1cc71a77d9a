import { useActionData } from "@remix-run/react";
import type { CommentResult } from "./types";

/**
 * The answer for one comment form: the fetcher's (with JavaScript) or, after a plain POST
 * without JavaScript, the route's action data when it is about this form.
 */
export function useCommentResult(formKey: string, fetched: CommentResult | undefined): CommentResult["comment"] | undefined {
  const posted = useActionData<Partial<CommentResult> | undefined>();
  if (fetched?.comment.form === formKey) return fetched.comment;
  if (posted?.comment?.form === formKey) return posted.comment;
  return undefined;
}
