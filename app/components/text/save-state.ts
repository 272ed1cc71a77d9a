/** What the page knows about its connection to the collaboration server. */
export type ConnectionSnapshot = {
  /** The WebSocket: "connecting", "connected" or "disconnected". */
  status: "connecting" | "connected" | "disconnected";
  /** Lost the connection (or never got it) at least once: "connecting" then means offline. */
  hadDisconnect: boolean;
  /** The server accepted this connection for the document… */
  authenticated: boolean;
  /** …with this scope; it stays known while offline (the last one the server gave). */
  scope: "read-write" | "readonly" | null;
  /** The first exchange with the server is done for this connection. */
  synced: boolean;
  /** Local changes the server has not yet confirmed as stored. */
  unsynced: number;
  problem: Problem | null;
};

/** Why the server closed the connection or refused it (close codes of server/collab). */
export type Problem =
  | "access-changed"
  | "access-revoked"
  | "no-access"
  | "document-too-large"
  | "storage-unavailable"
  | "load-failed"
  | "connection-error";

export type SaveState =
  | "connecting"
  | "saving"
  | "saved"
  | "offline"
  | "offlineReader"
  | "live"
  | "readOnlyChanges"
  | "accessChanged"
  | "accessRevoked"
  | "noAccess"
  | "tooLarge"
  | "storageUnavailable"
  | "loadFailed"
  | "connectionError";

const PROBLEM_STATE: Record<Problem, SaveState> = {
  "access-changed": "accessChanged",
  "access-revoked": "accessRevoked",
  "no-access": "noAccess",
  "document-too-large": "tooLarge",
  "storage-unavailable": "storageUnavailable",
  "load-failed": "loadFailed",
  "connection-error": "connectionError",
};

/** The server's close codes (server/collab/collab-socket.ts) and 1009 (message too big). */
export function problemOfClose(code: number): Problem | null {
  switch (code) {
    case 4401:
      return "access-changed";
    case 4403:
      return "access-revoked";
    case 4413:
    case 1009:
      return "document-too-large";
    case 4500:
      return "storage-unavailable";
    case 4400:
      return "connection-error";
    default:
      return null;
  }
}

/**
 * Refusals end the session for this document: reconnecting would be refused again. A document
 * (or message) too large is one: the provider would send the same change again on every
 * reconnect, and deleting text does not make a Yjs document smaller.
 */
export function isFinal(problem: Problem | null): boolean {
  return problem === "access-revoked" || problem === "no-access" || problem === "document-too-large";
}

/**
 * The truthful save state. "saved" only when connected, accepted as a writer, synced, and the
 * server has confirmed every local change as stored; a problem the server named wins over
 * "offline", so people learn why.
 */
export function saveStateOf(c: ConnectionSnapshot): SaveState {
  if (c.problem && (isFinal(c.problem) || !(c.status === "connected" && c.synced && c.unsynced === 0))) {
    return PROBLEM_STATE[c.problem];
  }
  const reader = c.scope === "readonly";
  if (c.status !== "connected") {
    if (!c.hadDisconnect) return "connecting";
    return reader ? "offlineReader" : "offline";
  }
  if (!c.authenticated || !c.synced) return "connecting";
  if (reader) return c.unsynced > 0 ? "readOnlyChanges" : "live";
  return c.unsynced > 0 ? "saving" : "saved";
}
