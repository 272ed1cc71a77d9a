import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../server/db/embedded-postgres.js";
import { applyMigrations } from "../../server/db/migrations.js";

export const TEMPLATE_DATABASE = "koers_template";

/**
 * One real PostgreSQL for the whole test run, with a migrated template database. Each test
 * file clones the template into a database of its own (tests/support/database.ts), which
 * takes milliseconds and keeps files from seeing each other's rows.
 */
export default async function setup(project: TestProject) {
  const dataDir = path.resolve("tests/.tmp", `vitest-pg-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir });
  await pg.createDatabase(TEMPLATE_DATABASE);
  await applyMigrations({ databaseUrl: pg.url(TEMPLATE_DATABASE) });
  project.provide("postgresUrl", pg.url("postgres"));
  project.provide("templateDatabase", TEMPLATE_DATABASE);
  return async () => {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    templateDatabase: string;
  }
}
