import { createHash } from "node:crypto";
import { appendFileSync, chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../../../server/db/embedded-postgres.js";
import { applyMigrations, createMigration } from "../../../../server/db/migrations.js";

// Stands alone: its own PostgreSQL in a fresh temporary directory, whatever vitest.config sets up.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const MIGRATIONS = path.join(root, "prisma/migrations");
const SCHEMA = path.join(root, "prisma/schema.prisma");
const committed = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let tmp: string;
let server: EmbeddedDatabase;
let databases = 0;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "koers-migrations-"));
  chmodSync(tmp, 0o755); // as root, PostgreSQL runs as the `postgres` user and must reach its data
  server = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg") });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

async function freshDatabase(): Promise<string> {
  const name = `migrations_test_${++databases}`;
  await server.createDatabase(name);
  return server.url(name);
}

async function query<T = Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(tmp, "migrations-"));
  cpSync(MIGRATIONS, dir, { recursive: true });
  return dir;
}

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("migrations through the Wasm schema engine", () => {
  it("applies every migration to an empty database, records it as Prisma does, and is idempotent", async () => {
    const url = await freshDatabase();
    expect(committed.length).toBeGreaterThan(0);

    expect(await applyMigrations({ databaseUrl: url })).toEqual({ applied: committed });

    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["User", "Session", "Municipality", "_prisma_migrations"]));
    const recorded = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      url,
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(recorded.map((r) => r.migration_name)).toEqual(committed);
    for (const row of recorded) {
      expect(row.checksum).toBe(sha256(path.join(MIGRATIONS, row.migration_name, "migration.sql")));
      expect(row.finished_at).not.toBeNull();
    }

    expect(await applyMigrations({ databaseUrl: url })).toEqual({ applied: [] });
  });

  it("finds no difference between the committed migrations and prisma/schema.prisma", async () => {
    // Fails when someone changes the schema without running `npm run db:migration -- <name>`.
    const dir = copyOfMigrations();
    const url = await freshDatabase();
    expect(await createMigration({ databaseUrl: url, name: "drift", migrationsDir: dir })).toEqual({ directory: null });
    expect(readdirSync(dir).sort()).toEqual(readdirSync(MIGRATIONS).sort());
    expect(await query(url, "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow%'")).toEqual([]);
  });

  it("turns a schema change into a new migration that applies", async () => {
    const dir = copyOfMigrations();
    const schemaPath = path.join(tmp, "schema.prisma");
    writeFileSync(schemaPath, `${readFileSync(SCHEMA, "utf8")}\nmodel Probe {\n  id   Int    @id\n  name String\n}\n`);
    const url = await freshDatabase();

    const { directory } = await createMigration({
      databaseUrl: url,
      name: "Add probe",
      schemaPath,
      migrationsDir: dir,
      now: new Date("2099-01-02T03:04:05Z"),
    });

    expect(directory).toBe(path.join(dir, "20990102030405_add_probe"));
    const sql = readFileSync(path.join(directory!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Probe"');
    expect(await query(url, "SELECT to_regclass('public.\"Probe\"') AS t")).toEqual([{ t: null }]); // nothing applied
    expect(await applyMigrations({ databaseUrl: url, migrationsDir: dir })).toEqual({
      applied: [...committed, "20990102030405_add_probe"],
    });
    expect(await query(url, 'SELECT count(*)::int AS n FROM "Probe"')).toEqual([{ n: 0 }]);
  });

  it("lets two concurrent appliers apply each migration exactly once", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([applyMigrations({ databaseUrl: url }), applyMigrations({ databaseUrl: url })]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(committed);
    const recorded = await query<{ migration_name: string }>(url, "SELECT migration_name FROM _prisma_migrations");
    expect(recorded.map((r) => r.migration_name).sort()).toEqual(committed);
  });

  it.each([
    { migration: "_signal_raised_notification", kinds: ["signal_raised"] },
    { migration: "_commitment_progress_notifications", kinds: ["commitment_reported", "commitment_fulfilled"] },
  ])("$migration adds the kinds $kinds to a database that already holds notifications", async ({ migration, kinds }) => {
    const added = committed.find((name) => name.endsWith(migration))!;
    const before = copyOfMigrations();
    for (const name of committed.filter((name) => name >= added)) rmSync(path.join(before, name), { recursive: true });
    const url = await freshDatabase();
    await applyMigrations({ databaseUrl: url, migrationsDir: before });
    await query(
      url,
      `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('00000000-0000-4000-8000-000000000001', 'a@koers.test', 'Anouk', now());
       INSERT INTO "Municipality" (id, slug, name) VALUES ('00000000-0000-4000-8000-000000000002', 'lindeveen', 'Lindeveen');
       INSERT INTO "Notification" (id, "userId", "municipalityId", kind, link)
         VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', 'signal_status', '/g/lindeveen/x');`,
    );

    expect(await applyMigrations({ databaseUrl: url })).toEqual({ applied: committed.filter((name) => name >= added) });
    for (const [index, kind] of kinds.entries()) {
      await query(
        url,
        `INSERT INTO "Notification" (id, "userId", "municipalityId", kind, link)
           VALUES ('00000000-0000-4000-8000-00000000001${index}', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '${kind}', '/g/lindeveen/y')`,
      );
    }
    expect(await query(url, 'SELECT kind::text AS kind FROM "Notification" ORDER BY id')).toEqual(["signal_status", ...kinds].map((kind) => ({ kind })));
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const dir = copyOfMigrations();
    const url = await freshDatabase();
    await applyMigrations({ databaseUrl: url, migrationsDir: dir });
    appendFileSync(path.join(dir, committed[0]!, "migration.sql"), "\n-- edited after it was applied\n");
    await expect(applyMigrations({ databaseUrl: url, migrationsDir: dir })).rejects.toThrow(
      new RegExp(`${committed[0]}.*changed after they were applied.*checksum differs`),
    );
  });
});
