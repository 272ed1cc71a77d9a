// The messages between the benchmark (parent) and the server under test (child process),
// over Node's IPC channel with structured-clone serialisation (so Uint8Array crosses as is).

export type ServerKind = "koers" | "bare";

/** What the child says once it listens. */
export type Ready = { type: "ready"; port: number };

/** The server process's own view of a measured stretch (since the previous `stats`). */
export type ServerStats = {
  /** CPU time (user + system) of the server process, ms. */
  cpuMs: number;
  /** Event-loop delay of the server process, ms (libuv timer sampled every 10 ms). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  rssMiB: number;
  peakRssMiB: number;
  /** Koers: CPU time of its PostgreSQL (embedded only), ms. */
  databaseCpuMs?: number | undefined;
  /** Koers: update-log transactions and rows written. */
  logBatches?: number | undefined;
  logRows?: number | undefined;
  /** Koers: how long the update log's batches took from start until reported committed, ms. */
  logCommitMs?: { p50: number; p99: number; n: number } | undefined;
};

/** Counters a server keeps from its start; `stats` reports their growth. */
export type Counters = { databaseCpuMs?: number | undefined; logBatches?: number | undefined; logRows?: number | undefined };

export type Prepared = {
  documentName: string;
  /** One `Cookie` header per editor (empty strings for the bare server, which checks nothing). */
  cookies: string[];
};

export type Settled = { snapshotBytes: number; logRows: number } | null;

export type LoadTimes = { samplesMs: number[]; encodedBytes: number; snapshotBytes: number };

export type MemoryPerDocument = { copies: number; bytesPerDocument: number; encodedBytes: number };

export type Request =
  /** A fresh document (Koers: a new programme) and sessions for this many editors. */
  | { type: "prepare"; editors: number }
  /** CPU, event-loop delay and memory since the previous `stats`. */
  | { type: "stats" }
  /** Waits until the document is unloaded and (Koers) its log is written and compacted. */
  | { type: "settle"; documentName: string }
  /** Koers: loads the stored document into a fresh Y.Doc `repetitions` times. */
  | { type: "load-times"; documentName: string; repetitions: number }
  /** Koers: the stored state of a document (to hand the same state to the bare server). */
  | { type: "state"; documentName: string }
  /**
   * Opens `copies` documents holding `state` (Koers: stored under new names and loaded the way
   * a connection loads them; bare: applied to fresh documents) and measures the heap per document.
   */
  | { type: "memory"; copies: number; state: Uint8Array }
  /** Koers: `count` single-row INSERT commits into a scratch table, timed (the fsync floor of an ack). */
  | { type: "commit-probe"; count: number }
  /** The V8 profiler of the server process, for one measured stretch (written to `file`). */
  | { type: "profile-start" }
  | { type: "profile-stop"; file: string }
  | { type: "stop" };

export type Envelope = { id: number; request: Request };
export type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
