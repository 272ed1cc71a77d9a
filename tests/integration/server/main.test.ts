import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// `npm start` as a person runs it: a child process on the embedded database, stopped by a
// signal. Nothing may be left running afterwards.
const ROOT = path.resolve(import.meta.dirname, "../../..");
const dataDir = path.join(ROOT, "tests/.tmp", `main-${process.pid}`);
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

function start(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, KOERS_DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", DATABASE_URL: "", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Koers draait op (http:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill(signal);
  });
}

/** PIDs of processes whose command line mentions our data directory (postgres does). */
function processesUsing(dir: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe("npm start", () => {
  it("starts on the embedded database with the demo accounts, and SIGTERM leaves nothing running", async () => {
    const first = await start();
    expect(first.output()).toContain("beheer@koers.test");
    expect(first.output()).toContain("koers-demo");
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    const login = await fetch(`${first.url}/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('<html lang="nl"');
    expect(processesUsing(dataDir).length).toBeGreaterThan(0);

    expect(await stop(first.child, "SIGTERM")).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);

    // The data survives; a second start seeds nothing twice and stops as cleanly on SIGINT.
    const second = await start();
    const response = await fetch(`${second.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "raad@koers.test", password: "koers-demo" }),
    });
    expect(response.status).toBe(200);
    expect(await stop(second.child, "SIGINT")).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 120_000);
});
