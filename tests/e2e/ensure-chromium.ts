import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// Browser tests use Debian's Chromium, installed with apt when missing. Nothing downloads a
// browser build of its own (these machines reach only the npm and Debian registries).
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (existsSync(CHROMIUM)) {
  console.log(`Chromium: ${CHROMIUM}`);
} else {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium package (about 30 s)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"], { stdio: "inherit", env });
  console.log(`Chromium installed: ${CHROMIUM}`);
}
