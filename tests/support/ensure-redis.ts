import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// The multi-process collaboration test runs a real Redis: Debian's redis-server, installed
// with apt when missing (these machines reach only the npm and Debian registries).
export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? "/usr/bin/redis-server";

if (existsSync(REDIS_SERVER)) {
  console.log(`Redis: ${REDIS_SERVER}`);
} else {
  if (process.getuid?.() !== 0) {
    console.error(`redis-server is missing at ${REDIS_SERVER}. Install it with: sudo apt-get install -y redis-server`);
    process.exit(1);
  }
  console.log("redis-server is missing: installing Debian's redis-server package…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "redis-server"], { stdio: "inherit", env });
  console.log(`redis-server installed: ${REDIS_SERVER}`);
}
