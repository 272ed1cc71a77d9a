import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The import boundaries of ../shared/STYLE.md, checked on every run.
const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === "node_modules" || entry === "generated") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}

function imports(file: string): { specifier: string; typeOnly: boolean }[] {
  const text = readFileSync(file, "utf8");
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const match of text.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']/gm)) {
    found.push({ specifier: match[2] ?? "", typeOnly: Boolean(match[1]) });
  }
  return found;
}

const rel = (file: string) => path.relative(ROOT, file);

describe("import boundaries", () => {
  it("packages/ import neither app/, server/ nor Prisma", () => {
    const offenders = sourceFiles(path.join(ROOT, "packages")).flatMap((file) =>
      imports(file)
        .filter(({ specifier }) => /(^|\/)(app|server)\//.test(specifier) || specifier.startsWith("@prisma/") || specifier.startsWith("~/"))
        .map(({ specifier }) => `${rel(file)} → ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("app/ takes only types from server/ and never touches Prisma", () => {
    const offenders = sourceFiles(path.join(ROOT, "app")).flatMap((file) =>
      imports(file)
        .filter(({ specifier, typeOnly }) => (specifier.includes("server/") && !typeOnly) || specifier.includes("@prisma/") || specifier.includes("generated/prisma"))
        .map(({ specifier }) => `${rel(file)} → ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("only server/main.ts loads the Remix build", () => {
    const offenders = sourceFiles(path.join(ROOT, "server"))
      .filter((file) => rel(file) !== "server/main.ts")
      .filter((file) => /import\(.*REMIX_BUILD_PATH|from\s+["'][^"']*build\/index/.test(readFileSync(file, "utf8")))
      .map(rel);
    expect(offenders).toEqual([]);
  });
});
