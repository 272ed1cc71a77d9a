import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useFetcher } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TextCommentsLoader } from "../../../routes/programme/text-comments";
import { isCommentsChange, type TextThread } from "./types";

/**
 * The threads on the programme text: first what the page loader read, then fetched again
 * whenever the collaboration server says they changed (someone started, answered, resolved
 * …), each time the connection is (re)established (messages sent while it was down are
 * lost), and after one's own changes. Whichever arrived last wins: the page's loader data
 * when it was read again, or the fetched list.
 */
export function useCommentThreads(href: string, fromLoader: readonly TextThread[], provider: HocuspocusProvider | null) {
  const fetcher = useFetcher<TextCommentsLoader>();
  const load = useRef(fetcher.load);
  load.current = fetcher.load;
  const refresh = useCallback(() => void load.current(href), [href]);

  useEffect(() => {
    if (!provider) return;
    const onStateless = ({ payload }: { payload: string }) => {
      if (isCommentsChange(payload)) refresh();
    };
    provider.on("stateless", onStateless);
    provider.on("authenticated", refresh);
    return () => {
      provider.off("stateless", onStateless);
      provider.off("authenticated", refresh);
    };
  }, [provider, refresh]);

  const [threads, setThreads] = useState<readonly TextThread[]>(fromLoader);
  useEffect(() => setThreads(fromLoader), [fromLoader]);
  const fetched = fetcher.data?.threads;
  useEffect(() => {
    if (fetched) setThreads(fetched);
  }, [fetched]);
  return { threads, refresh };
}
