// Loads Prisma's schema engine compiled to WebAssembly and connects it to PostgreSQL through
// @prisma/adapter-pg. Prisma's CLI would download a native engine, which these machines cannot
// reach; the Wasm build is the same engine, published on npm (see /work/shared/STACK.md).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum, type SqlQueryable } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export type { SchemaEngine };

let instantiated: Promise<void> | undefined;
const openLogs = new Set<(message: string) => void>();

/**
 * The engine reports the reason of a Rust panic here just before it traps; the trap itself is
 * an uncaught "RuntimeError: unreachable" that ends the process, so pass the reason on first.
 */
(globalThis as any).PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message: (message: string) => openLogs.forEach((log) => log(`Schema engine panicked: ${message}`)),
};

/**
 * The package targets bundlers (`import * as wasm from "./x.wasm"`), which Node cannot do, so
 * instantiate the `.wasm` by hand with its wasm-bindgen glue. Once per process: the glue keeps
 * the instance in a module-level variable, and engines share it.
 */
function instantiate(): Promise<void> {
  instantiated ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    // The engine races its waits against timers it never clears (a 10 s advisory-lock timeout
    // in every apply); unreferenced, they no longer keep the process alive after the work is done.
    const imports: Record<string, unknown> = { ...glue };
    for (const name of Object.keys(glue).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
      imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports as WebAssembly.ModuleImports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

/**
 * adapter-pg 7.10 rejects columns of PostgreSQL's internal one-byte `"char"` type (OID 18),
 * which the engine's catalog queries return (pg_constraint.contype and the like). The client
 * reports such columns as text so adapter-pg accepts them, and marks them on the rows array;
 * `charColumns` then types them `Character`, which the engine's schema describer requires
 * (as plain text it panics).
 */
const CHAR_COLUMNS = Symbol("char columns");

class CharAsTextClient extends pg.Client {
  override query(...args: any[]): any {
    const [config, values, callback] = args;
    if (typeof config?.submit === "function") return (super.query as any)(...args);
    const cb = typeof values === "function" ? values : callback;
    const promise = (super.query as any)(config, typeof values === "function" ? undefined : values).then(
      (result: pg.QueryResult) => {
        const chars = (result.fields ?? []).flatMap((field, i) => (field.dataTypeID === 18 ? [i] : []));
        for (const i of chars) result.fields[i]!.dataTypeID = 25;
        if (chars.length > 0) Object.defineProperty(result.rows, CHAR_COLUMNS, { value: chars });
        return result;
      },
    );
    if (typeof cb !== "function") return promise;
    promise.then((result: unknown) => cb(null, result), cb);
  }
}

function charColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const chars: number[] = (result.rows as any)[CHAR_COLUMNS] ?? [];
    for (const i of chars) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

export type EngineOptions = {
  databaseUrl: string;
  /** An existing, empty database the engine may use as its shadow database. */
  shadowDatabaseUrl?: string;
  log?: (message: string) => void;
};

export type OpenEngine = { engine: SchemaEngine; close: () => Promise<void> };

/**
 * Starts a schema engine on `databaseUrl`; `close()` frees it and ends its connections.
 *
 * adapter-pg's own shadow-database factory is not used: given a connection string it connects
 * to the main database, and it drops the shadow before closing its pool. The caller makes the
 * shadow database and passes its URL instead.
 */
export async function openSchemaEngine(options: EngineOptions): Promise<OpenEngine> {
  await instantiate();
  const pools: pg.Pool[] = [];
  const connect = async (url: string) => {
    const pool = new pg.Pool({ connectionString: url, Client: CharAsTextClient, max: 4 });
    // A connection the engine still holds when the shadow database is dropped (WITH FORCE)
    // is terminated by PostgreSQL; without a listener that error would crash the process.
    // Failed queries still reject as usual.
    pool.on("error", () => {});
    pool.on("connect", (client) => client.on("error", () => {}));
    pools.push(pool);
    const adapter = charColumns(await new PrismaPg(pool).connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => charColumns(await startTransaction(isolationLevel));
    // adapter-pg splits scripts on ";" and runs the pieces one by one on any pooled connection,
    // which breaks `$$` bodies and string literals and loses atomicity. The native engine sends
    // a migration as one simple-protocol query: PostgreSQL runs it as one implicit transaction.
    adapter.executeScript = async (script: string) => {
      await pool.query(script).catch((error: unknown) => (adapter as any).onError(error));
    };
    return adapter;
  };
  const factory = {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    connect: () => connect(options.databaseUrl),
    connectToShadowDb: () => {
      if (!options.shadowDatabaseUrl) throw new Error("This operation needs a shadow database; none was given.");
      return connect(options.shadowDatabaseUrl);
    },
  };
  const log = options.log ?? (() => {});
  openLogs.add(log);
  const closePools = () => Promise.all(pools.map((pool) => (pool.ended ? undefined : pool.end())));
  try {
    const engine = await glue.SchemaEngine.new(
      { datamodels: undefined },
      (line: string) => log(`Schema engine: ${engineLogMessage(line)}`),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return {
      engine,
      close: async () => {
        openLogs.delete(log);
        engine.free();
        await closePools();
      },
    };
  } catch (error) {
    openLogs.delete(log);
    await closePools();
    throw error;
  }
}

/** The engine logs JSON lines ({"level", "fields": {"message", ...}}); keep level and message. */
function engineLogMessage(line: string): string {
  try {
    const { level, fields } = JSON.parse(line);
    return `${level} ${fields?.message ?? line}`;
  } catch {
    return line;
  }
}
