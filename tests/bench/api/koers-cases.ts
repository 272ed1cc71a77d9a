import { randomBytes } from "node:crypto";
import { pino } from "pino";
import type { Config } from "../../../server/config.js";
import type { Db } from "../../../server/db.server.js";
import { createCaller, type Caller } from "../../../server/trpc/root.js";
import type { Context } from "../../../server/trpc/context.js";
import type { BenchData } from "./generate.js";
import { pick } from "./measure.js";

/** Which target a case is held to. */
export type Kind = "list" | "dashboard" | "gaps" | "overview";

export type Case = {
  label: string;
  kind: Kind;
  /** Label of the raw-SQL peer measured for the same answer, if any. */
  peer?: string;
  call: (caller: Caller, i: number) => Promise<unknown>;
};

const silent = pino({ level: "silent" });

/**
 * A fresh server-side caller per call, as a Remix loader gets one per request: a new context,
 * and the procedure's guard loads the programme and the membership again every time.
 */
export function callerFactory(db: Db, config: Config, user: BenchData["civilServant"]): () => Caller {
  return () => {
    const context: Context = {
      db,
      config,
      log: silent,
      requestId: `bench-${randomBytes(4).toString("hex")}`,
      ip: "127.0.0.1",
      userAgent: "bench",
      session: { sessionId: "bench", user: { id: user.id, email: user.email, name: user.name, locale: "nl" } },
      publicUrl: "http://koers.test",
      secureCookies: false,
      setCookie: () => {},
    };
    return createCaller(context);
  };
}

/**
 * The operations measured. Filter values cycle over domains, goals, owners and tags with
 * strides coprime to the list lengths, so consecutive calls ask for different data.
 */
export function koersCases(data: BenchData): Case[] {
  const programmeId = data.programmeId;
  const domain = (i: number) => pick(data.domainIds, i, 7);
  const goal = (i: number) => pick(data.goalIds, i, 37);
  const list = (label: string, filters: (i: number) => Record<string, unknown>, peer?: string): Case => ({
    label: `action.list ${label}`,
    kind: "list",
    peer,
    call: (caller, i) => caller.action.list({ programmeId, ...filters(i) }),
  });
  return [
    list("unfiltered p1", () => ({}), "list unfiltered"),
    list("domainId", (i) => ({ domainId: domain(i) }), "list domainId"),
    list("status [in_progress]", () => ({ status: ["in_progress"] }), "list status"),
    list("ownerId", (i) => ({ ownerId: pick(data.memberIds, i, 2) })),
    list('ownerId "none"', () => ({ ownerId: "none" })),
    list("goalId", (i) => ({ goalId: goal(i) })),
    list("tag", (i) => ({ tag: pick(data.tags, i, 3) })),
    list("overdue", () => ({ overdue: true })),
    list('q "actie 12"', () => ({ q: "actie 12" })),
    list("domain+status+overdue", (i) => ({ domainId: domain(i), status: ["in_progress"], overdue: true })),
    list("page 500 × 50", () => ({ page: 500, pageSize: 50 })),
    list("sort dueDate desc", () => ({ sort: "dueDate", direction: "desc" })),
    {
      label: "insight.dashboard programme",
      kind: "dashboard",
      peer: "dashboard programme",
      call: (caller) => caller.insight.dashboard({ programmeId }),
    },
    {
      label: "insight.dashboard domainId",
      kind: "dashboard",
      call: (caller, i) => caller.insight.dashboard({ programmeId, domainId: domain(i) }),
    },
    {
      label: "insight.dashboard goalId",
      kind: "dashboard",
      call: (caller, i) => caller.insight.dashboard({ programmeId, goalId: goal(i) }),
    },
    { label: "insight.gaps", kind: "gaps", peer: "gaps", call: (caller) => caller.insight.gaps({ programmeId }) },
    { label: "programme.overview", kind: "overview", call: (caller) => caller.programme.overview({ programmeId }) },
  ];
}
