import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { createAction } from "../../../../server/services/create-action.js";
import { seedDemo } from "../../../../server/services/demo-seed.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme, type TestCaller } from "../../../support/factories.js";

/*
 * Every query of an interactive transaction goes to its one pg connection. node-postgres
 * deprecates starting a query on a client that is still running one and pg 9 removes it
 * (https://github.com/brianc/node-postgres/pull/3603), so code in a transaction awaits its
 * queries one by one instead of in Promise.all.
 *
 * Whether two Prisma operations really overlap on the wire depends on Prisma's batching (it
 * runs same-tick operations of one transaction one after the other, except findUnique), and
 * pg warns only once per process and only once a query is already waiting. So this file
 * watches both levels itself: Prisma operations in flight at once on one transaction (what
 * our code decides), and pg's own condition per call (a query started while two are still
 * running on a client), besides pg's warning. Prisma itself fetches the relations of one
 * include side by side (prisma/orm#29468); two of those stay under pg's condition.
 */
const PG_WARNING = "already executing a query";

let operationsAtOnce: string[] = [];
let queuedQueries: string[] = [];
let warnings: string[] = [];

/**
 * The transaction a Prisma operation runs in: Prisma passes it to query extensions, outside its
 * typed API. Should that change, the first test below fails.
 */
type InternalParams = { __internalParams?: { transaction?: { kind: string; id?: string } } };
const inFlight = new Map<string, string[]>();

function watchOperations(db: Db): Db {
  return db.$extends({
    query: {
      async $allOperations(params) {
        const { model, operation, args, query } = params;
        const transaction = (params as InternalParams).__internalParams?.transaction;
        if (transaction?.kind !== "itx" || !transaction.id) return query(args);
        const name = `${model ?? ""}.${operation}`;
        const running = inFlight.get(transaction.id) ?? [];
        if (running.length > 0) operationsAtOnce.push(`${name} while ${running.join(", ")}`);
        running.push(name);
        inFlight.set(transaction.id, running);
        try {
          return await query(args);
        } finally {
          running.splice(running.indexOf(name), 1);
          if (running.length === 0) inFlight.delete(transaction.id);
        }
      },
    },
  }) as unknown as Db;
}

const originalQuery = pg.Client.prototype.query;
const pgRunning = new WeakMap<pg.Client, number>();

function watchPgClients(): void {
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first] = args;
    const sql = typeof first === "string" ? first : ((first as { text?: string } | undefined)?.text ?? "?");
    const running = pgRunning.get(this) ?? 0;
    if (running >= 2) queuedQueries.push(sql.replace(/\s+/g, " ").slice(0, 120));
    pgRunning.set(this, running + 1);
    const done = () => pgRunning.set(this, (pgRunning.get(this) ?? 1) - 1);
    // pg.Pool#query calls the client with a callback and gets no promise back.
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (...result: unknown[]) => {
        done();
        return (callback as (...r: unknown[]) => unknown)(...result);
      };
    }
    const result = (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) result.then(done, done);
    else if (typeof callback !== "function") done();
    return result;
  } as typeof pg.Client.prototype.query;
}

const onWarning = (warning: Error) => {
  if (warning.message.includes(PG_WARNING)) warnings.push(warning.message);
};

let db: Db;
let civil: TestCaller;
let partner: TestCaller;
let world: Awaited<ReturnType<typeof createProgramme>>;
let municipalityId: string;
let civilId: string;

beforeAll(async () => {
  watchPgClients();
  process.on("warning", onWarning);
  db = watchOperations((await freshDatabase()).db);
  const municipality = await createMunicipality(db);
  municipalityId = municipality.id;
  world = await createProgramme(db, municipality.id);
  const servant = await createMember(db, municipality.id, "civil_servant");
  civil = callerFor(db, servant.user);
  civilId = servant.user.id;
  partner = callerFor(db, (await createMember(db, municipality.id, "partner")).user);
});

afterAll(() => {
  pg.Client.prototype.query = originalQuery;
  process.off("warning", onWarning);
});

beforeEach(() => {
  operationsAtOnce = [];
  queuedQueries = [];
  warnings = [];
});

/** A process warning is emitted on the next tick: let it arrive before looking. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

async function expectOneQueryAtATime(): Promise<void> {
  await settle();
  expect({ operationsAtOnce, queuedQueries, warnings }).toEqual({ operationsAtOnce: [], queuedQueries: [], warnings: [] });
}

describe("queries in a transaction run one at a time", () => {
  it("is what this file can see: operations at once on a transaction, not on the pool", async () => {
    const programmeId = world.programme.id;
    await Promise.all([db.domain.count({ where: { programmeId } }), db.goal.count({ where: { programmeId } })]);
    expect(operationsAtOnce).toEqual([]);
    await db.$transaction((tx) => Promise.all([tx.domain.count({ where: { programmeId } }), tx.goal.count({ where: { programmeId } })]));
    expect(operationsAtOnce).toEqual(["Goal.count while Domain.count"]);
  });

  it("when an action is created and its details changed", async () => {
    const [onderwijs, gezondheid] = world.domains;
    const { id } = await civil.action.create({
      programmeId: world.programme.id,
      title: "Schoolmaatschappelijk werk op elke school",
      primaryDomainId: onderwijs!.id,
      otherDomainIds: [gezondheid!.id],
      goalIds: [world.goal.id],
    });
    await civil.action.updateDetails({
      actionId: id,
      title: "Schoolmaatschappelijk werk op alle scholen",
      description: "",
      primaryDomainId: onderwijs!.id,
      otherDomainIds: [],
      goalIds: [world.goal.id],
    });
    await db.$transaction((tx) =>
      createAction(tx, {
        municipalityId,
        actorId: civilId,
        programmeId: world.programme.id,
        title: "Huiswerkbegeleiding in de bibliotheek",
        description: "",
        primaryDomainId: onderwijs!.id,
        otherDomainIds: [],
        goalIds: [],
      }),
    );
    await expectOneQueryAtATime();
  });

  it("when a signal becomes an action", async () => {
    const { id: signalId } = await partner.signal.raise({
      programmeId: world.programme.id,
      title: "Lange wachtlijst voor logopedie",
      text: "Acht kleuters wachten al maanden.",
      domainId: world.domains[0]!.id,
    });
    const { actionId } = await civil.signal.convert({ signalId, title: "Logopedie op school", primaryDomainId: world.domains[0]!.id });
    expect(await db.action.count({ where: { id: actionId } })).toBe(1);
    await expectOneQueryAtATime();
  });

  it("when the demo municipality is seeded", async () => {
    expect(await seedDemo(db)).toEqual({ created: true });
    await expectOneQueryAtATime();
  });
});
