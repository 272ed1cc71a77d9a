import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "@koers/i18n";

// Every message key the server and the domain rules can send to a person must exist in both
// languages; otherwise the page would show "errors.something" instead of a sentence.
const ROOT = path.resolve(import.meta.dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === "node_modules" || entry === "generated") return [];
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(entry) ? [full] : [];
  });
}

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe("translation keys", () => {
  const keys = new Set<string>();
  for (const file of [...files(path.join(ROOT, "server")), ...files(path.join(ROOT, "packages/domain"))]) {
    for (const match of readFileSync(file, "utf8").matchAll(/["'`](errors\.[a-zA-Z]+(?:\.[a-zA-Z]+)+)["'`]/g)) keys.add(match[1]!);
  }

  it("finds the keys", () => {
    expect(keys.size).toBeGreaterThan(30);
  });

  it.each([...keys].sort())("%s exists in Dutch and English", (key) => {
    expect(lookup(messages.nl, key), "nl").toBeTypeOf("string");
    expect(lookup(messages.en, key), "en").toBeTypeOf("string");
  });
});
