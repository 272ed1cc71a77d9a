import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { koers } from "../../lib/context.server";
import { load } from "../../lib/trpc-errors.server";

/**
 * The tracking data of every live action of the programme, as JSON: what the action blocks in
 * the programme text show. The text page fetches it again whenever the collaboration server
 * says tracking changed, and when its connection comes back.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const actions = await load(request, () => trpc.action.tracking({ programmeId: params.programmeId ?? "" }));
  // Always current: a cached copy would show a status that changed a moment ago.
  return json({ actions }, { headers: { "Cache-Control": "no-store" } });
}

export type TextTrackingLoader = typeof loader;
