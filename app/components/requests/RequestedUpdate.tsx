import { useActionData, useRouteLoaderData } from "@remix-run/react";
import type { ActionDetail, FieldErrors, FormValues } from "../action/types";
import { UpdateForm } from "../action/UpdateForm";
import type { ActionRequests } from "./types";

/** What the action route's loader gives this block. */
type RouteData = { action: ActionDetail; today: string; requests: ActionRequests };
/** The action route's answer to a POST, as far as the progress form reads it. */
type Posted = { intent?: string; ok?: string | null; errors?: FieldErrors; values?: FormValues } | undefined;

/**
 * The progress form for an action's owner who does not track actions otherwise (a council
 * member who owns an action): asked for an update, they must be able to give it. Those who
 * track actions have the form already. The request banner sits in the form (UpdateForm).
 */
export function RequestedUpdate({ canTrack }: { canTrack: boolean }) {
  const data = useRouteLoaderData<RouteData>("routes/action/route");
  const posted = useActionData() as Posted;
  if (canTrack || !data?.requests?.mayReport) return null;
  const { action, today } = data;
  const result = posted?.intent === "addUpdate" ? posted : undefined;
  return (
    <div className="koers-cards koers-action-forms">
      <UpdateForm
        key={`${action.status}|${action.updates.length}`}
        action={action}
        today={today}
        errors={result?.errors ?? null}
        values={result && !result.ok ? (result.values ?? null) : null}
      />
    </div>
  );
}
