import type http from "node:http";
import type { Duplex } from "node:stream";
import { Redis as RedisRelay } from "@hocuspocus/extension-redis";
import { Hocuspocus, type Document as HocuspocusDocument, type Extension } from "@hocuspocus/server";
import IORedis from "ioredis";
import pg from "pg";
import { WebSocketServer, type RawData } from "ws";
import * as Y from "yjs";
import type { Db } from "../db.server.js";
import type { Logger } from "../logger.js";
import { resolveSession } from "../auth/session.server.js";
import { AccessRefused, accessTo, currentModes, modeKey } from "./access.js";
import { CLOSE, CollabSocket } from "./collab-socket.js";
import { DocumentStore } from "./document-store.js";
import { inspectFrame } from "./frame-guard.js";
import { firstClocksOf } from "./update-header.js";
import { createProjectionRunner, type ProgrammeTextEvents } from "./projection-runner.js";
import { UpdateLog } from "./update-log.js";

export const COLLAB_PATH = "/collab";

export type CollabLimits = {
  /** Largest WebSocket message accepted (bytes); larger ones close the connection (1009). */
  maxMessageBytes: number;
  /** Largest encoded document (bytes); an update that would pass it is refused (4413). */
  maxDocumentBytes: number;
  /** How often open connections are checked against sessions and memberships (ms). */
  accessRecheckMs: number;
  /** Compact once the log holds this many bytes, or more than the snapshot, whichever is larger. */
  compactAfterBytes: number;
};

export const DEFAULT_COLLAB_LIMITS: CollabLimits = {
  maxMessageBytes: 8 * 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  accessRecheckMs: 2_000,
  compactAfterBytes: 256 * 1024,
};

export type CollabDeps = {
  db: Db;
  databaseUrl: string;
  log: Logger;
  sessionTtlMs: number;
  /** Origins allowed besides the request's own host (PUBLIC_URL). */
  publicUrl?: string | undefined;
  trustProxy?: boolean;
  limits?: Partial<CollabLimits>;
  /** With several server processes: Redis relays live updates and presence between them. */
  redisUrl?: string | undefined;
};

type Context = { socket: CollabSocket; userId: string; sessionId: string; userName: string };

type Tracked = { snapshotBytes: number; logRows: number; logBytes: number; estimatedBytes: number };

export type CollabServer = {
  handleUpgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Loaded documents and their connection counts (tests, metrics). */
  openDocuments(): Map<string, number>;
  hocuspocus: Hocuspocus;
  updateLog: UpdateLog;
  store: DocumentStore;
  /** Re-checks every open connection's access now (also runs on a timer). */
  recheckAccess(): Promise<void>;
  /** For the rest of the server: actions and domains changed outside the text. */
  textEvents: ProgrammeTextEvents;
  /** Resolves when no projection of a text onto actions is waiting or running (tests). */
  projectionsIdle(): Promise<void>;
  close(): Promise<void>;
};

/** Origin of the transaction that loads stored state (skips Hocuspocus' store hooks). */
const LOAD_ORIGIN = { source: "local" as const, skipStoreHooks: true };

/**
 * The collaboration server: Hocuspocus on the app's own HTTP server at /collab, with
 * authentication by the session cookie, write access from the capability matrix, every
 * update in the PostgreSQL update log before it is acknowledged, frame validation and limits,
 * background compaction, and access re-checked while connections stay open.
 */
