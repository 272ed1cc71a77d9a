import { useLocation } from "@remix-run/react";
import { SAVED_PARAM } from "./types";

/**
 * Where a commitment form posts: this page (its filters kept, an old confirmation dropped)
 * and a fragment, so after a refusal the browser lands on the form with its messages rather
 * than at the top of the page. Works the same with and without JavaScript.
 */
export function useFormTarget(fragment: string): string {
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.delete(SAVED_PARAM);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ""}#${fragment}`;
}
