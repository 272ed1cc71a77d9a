import { parseArgs } from "node:util";

export type Options = {
  durationSeconds: number;
  warmupSeconds: number;
  runs: number;
  editors: number[];
  scenarios: Set<number>;
  updates: number;
  window: number;
  repetitions: number;
  copies: number;
  profile: boolean;
  databaseUrl: string | undefined;
  koersModule: string | undefined;
};

const USAGE = `npm run bench:collab -- [options]
  --duration S       measured seconds per editors run (default 30, or BENCH_COLLAB_DURATION)
  --warmup S         typing before measuring (default 5)
  --runs N           runs per figure; the table shows the median (default 3)
  --editors 50,100   editor counts of scenario 1
  --scenarios 1,2,3,4
  --updates N        updates of the throughput writer (default 100000)
  --window N         updates in flight for the throughput writer (default 64)
  --repetitions N    cold loads per run (default 30)
  --copies N         open documents for the memory measurement (default 20)
  --profile          CPU-profile the servers while measuring (tests/.tmp/bench-collab-profiles)
  --database-url URL an existing PostgreSQL database for Koers (default: embedded, in tests/.tmp)
  --koers-module F   measure a candidate copy of server/collab/collab-server.ts instead (same exports)`;

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string" },
      warmup: { type: "string", default: "5" },
      runs: { type: "string", default: "3" },
      editors: { type: "string", default: "50,100" },
      scenarios: { type: "string", default: "1,2,3,4" },
      updates: { type: "string", default: "100000" },
      window: { type: "string", default: "64" },
      repetitions: { type: "string", default: "30" },
      copies: { type: "string", default: "20" },
      profile: { type: "boolean", default: false },
      "database-url": { type: "string" },
      "koers-module": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (name: string, text: string | undefined, min: number) => {
    const value = Number(text);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number ≥ ${min}, not ${text}\n\n${USAGE}`);
    return value;
  };
  const list = (name: string, text: string) => text.split(",").map((part) => number(name, part.trim(), 1));
  const editors = list("editors", values.editors);
  if (editors.some((count) => count < 10)) throw new Error("--editors: at least 10 (ten of them are replicas)");
  return {
    durationSeconds: number("duration", values.duration ?? process.env.BENCH_COLLAB_DURATION ?? "30", 1),
    warmupSeconds: number("warmup", values.warmup, 0),
    runs: number("runs", values.runs, 1),
    editors,
    scenarios: new Set(list("scenarios", values.scenarios)),
    updates: number("updates", values.updates, 1),
    window: number("window", values.window, 1),
    repetitions: number("repetitions", values.repetitions, 1),
    copies: number("copies", values.copies, 1),
    profile: values.profile,
    databaseUrl: values["database-url"],
    koersModule: values["koers-module"],
  };
}
