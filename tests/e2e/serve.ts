import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { loadConfig } from "../../server/config.js";
import { startEmbeddedPostgres } from "../../server/db/embedded-postgres.js";
import { startKoers } from "../../server/main.js";
import { E2E_DATA_DIR, E2E_DB_FILE } from "./paths.js";

// The server under test: a fresh embedded PostgreSQL (so every run starts from the demo
// data alone) and Koers on it, exactly as `npm start` runs it with DATABASE_URL set.
rmSync(E2E_DATA_DIR, { recursive: true, force: true });
mkdirSync(E2E_DATA_DIR, { recursive: true });
const pg = await startEmbeddedPostgres({ dataDir: E2E_DATA_DIR });
await pg.createDatabase("koers_e2e");
const databaseUrl = pg.url("koers_e2e");
writeFileSync(E2E_DB_FILE, JSON.stringify({ databaseUrl }));

const config = loadConfig({
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: databaseUrl,
  KOERS_DEMO: "1",
  // The daily jobs would notify demo owners of overdue actions depending on the hour of the
  // run; the specs see only what they do themselves (the jobs have tests of their own).
  KOERS_JOBS: "off",
  PORT: process.env.E2E_PORT ?? "3917",
  HOST: "127.0.0.1",
  LOG_LEVEL: "warn",
});
const koers = await startKoers(config);
console.log(`e2e server on ${koers.url}`);

const shutdown = async () => {
  await koers.stop();
  await pg.stop();
  process.exit(0);
};
process.once("SIGTERM", () => void shutdown());
process.once("SIGINT", () => void shutdown());
