import { HocuspocusProvider, type onCloseParameters, type onStatusParameters } from "@hocuspocus/provider";
import { programmeDocumentName, TEXT_FIELD } from "@koers/editor";
import { useEffect, useReducer, useRef, useState } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { markSaved, markUnsaved } from "../../lib/local-copies";
import { isFinal, problemOfClose, type ConnectionSnapshot, type Problem } from "./save-state";

/** Where the collaboration server listens: the app's own origin (server/main.ts). */
export const COLLAB_PATH = "/collab";

/** How long to wait before trying again after the server could not load the document. */
const LOAD_RETRY_MS = 5_000;

export type CollaborationSession = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The local copy is read from IndexedDB (also when the browser has nothing stored yet). */
  localLoaded: boolean;
  /** The local copy holds any text (from IndexedDB or from the server). */
  hasContent: boolean;
  connection: ConnectionSnapshot;
};

/** The IndexedDB database of one person's copy of one document, so people never share one. */
export function localStoreName(userId: string, programmeId: string): string {
  return `koers:${userId}:${programmeDocumentName(programmeId)}`;
}

type Live = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  persistence: IndexeddbPersistence;
};

type Tracked = {
  hadDisconnect: boolean;
  /** The browser says it has no network (navigator.onLine): offline, whatever the socket says. */
  browserOffline: boolean;
  problem: Problem | null;
  localLoaded: boolean;
  hasContent: boolean;
};

const INITIAL: Tracked = { hadDisconnect: false, browserOffline: false, problem: null, localLoaded: false, hasContent: false };

/**
 * The programme's Yjs document, kept in IndexedDB and shared through Hocuspocus. Created in an
 * effect, so only in the browser (server rendering opens no socket), and destroyed on unmount.
 * Authentication is the session cookie the browser sends with the WebSocket handshake; the
 * provider's token is only a placeholder the protocol requires.
 */
export function useCollaboration(programmeId: string, userId: string, title: string): CollaborationSession | null {
  const [live, setLive] = useState<Live | null>(null);
  const [tracked, setTracked] = useState<Tracked>(INITIAL);
  // Provider fields (status, unsynced count …) are read at render time; events only ask for one.
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const titleRef = useRef(title);
  titleRef.current = title;

  useEffect(() => {
    const doc = new Y.Doc();
    const persistence = new IndexeddbPersistence(localStoreName(userId, programmeId), doc);
    const url = `${window.location.protocol === "https:" ? "wss:" : "ws:"}//${window.location.host}${COLLAB_PATH}`;
    const provider = new HocuspocusProvider({ url, name: programmeDocumentName(programmeId), document: doc, token: "cookie" });
    const socket = provider.configuration.websocketProvider;
    // Reconnect sooner than Hocuspocus' default (up to 30 s) once the browser is back online.
    socket.setConfiguration({ maxDelay: 10_000 });
    let retry: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const track = (change: Partial<Tracked>) => setTracked((current) => ({ ...current, ...change }));

    persistence.on("synced", () => track({ localLoaded: true }));
    provider.on("status", ({ status }: onStatusParameters) => {
      if (status === "disconnected") track({ hadDisconnect: true });
      refresh();
    });
    provider.on("close", ({ event }: onCloseParameters) => {
      const problem = problemOfClose(event.code);
      if (problem) track({ problem });
      // Removed or logged out: the server would refuse every new attempt.
      if (isFinal(problem)) {
        ended = true;
        socket.disconnect();
      }
      refresh();
    });
    provider.on("authenticated", () => {
      setTracked((current) => (current.problem === "access-changed" ? { ...current, problem: null } : current));
      refresh();
    });
    provider.on("authenticationFailed", ({ reason }: { reason: string }) => {
      if (reason === "load-failed") {
        track({ problem: "load-failed" });
        socket.disconnect();
        retry = setTimeout(() => void socket.connect(), LOAD_RETRY_MS);
      } else {
        track({ problem: "no-access" });
        ended = true;
        socket.disconnect();
      }
      refresh();
    });
    provider.on("synced", refresh);
    provider.on("unsyncedChanges", refresh);
    // This person's own edits (not the server's, not the stored copy's) make the copy unsaved
    // until the server confirms them (the effect on `saved` below), so logging out can warn.
    doc.on("update", (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider && origin !== persistence) markUnsaved(userId, programmeId, { path: window.location.pathname, title: titleRef.current });
    });
    const fragment = doc.getXmlFragment(TEXT_FIELD);
    const noticeContent = () => {
      if (fragment.length === 0) return;
      track({ hasContent: true });
      doc.off("update", noticeContent);
    };
    doc.on("update", noticeContent);
    // A socket can stay "open" for a long time after the network is gone: close it as soon as
    // the browser knows (new attempts then fail at once), and try again when it is back.
    const offline = () => {
      track({ browserOffline: true, hadDisconnect: true });
      socket.webSocket?.close();
    };
    const online = () => {
      track({ browserOffline: false });
      if (!ended) void socket.connect();
    };
    if (!navigator.onLine) track({ browserOffline: true, hadDisconnect: true });
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);

    setLive({ doc, provider, persistence });
    return () => {
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
      clearTimeout(retry);
      provider.destroy();
      void persistence.destroy();
      doc.destroy();
      setLive(null);
      setTracked(INITIAL);
    };
  }, [programmeId, userId]);

  // Once everything is confirmed stored, an earlier (non-final) problem is over.
  const saved = live && !tracked.browserOffline ? isConfirmed(live.provider) : false;
  useEffect(() => {
    if (!saved) return;
    setTracked((current) => (current.problem && !isFinal(current.problem) ? { ...current, problem: null } : current));
    markSaved(userId, programmeId);
  }, [saved, userId, programmeId]);

  if (!live) return null;
  const { provider, doc } = live;
  return {
    doc,
    provider,
    localLoaded: tracked.localLoaded,
    hasContent: tracked.hasContent,
    connection: {
      status: tracked.browserOffline ? "disconnected" : (provider.configuration.websocketProvider.status as ConnectionSnapshot["status"]),
      hadDisconnect: tracked.hadDisconnect,
      authenticated: provider.isAuthenticated,
      scope: provider.authorizedScope ?? null,
      synced: provider.isSynced,
      unsynced: provider.unsyncedChanges,
      problem: tracked.problem,
    },
  };
}

function isConfirmed(provider: HocuspocusProvider): boolean {
  return (
    provider.configuration.websocketProvider.status === "connected" &&
    provider.isAuthenticated &&
    provider.isSynced &&
    provider.unsyncedChanges === 0
  );
}
