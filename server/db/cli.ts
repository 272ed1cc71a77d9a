// `tsx server/db/cli.ts create <name>` writes a new migration from prisma/schema.prisma;
// `tsx server/db/cli.ts deploy` applies pending migrations. With DATABASE_URL set they use that
// database; otherwise the embedded PostgreSQL in .data/postgres (database "koers").
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.js";
import { applyMigrations, createMigration } from "./migrations.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const USAGE = "usage: tsx server/db/cli.ts create <name> | deploy";
/** The engine's start-up and timing chatter; everything else it says is worth showing. */
const log = (message: string) => {
  if (!/^Schema engine: INFO (Starting|Analysis)/.test(message)) console.log(message);
};

async function main(args: string[]): Promise<void> {
  const [command, name] = args;
  if (command !== "deploy" && !(command === "create" && name)) throw new Error(USAGE);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  try {
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: path.join(projectRoot, ".data/postgres") });
      await embedded.createDatabase("koers");
      databaseUrl = embedded.url("koers");
    }
    const started = Date.now();
    if (command === "create") {
      const { directory } = await createMigration({ databaseUrl, name: name!, log });
      console.log(
        directory
          ? `Created ${path.relative(projectRoot, directory)}/migration.sql (${Date.now() - started} ms)`
          : `No changes: the migrations already match prisma/schema.prisma (${Date.now() - started} ms)`,
      );
    } else {
      const { applied } = await applyMigrations({ databaseUrl, log });
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s) in ${Date.now() - started} ms:\n${applied.map((m) => `  ${m}`).join("\n")}`
          : `No pending migrations (${Date.now() - started} ms)`,
      );
    }
  } finally {
    await embedded?.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // Not `process.exitCode`: embedded-postgres' exit hook calls process.exit(0) on beforeExit.
  process.exit(1);
});
