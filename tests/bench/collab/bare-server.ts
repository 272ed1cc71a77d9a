import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { Hocuspocus } from "@hocuspocus/server";
import { programmeDocumentName } from "@koers/editor";
import { WebSocketServer } from "ws";
import * as Y from "yjs";
import type { MemoryPerDocument, Prepared } from "./protocol.js";
import { heapBytes, toBytes, untilUnloaded, type BenchServer } from "./server-common.js";

/**
 * The comparison peer: `new Hocuspocus()` with its defaults (no extensions: no persistence,
 * no authentication), on an http.Server's upgrade event through `ws` exactly as Koers wires
 * it, so the difference to Koers is what Koers adds, not the transport.
 */
export async function startBare(): Promise<BenchServer> {
  const hocuspocus = new Hocuspocus();
  const wss = new WebSocketServer({ noServer: true });
  const server = http.createServer((_request, response) => response.writeHead(404).end());
  server.on("upgrade", (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!request.url?.startsWith("/collab")) return void socket.destroy();
    wss.handleUpgrade(request, socket, head, (ws) => {
      const headers = new Headers();
      if (typeof request.headers.origin === "string") headers.set("origin", request.headers.origin);
      const client = hocuspocus.handleConnection(ws, { url: `http://collab${request.url}`, headers } as unknown as Request, {});
      ws.on("message", (data) => client.handleMessage(toBytes(data)));
      ws.on("close", (code, reason) => client.handleClose({ code, reason: reason.toString() }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  return {
    port: (server.address() as AddressInfo).port,
    async prepare(editors): Promise<Prepared> {
      return { documentName: programmeDocumentName(randomUUID()), cookies: Array.from({ length: editors }, () => "") };
    },
    async settle(documentName) {
      await untilUnloaded(hocuspocus, documentName);
      return null;
    },
    async loadTimes() {
      throw new Error("the bare server stores nothing");
    },
    async state() {
      throw new Error("the bare server stores nothing");
    },
    async memory(copies, state): Promise<MemoryPerDocument> {
      const names = Array.from({ length: copies }, () => programmeDocumentName(randomUUID()));
      const before = heapBytes();
      const connections = [];
      for (const name of names) {
        const connection = await hocuspocus.openDirectConnection(name, {});
        await connection.transact((doc) => Y.applyUpdate(doc, state));
        connections.push(connection);
      }
      // Hocuspocus holds a just-applied update until its next broadcast (setImmediate).
      await new Promise((resolve) => setTimeout(resolve, 50));
      const after = heapBytes();
      const encodedBytes = Y.encodeStateAsUpdate(hocuspocus.documents.get(names[0]!)!).byteLength;
      for (const connection of connections) await connection.disconnect();
      return { copies, bytesPerDocument: (after - before) / copies, encodedBytes };
    },
    counters() {
      return {};
    },
    async commitProbe() {
      throw new Error("the bare server has no database");
    },
    async stop() {
      server.closeAllConnections();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
