import http from "node:http";
import path from "node:path";
import type { Duplex } from "node:stream";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { ConfigError, loadConfig, publicUrlOf, type Config } from "./config.js";
import { createDb, type Db } from "./db.server.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded-postgres.js";
import { applyMigrations } from "./db/migrations.js";
import { createHttpApp } from "./http/app.js";
import { COLLAB_PATH, createCollabServer, type CollabServer } from "./collab/collab-server.js";
import { createLogger, type Logger } from "./logger.js";
import { createMailTransport, startOutboxWorker } from "./mail/outbox-worker.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "./services/demo-seed.js";
import { ensureRemixBuild, REMIX_BUILD_PATH } from "./remix-build.js";
import { startScheduler } from "./jobs/scheduler.js";

export type RunningKoers = { url: string; port: number; db: Db; collab: CollabServer; stop: () => Promise<void> };

/**
 * Starts Koers: the database (embedded unless DATABASE_URL is set), migrations, demo data when
 * asked, the Remix build, the outbox worker, the daily jobs and the one HTTP server. Resolves when listening.
 */
export async function startKoers(config: Config, log: Logger = createLogger(config)): Promise<RunningKoers> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, "postgres"),
      log: (message) => log.debug({ postgres: message }),
    });
    await embedded.createDatabase("koers");
    databaseUrl = embedded.url("koers");
    log.info({ port: embedded.port }, "embedded PostgreSQL started");
  }
  try {
    const { applied } = await applyMigrations({ databaseUrl });
    if (applied.length > 0) log.info({ applied }, "migrations applied");
    const db = createDb(databaseUrl);
    if (config.seedDemo) {
      const { created } = await seedDemo(db);
      if (created) log.info("demo municipality created");
    }
    ensureRemixBuild((message) => log.info(message));
    const remixBuild = (await import(pathToFileURL(REMIX_BUILD_PATH).href)) as ServerBuild;

    const server = http.createServer();
    const port = await listen(server, config.port, config.host);
    const publicUrl = publicUrlOf(config, port);
    const collab = createCollabServer({
      db,
      databaseUrl,
      log,
      sessionTtlMs: config.sessionTtlMs,
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy,
      limits: config.collab,
      redisUrl: config.redisUrl,
    });
    server.on("request", createHttpApp({ config, db, log, publicUrl, remixBuild, text: collab.textEvents }));
    server.on("upgrade", (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      if (new URL(request.url ?? "/", "http://koers").pathname === COLLAB_PATH) return collab.handleUpgrade(request, socket, head);
      socket.destroy();
    });
    const stopOutbox = startOutboxWorker(db, createMailTransport({ smtpUrl: config.smtpUrl, from: config.mailFrom, log }), log);
    const stopJobs = config.jobs.enabled ? startScheduler({ db, publicUrl, log }, { dailyHour: config.jobs.dailyHour }) : async () => {};

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        server.closeIdleConnections();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        await collab.close();
        await closed;
        await stopJobs();
        await stopOutbox();
        await db.$disconnect();
        await embedded?.stop();
      })());
    server.on("close", () => server.closeAllConnections());
    return { url: publicUrl, port, db, collab, stop };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config);
  const koers = await startKoers(config, log);
  const shutdown = (signal: string) => {
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    koers.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));

  const lines = [`Koers draait op ${koers.url}`];
  if (config.seedDemo) {
    lines.push(`Demo-accounts (wachtwoord: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.email.padEnd(24)} ${account.role}`);
  }
  process.stdout.write(`\n${lines.join("\n")}\n\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
