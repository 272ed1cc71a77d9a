import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useFetcher } from "@remix-run/react";
import { createContext, useContext, useEffect, useMemo, useRef } from "react";
import type { TextTrackingLoader } from "../../routes/programme/text-tracking";
import { isTrackingChange, trackingIndex, type ActionTracking } from "./action-tracking";

export type TrackingContextValue = {
  /** Tracking data by (lower-case) action id; an id missing here is not created yet. */
  byId: ReadonlyMap<string, ActionTracking>;
  /** The municipality's slug, for the links to each action's page. */
  slug: string;
};

export const TrackingContext = createContext<TrackingContextValue>({ byId: new Map(), slug: "" });

export function useTrackingContext(): TrackingContextValue {
  return useContext(TrackingContext);
}

/**
 * The tracking data of the programme's actions: first what the page loader read, then fetched
 * again whenever the collaboration server says it changed (status, owner, goals, or actions the
 * projection made from the text) and each time the connection is (re)established, since
 * messages sent while it was down are lost. A newer load cancels an older one still running.
 */
export function useActionTracking(href: string, initial: readonly ActionTracking[], provider: HocuspocusProvider | null): ReadonlyMap<string, ActionTracking> {
  const fetcher = useFetcher<TextTrackingLoader>();
  const load = useRef(fetcher.load);
  load.current = fetcher.load;

  useEffect(() => {
    if (!provider) return;
    const refresh = () => void load.current(href);
    const onStateless = ({ payload }: { payload: string }) => {
      if (isTrackingChange(payload)) refresh();
    };
    provider.on("stateless", onStateless);
    provider.on("authenticated", refresh);
    return () => {
      provider.off("stateless", onStateless);
      provider.off("authenticated", refresh);
    };
  }, [provider, href]);

  const actions = fetcher.data?.actions ?? initial;
  return useMemo(() => trackingIndex(actions), [actions]);
}
