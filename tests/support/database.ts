import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createDb, type Db } from "../../server/db.server.js";

/**
 * A fresh database for the calling test file, cloned from the migrated template, dropped
 * after the file. Returns the Prisma client and the connection URL.
 */
export async function freshDatabase(): Promise<{ db: Db; url: string; name: string }> {
  const adminUrl = inject("postgresUrl");
  const name = `koers_test_${randomBytes(6).toString("hex")}`;
  await admin(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  const db = createDb(url, { max: 5 });
  afterAll(async () => {
    await db.$disconnect();
    await admin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  return { db, url, name };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
