import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { pino } from "pino";
import { COLLAB_PATH, createCollabServer } from "../../../../server/collab/collab-server.js";
import { loadConfig } from "../../../../server/config.js";
import { createDb } from "../../../../server/db.server.js";

/*
 * The collaboration server alone, in a process of its own, so a test can SIGKILL it
 * (kill-9.test.ts). Run with `node --import tsx`; DATABASE_URL names the test database and
 * PORT the port (0: any). Prints `ready <port>` once it accepts connections. Warnings and
 * errors go to stderr as JSON lines, for the test to show when it fails.
 */
const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "warn", DATABASE_URL: process.env.DATABASE_URL, PORT: process.env.PORT });
const databaseUrl = config.databaseUrl;
if (!databaseUrl) throw new Error("DATABASE_URL is required");

const log = pino({ level: "warn" }, pino.destination(2));
const db = createDb(databaseUrl, { max: 2 });
const collab = createCollabServer({ db, databaseUrl, log, sessionTtlMs: config.sessionTtlMs, limits: config.collab });
const server = http.createServer((_request, response) => response.writeHead(404).end());
server.on("upgrade", (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
  if (request.url?.startsWith(COLLAB_PATH)) collab.handleUpgrade(request, socket, head);
  else socket.destroy();
});
server.listen(config.port, "127.0.0.1", () => {
  process.stdout.write(`ready ${(server.address() as AddressInfo).port}\n`);
});

// A clean stop (the test's clean-up); the test itself ends this process with SIGKILL.
process.once("SIGTERM", () => {
  server.closeAllConnections();
  void collab
    .close()
    .then(() => db.$disconnect())
    .finally(() => process.exit(0));
});