export function createCollabServer(deps: CollabDeps): CollabServer {
  const limits: CollabLimits = { ...DEFAULT_COLLAB_LIMITS, ...deps.limits };
  const { db, log } = deps;
  // Up to three log batches in flight, plus loads and compaction.
  // Up to 5 log batches in flight, plus loading and compaction.
  const pool = new pg.Pool({ connectionString: deps.databaseUrl, max: 8 });
  let closing = false;
  // An idle connection that fails is replaced by the pool on next use; while shutting down
  // (the database may stop first) that is expected.
  pool.on("error", (error) => {
    // Not the error object itself: pg hangs the whole client on it, and the log line would
    // carry its connection state and type tables.
    const failure = { message: error.message, code: (error as { code?: unknown }).code };
    if (closing) log.debug({ failure }, "collab: database connection closed during shutdown");
    else log.error({ failure }, "collab: idle database connection failed");
  });
  const updateLog = new UpdateLog(pool, log, { onCommitted: (documentName, rows, bytes) => logGrew(documentName, rows, bytes) });
  const store = new DocumentStore(pool);
  const tracked = new Map<string, Tracked>();
  const sockets = new Set<CollabSocket>();
  const compactions = compactionQueue(store, log, (name, result) => {
    const entry = tracked.get(name);
    if (!entry) return;
    entry.snapshotBytes = result.snapshotBytes;
    entry.logRows = Math.max(0, entry.logRows - result.folded);
    entry.logBytes = Math.max(0, entry.logBytes - result.foldedBytes);
  });

  function appendToLog(documentName: string, update: Uint8Array, userId: string | null, socket?: CollabSocket): void {
    updateLog.append(documentName, update, userId, socket);
    const entry = tracked.get(documentName);
    if (entry) entry.estimatedBytes += update.byteLength;
  }

  /** The log grew by committed rows: compact once it outweighs the snapshot. */
  function logGrew(documentName: string, rows: number, bytes: number): void {
    const current = tracked.get(documentName);
    if (!current) return;
    current.logRows += rows;
    current.logBytes += bytes;
    if (current.logBytes >= Math.max(limits.compactAfterBytes, current.snapshotBytes)) compactions.request(documentName);
  }

  // Several processes: Redis relays updates between them. Each process also logs what it
  // receives from the others (the document's update handler), so its memory is never ahead
  // of the database when it acknowledges.
  const relay: Extension[] = deps.redisUrl
    ? [new RedisRelay({ createClient: () => new IORedis(deps.redisUrl!), prefix: "koers" })]
    : [];

  const hocuspocus = new Hocuspocus({
    name: "koers",
    quiet: true,
    // Each keystroke is stored by the update log; Hocuspocus' own store hook only waits for it.
    debounce: 1_000,
    maxDebounce: 5_000,
    unloadImmediately: true,
    extensions: [
      ...relay,
      {
        async onAuthenticate({ documentName, connectionConfig, context }: { documentName: string; connectionConfig: { readOnly: boolean }; context: Context }) {
          let access;
          try {
            access = await accessTo(db, context.userId, documentName);
          } catch (error) {
            // A plain object: Hocuspocus sends its reason to the client without logging it.
            if (error instanceof AccessRefused) throw { reason: error.reason };
            throw error;
          }
          connectionConfig.readOnly = access.readOnly;
          context.socket.grants.set(documentName, { municipalityId: access.municipalityId, readOnly: access.readOnly });
          return { access };
        },
        async onLoadDocument({ documentName, document }: { documentName: string; document: HocuspocusDocument }) {
          await updateLog.flushed(documentName);
          const loaded = await store.loadInto(documentName, document, LOAD_ORIGIN).catch((error: unknown) => {
            log.error({ err: error, documentName }, "collab: document could not be loaded; not serving it");
            throw { reason: "load-failed" };
          });
          tracked.set(documentName, { ...loaded, estimatedBytes: loaded.snapshotBytes + loaded.logBytes });
          // The log holds exactly what Yjs applied to this document, whoever sent it (a
          // client, another process through Redis, the server itself), re-encoded by Yjs —
          // never the raw message. The handler runs inside the applying transaction, so the
          // append happens before the acknowledgement is even created.
          document.on("update", (update: Uint8Array, origin: unknown) => {
            if (origin === LOAD_ORIGIN) return;
            const connection = connectionOf(origin);
            appendToLog(documentName, update, connection?.context.userId ?? null, connection?.webSocket as CollabSocket | undefined);
            if (connection) rememberWriters(update, connection.context.userId);
            projections.schedule(documentName, connection?.context.userId ?? null);
          });
          // Also on load: chapters for new domains, blocks for actions made in the list.
          projections.schedule(documentName, null);
        },
        async beforeSync({ document, connection, type, payload }: { document: HocuspocusDocument; connection: { readOnly: boolean }; type: number; payload: Uint8Array }) {
          // An update that starts inside what the document already holds from a client (a
          // stale or resent sync step, or a forged one) is first applied cut to its new part,
          // by Yjs itself: Yjs can fail half-way applying the uncut update when the part it
          // skips was garbage-collected. What follows is then known already and a no-op.
          if (type === 0 || connection.readOnly) return;
          for (const [clientId, clock] of firstClocksOf(payload)) {
            if (clock < Y.getState(document.store, clientId)) {
              Y.applyUpdate(document, Y.diffUpdate(payload, Y.encodeStateVector(document)), { source: "connection", connection });
              return;
            }
          }
        },
        async beforeHandleAwareness({ states, connection }: { states: Map<number, Record<string, unknown> | null>; connection?: { context: Context } }) {
          // Presence shows who is here: the name is the signed-in person's, never what a
          // client claims (the colour is theirs to choose).
          const context = connection?.context;
          if (!context) return;
          for (const [clientId, state] of states) {
            if (state === null) continue;
            const user = typeof state.user === "object" && state.user !== null ? state.user : {};
            states.set(clientId, { ...state, user: { ...user, name: context.userName, id: context.userId } });
          }
        },
        async onStoreDocument({ documentName }: { documentName: string }) {
          // The log already holds every update; unloading waits until it is written.
          await updateLog.flushed(documentName);
        },
        async onDisconnect({ documentName, context }: { documentName: string; context: Context }) {
          context.socket?.grants.delete(documentName);
        },
        async afterUnloadDocument({ documentName }: { documentName: string }) {
          const entry = tracked.get(documentName);
          tracked.delete(documentName);
          // Not after a failed load: that document's stored state is left exactly as it is.
          if (entry && entry.logRows > 0) compactions.request(documentName);
        },
      },
    ],
  });

  // Which person writes as which Yjs client, from the updates their connection sent (for the
  // audit trail of actions written in the text). Bounded: oldest entries go first.
  const writers = new Map<number, string>();
  function rememberWriters(update: Uint8Array, userId: string): void {
    for (const clientId of firstClocksOf(update).keys()) {
      if (writers.get(clientId) === userId) continue;
      writers.delete(clientId);
      writers.set(clientId, userId);
      if (writers.size > 100_000) writers.delete(writers.keys().next().value as number);
    }
  }
  const projections = createProjectionRunner({ db, log, hocuspocus: () => hocuspocus, userOfClient: (clientId) => writers.get(clientId) });

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  wss.on("error", (error) => log.error({ err: error }, "collab: WebSocket server error"));

  function refuseUpgrade(socket: Duplex, status: 401 | 403, text: string): void {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }

  function originAllowed(request: http.IncomingMessage): boolean {
    const origin = request.headers.origin;
    if (!origin) return false;
    let originUrl: URL;
    try {
      originUrl = new URL(origin);
    } catch {
      return false;
    }
    if (deps.publicUrl && originUrl.origin === new URL(deps.publicUrl).origin) return true;
    const forwarded = deps.trustProxy ? request.headers["x-forwarded-host"] : undefined;
    const host = (typeof forwarded === "string" ? forwarded : undefined) ?? request.headers.host;
    return originUrl.host === host;
  }

  async function upgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (!originAllowed(request)) return refuseUpgrade(socket, 403, "Forbidden");
    const session = await resolveSession(db, request.headers.cookie, deps.sessionTtlMs);
    if (!session) return refuseUpgrade(socket, 401, "Unauthorized");
    wss.handleUpgrade(request, socket, head, (ws) => {
      const collabSocket = new CollabSocket(
        ws,
        { sessionId: session.sessionId, userId: session.user.id, userName: session.user.name },
        (documentName, run) => updateLog.whenStored(documentName, run),
      );
      sockets.add(collabSocket);
      const headers = new Headers();
      for (const name of ["user-agent", "origin"] as const) {
        const value = request.headers[name];
        if (typeof value === "string") headers.set(name, value);
      }
      const context: Context = { socket: collabSocket, userId: session.user.id, sessionId: session.sessionId, userName: session.user.name };
      const client = hocuspocus.handleConnection(
        collabSocket,
        // A path, not a full URL: Hocuspocus parses it for every message's hook payload.
        { url: request.url ?? COLLAB_PATH, headers } as unknown as Request,
        context,
      );
      ws.on("message", (data: RawData, isBinary: boolean) => {
        const bytes = toBytes(data);
        const frame = isBinary ? inspectFrame(bytes) : ({ ok: false, reason: "text-frame" } as const);
        if (!frame.ok) {
          log.warn({ userId: session.user.id, reason: frame.reason, bytes: bytes.byteLength }, "collab: malformed message; closing connection");
          collabSocket.close(CLOSE.malformed.code, CLOSE.malformed.reason);
          return;
        }
        if (frame.kind === "update") {
          if (!fitsDocument(frame.documentName, frame.update.byteLength, collabSocket)) {
            log.warn({ documentName: frame.documentName, userId: session.user.id }, "collab: document size limit reached");
            collabSocket.close(CLOSE.documentTooLarge.code, CLOSE.documentTooLarge.reason);
            return;
          }
        }
        client.handleMessage(bytes);
      });
      ws.on("close", (code, reason) => {
        sockets.delete(collabSocket);
        client.handleClose({ code, reason: reason.toString() });
      });
      ws.on("error", (error) => log.warn({ err: error, userId: session.user.id }, "collab: connection error"));
    });
  }

  /** Would this update keep the document under the limit? Estimated cheaply, measured when close. */
  function fitsDocument(documentName: string, updateBytes: number, socket: CollabSocket): boolean {
    if (socket.grants.get(documentName)?.readOnly !== false) return true; // nothing of theirs is applied
    const entry = tracked.get(documentName);
    const document = hocuspocus.documents.get(documentName);
    if (!entry || !document) return true;
    if (entry.estimatedBytes + updateBytes <= limits.maxDocumentBytes) return true;
    entry.estimatedBytes = Y.encodeStateAsUpdate(document).byteLength;
    return entry.estimatedBytes + updateBytes <= limits.maxDocumentBytes;
  }

  let checking: Promise<void> | null = null;
  async function recheckAccess(): Promise<void> {
    const open = [...sockets].filter((socket) => socket.grants.size > 0);
    const holders = open.flatMap((socket) =>
      [...socket.grants.values()].map((grant) => ({ ...socket.holder, municipalityId: grant.municipalityId })),
    );
    const modes = await currentModes(db, holders);
    for (const socket of open) {
      for (const grant of socket.grants.values()) {
        const mode = modes.get(modeKey({ ...socket.holder, municipalityId: grant.municipalityId }));
        if (mode === "none") {
          log.info({ userId: socket.holder.userId }, "collab: access ended; disconnecting");
          socket.close(CLOSE.accessRevoked.code, CLOSE.accessRevoked.reason);
          break;
        }
        if (mode !== undefined && (mode === "write") === grant.readOnly) {
          log.info({ userId: socket.holder.userId, mode }, "collab: access changed; reconnecting");
          socket.close(CLOSE.accessChanged.code, CLOSE.accessChanged.reason);
          break;
        }
      }
    }
  }
  const recheckTimer = setInterval(() => {
    checking ??= recheckAccess()
      .catch((error: unknown) => log.error({ err: error }, "collab: access re-check failed"))
      .finally(() => (checking = null));
  }, limits.accessRecheckMs);
  recheckTimer.unref();

  return {
    hocuspocus,
    updateLog,
    store,
    handleUpgrade(request, socket, head) {
      upgrade(request, socket, head).catch((error: unknown) => {
        log.error({ err: error }, "collab: upgrade failed");
        socket.destroy();
      });
    },
    openDocuments() {
      return new Map([...hocuspocus.documents].map(([name, document]) => [name, document.getConnectionsCount()]));
    },
    recheckAccess,
    textEvents: projections.events,
    projectionsIdle: () => projections.idle(),
    async close() {
      closing = true;
      clearInterval(recheckTimer);
      await projections.close();
      for (const socket of sockets) socket.close(CLOSE.shuttingDown.code, CLOSE.shuttingDown.reason);
      await checking;
      await updateLog.close();
      await compactions.idle();
      await store.close();
      if (relay.length > 0) await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
      wss.close();
      await pool.end();
    },
  };
}

