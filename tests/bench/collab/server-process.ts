import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type {
  Envelope,
  LoadTimes,
  MemoryPerDocument,
  Prepared,
  Ready,
  Reply,
  Request,
  ServerKind,
  ServerStats,
  Settled,
} from "./protocol.js";

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "server-child.ts");

type Results = {
  prepare: Prepared;
  stats: ServerStats;
  settle: Settled;
  "load-times": LoadTimes;
  state: Uint8Array;
  memory: MemoryPerDocument;
  "commit-probe": number[];
  "profile-start": void;
  "profile-stop": string;
  stop: void;
};

/** The benchmark's handle on a server under test running in a child process. */
export class ServerProcess {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private exited = false;
  private profiles = 0;

  private constructor(
    readonly kind: ServerKind,
    private readonly child: ChildProcess,
    readonly port: number,
    private readonly profileDir: string | undefined,
  ) {
    child.on("message", (message: Reply) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.ok) waiting.resolve(message.result);
      else waiting.reject(new Error(`${kind} server: ${message.error}`));
    });
    child.on("exit", (code, signal) => {
      this.exited = true;
      for (const waiting of this.pending.values()) waiting.reject(new Error(`${kind} server exited (${code ?? signal})`));
      this.pending.clear();
    });
  }

  /**
   * Forks the child with --expose-gc (memory per document). With `profileDir`, each measured
   * stretch (see profiled()) is CPU-profiled into a file of its own there.
   */
  static async start(
    kind: ServerKind,
    options: { databaseUrl?: string | undefined; profileDir?: string | undefined; koersModule?: string | undefined } = {},
  ): Promise<ServerProcess> {
    const execArgv = ["--import", "tsx", "--expose-gc"];
    const args = kind === "koers" && options.databaseUrl ? [kind, options.databaseUrl] : [kind];
    const env = { ...process.env, ...(options.koersModule ? { BENCH_COLLAB_KOERS_MODULE: options.koersModule } : {}) };
    const child = fork(CHILD, args, { execArgv, env, serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const ready = await new Promise<Ready>((resolve, reject) => {
      child.once("message", (message: Ready) => resolve(message));
      child.once("exit", (code) => reject(new Error(`${kind} server did not start (exit ${code})`)));
    });
    return new ServerProcess(kind, child, ready.port, options.profileDir);
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}/collab`;
  }

  /** The Origin a browser on the app's own host sends (Koers refuses any other). */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  request<T extends Request>(request: T): Promise<Results[T["type"]]> {
    if (this.exited) return Promise.reject(new Error(`${this.kind} server has exited`));
    const id = this.nextId++;
    const envelope: Envelope = { id, request };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send(envelope);
    });
  }

  /** Runs `measure` with the server's CPU profiler on, when profiling was asked for. */
  async profiled<T>(label: string, measure: () => Promise<T>): Promise<T> {
    if (!this.profileDir) return measure();
    await this.request({ type: "profile-start" });
    try {
      return await measure();
    } finally {
      const file = path.join(this.profileDir, `${this.kind}-${label}-${++this.profiles}.cpuprofile`);
      await this.request({ type: "profile-stop", file });
    }
  }

  /** Asks the child to stop (it stops PostgreSQL too) and waits for it to exit. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    await this.request({ type: "stop" }).catch(() => {});
    await exited;
  }
}
