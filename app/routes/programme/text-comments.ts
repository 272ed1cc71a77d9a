import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { idSchema } from "@koers/domain";
import { koers } from "../../lib/context.server";
import { load } from "../../lib/trpc-errors.server";

/**
 * The threads on the programme's text, as JSON: what the comment panel beside the text shows.
 * The text page fetches them again whenever the collaboration server says they changed, when
 * its connection comes back, and after the person's own changes.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const programmeId = params.programmeId ?? "";
  if (!idSchema.safeParse(programmeId).success) throw new Response("Not Found", { status: 404 });
  const threads = await load(request, () => trpc.comment.threads({ target: "text", programmeId }));
  // Always current: a cached copy would miss the answer given a moment ago.
  return json({ threads }, { headers: { "Cache-Control": "no-store" } });
}

export type TextCommentsLoader = typeof loader;