/** The connection an update came from, when it came from one. */
function connectionOf(origin: unknown): { context: Context; webSocket: unknown } | undefined {
  const candidate = origin as { source?: string; connection?: { context: Context; webSocket: unknown } } | null;
  return candidate?.source === "connection" ? candidate.connection : undefined;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** One compaction at a time; a document asked for again while queued runs once. */
function compactionQueue(
  store: DocumentStore,
  log: Logger,
  done: (documentName: string, result: { folded: number; foldedBytes: number; snapshotBytes: number }) => void,
) {
  const waiting = new Set<string>();
  let running: Promise<void> | null = null;
  async function run(): Promise<void> {
    while (waiting.size > 0) {
      const name = waiting.values().next().value as string;
      waiting.delete(name);
      try {
        const started = performance.now();
        const result = await store.compact(name);
        done(name, result);
        if (result.folded > 0) {
          log.debug({ documentName: name, folded: result.folded, ms: Math.round(performance.now() - started) }, "collab: compacted");
        }
      } catch (error) {
        log.error({ err: error, documentName: name }, "collab: compaction failed; the log is kept");
      }
    }
    running = null;
  }
  return {
    request(documentName: string) {
      waiting.add(documentName);
      running ??= run();
    },
    idle(): Promise<void> {
      return running ?? Promise.resolve();
    },
  };
}
