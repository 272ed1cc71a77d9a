import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./config.js";

export const REMIX_BUILD_PATH = path.join(PROJECT_ROOT, "build", "index.js");
const SOURCES = ["app", "packages", "remix.config.js"].map((p) => path.join(PROJECT_ROOT, p));

/** Builds the Remix app when there is no build or a source file is newer than it. */
export function ensureRemixBuild(log: (message: string) => void): void {
  if (existsSync(REMIX_BUILD_PATH) && newestMtime(SOURCES) <= statSync(REMIX_BUILD_PATH).mtimeMs) return;
  log("Building the web app (remix build)…");
  const cli = path.join(PROJECT_ROOT, "node_modules", "@remix-run", "dev", "dist", "cli.js");
  const result = spawnSync(process.execPath, [cli, "build"], { cwd: PROJECT_ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("remix build failed");
}

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) {
        if (entry === "node_modules") continue;
        newest = Math.max(newest, newestMtime([path.join(p, entry)]));
      }
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}
