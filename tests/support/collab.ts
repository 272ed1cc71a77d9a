import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { programmeDocumentName, TEXT_FIELD } from "@koers/editor";
import { pino } from "pino";
import WebSocket from "ws";
import * as Y from "yjs";
import { createSession, SESSION_COOKIE } from "../../server/auth/session.server.js";
import { COLLAB_PATH, createCollabServer, type CollabLimits, type CollabServer } from "../../server/collab/collab-server.js";
import type { Db } from "../../server/db.server.js";
import { testConfig } from "./factories.js";

export const silentLog = pino({ level: "silent" });

export type CollabTestServer = { collab: CollabServer; port: number; wsUrl: string; origin: string; close(): Promise<void> };

/** A real HTTP server on port 0 with the collaboration server attached, on a test database. */
export async function startCollabServer(
  db: Db,
  databaseUrl: string,
  limits: Partial<CollabLimits> = {},
  options: { redisUrl?: string } = {},
): Promise<CollabTestServer> {
  const collab = createCollabServer({ db, databaseUrl, log: silentLog, sessionTtlMs: testConfig.sessionTtlMs, limits, redisUrl: options.redisUrl });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  server.on("upgrade", (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (request.url?.startsWith(COLLAB_PATH)) collab.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    collab,
    port,
    wsUrl: `ws://127.0.0.1:${port}${COLLAB_PATH}`,
    origin: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await collab.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A session cookie header for this user, as the browser would send it. */
export async function sessionCookieFor(db: Db, userId: string): Promise<string> {
  const token = await createSession(db, userId, { ttlMs: testConfig.sessionTtlMs });
  return `${SESSION_COOKIE}=${token}`;
}

/** The `ws` WebSocket with the browser's headers (Node has no cookie jar or Origin of its own). */
export function browserLikeWebSocket(headers: { cookie?: string; origin?: string }) {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { ...(headers.cookie ? { cookie: headers.cookie } : {}), ...(headers.origin ? { origin: headers.origin } : {}) } });
    }
  };
}

export type TestClient = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  text(): string;
  /** Appends text at the end of the first paragraph (a paragraph is created if none). */
  type(text: string): void;
  synced(): Promise<void>;
  /** Resolves once the server acknowledged every local change. */
  acknowledged(): Promise<void>;
  authFailure(): Promise<string>;
  scope(): Promise<string>;
  closeEvent(): Promise<{ code: number; reason: string }>;
  destroy(): void;
};

/** A real HocuspocusProvider over a real WebSocket, with a Y.Doc of its own. */
export function connectClient(options: {
  server: { wsUrl: string; origin: string };
  cookie: string | undefined;
  programmeId: string;
  origin?: string;
}): TestClient {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: options.server.wsUrl,
    WebSocketPolyfill: browserLikeWebSocket({ cookie: options.cookie, origin: options.origin ?? options.server.origin }),
    maxAttempts: 0,
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: programmeDocumentName(options.programmeId), document: doc, token: "cookie" });
  // A provider given its own websocket must be attached to it (Hocuspocus 4).
  provider.attach();
  const fragment = doc.getXmlFragment(TEXT_FIELD);
  const event = <T>(name: string, pick: (data: any) => T) =>
    new Promise<T>((resolve) => {
      const handler = (data: any) => {
        provider.off(name, handler);
        resolve(pick(data));
      };
      provider.on(name, handler);
    });
  const closeEvent = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on("close", ({ event }: { event: { code: number; reason: string } }) => resolve({ code: event.code, reason: event.reason }));
  });
  return {
    doc,
    provider,
    socket,
    text: () => introText(doc),
    type(text: string) {
      doc.transact(() => {
        let paragraph = fragment.get(0) as Y.XmlElement | undefined;
        if (!paragraph) {
          paragraph = new Y.XmlElement("paragraph");
          fragment.insert(0, [paragraph]);
        }
        let content = paragraph.get(0) as Y.XmlText | undefined;
        if (!content) {
          content = new Y.XmlText();
          paragraph.insert(0, [content]);
        }
        content.insert(content.length, text);
      });
    },
    synced: () => (provider.isSynced ? Promise.resolve() : event("synced", () => undefined)),
    acknowledged: () =>
      provider.unsyncedChanges === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const handler = ({ number }: { number: number }) => {
              if (number === 0) {
                provider.off("unsyncedChanges", handler);
                resolve();
              }
            };
            provider.on("unsyncedChanges", handler);
          }),
    authFailure: () => event("authenticationFailed", (data: { reason: string }) => data.reason),
    scope: () => (provider.authorizedScope ? Promise.resolve(provider.authorizedScope) : event("authenticated", (data: { scope: string }) => data.scope)),
    closeEvent: () => closeEvent,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Polls until the check passes (real servers, real timing). */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** The document as stored: snapshot + log, loaded into a fresh Y.Doc. */
export async function storedDoc(collab: CollabServer, programmeId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  await collab.store.loadInto(programmeDocumentName(programmeId), doc);
  return doc;
}

/**
 * The introduction's text, one line per paragraph: where test clients type. The chapters
 * after it are the server's to keep (one per domain, with action blocks).
 */
export function introText(doc: Y.Doc): string {
  return doc
    .getXmlFragment(TEXT_FIELD)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName !== "chapter")
    .map((node) => node.toArray().map((t) => (t instanceof Y.XmlText ? t.toString() : "")).join(""))
    .join("\n");
}
