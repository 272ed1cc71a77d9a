import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here. Koers applies migrations itself
// (server/db/migrations.ts, through the WebAssembly schema engine); a deployment with Prisma's
// native engine at hand can run `prisma migrate deploy` against the same folder.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/koers" },
});
