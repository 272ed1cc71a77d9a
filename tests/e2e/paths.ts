import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** Several runs can share a machine: each port gets its own database files. */
const port = process.env.E2E_PORT ?? "3917";
export const E2E_DATA_DIR = path.join(ROOT, `tests/.tmp/e2e-postgres-${port}`);
export const E2E_DB_FILE = path.join(ROOT, `tests/.tmp/e2e-database-${port}.json`);
