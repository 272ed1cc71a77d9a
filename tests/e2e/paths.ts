import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const E2E_DATA_DIR = path.join(ROOT, "tests/.tmp/e2e-postgres");
export const E2E_DB_FILE = path.join(ROOT, "tests/.tmp/e2e-database.json");
