import { OPEN_SIGNAL_STATUSES, type SignalStatus } from "@koers/domain";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createOrganisation, createProgramme, type TestCaller } from "../../../support/factories.js";
import { refusal } from "../../../support/trpc-errors.js";

/*
 * The signal list pages like the action list: 25, 50 or 100 a page, a total of everything
 * the member may see under the filters, a page past the end shown as the last page, and the
 * order the page always had (staff: waiting for triage first, then decided; each newest
 * first) kept across pages.
 */
let db: Db;
let world: Awaited<ReturnType<typeof createProgramme>>;
const people = {} as Record<"civil" | "partnerA" | "partnerB" | "viewer", { caller: TestCaller; id: string }>;
let organisationA: string;
let organisationB: string;

type Seeded = { id: string; status: SignalStatus; createdAt: Date; domainId: string; organisationId: string | null };
const seeded: Seeded[] = [];

const programmeId = () => world.programme.id;
const onderwijs = () => world.domains[0]!.id;
const veiligheid = () => world.domains[2]!.id;
const STATUSES: SignalStatus[] = ["new", "declined", "in_review", "new", "became_action"];

/** Signals with set times and statuses (straight into the table: the order is what is tested). */
async function seed(raiser: { id: string }, organisationId: string | null, count: number, domainId: string, offset: number) {
  const start = Date.UTC(2026, 0, 5, 9);
  for (let i = 0; i < count; i += 1) {
    // Every seventh shares its time with the one before, so the tie-break (id) counts too.
    const minute = offset + i * 3 - (i % 7 === 6 ? 3 : 0);
    const row = await db.signal.create({
      data: {
        programmeId: programmeId(),
        raisedById: raiser.id,
        organisationId,
        title: `Signaal ${offset}-${i}`,
        text: "Wat wij zien.",
        domainId,
        status: STATUSES[(i + offset) % STATUSES.length]!,
        createdAt: new Date(start + minute * 60_000),
      },
    });
    seeded.push(row);
  }
}

/** The order the page showed before it paged: for staff the open ones first, each group newest first. */
function expectedOrder(rows: Seeded[], openFirst: boolean): string[] {
  const newest = (a: Seeded, b: Seeded) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (!openFirst) return [...rows].sort(newest).map((row) => row.id);
  const isOpen = (row: Seeded) => OPEN_SIGNAL_STATUSES.includes(row.status);
  return [...rows.filter(isOpen).sort(newest), ...rows.filter((row) => !isOpen(row)).sort(newest)].map((row) => row.id);
}

type ListInput = { status?: SignalStatus; domainId?: string; page?: number; pageSize?: 25 | 50 | 100 };
const list = (who: keyof typeof people, input: ListInput = {}) => people[who].caller.signal.list({ programmeId: programmeId(), ...input });

/** Every page in turn, as the "Volgende" link walks them. */
async function allPages(who: keyof typeof people, input: ListInput = {}) {
  const first = await list(who, input);
  const pages = [first];
  for (let page = 2; page <= Math.ceil(first.total / first.pageSize); page += 1) pages.push(await list(who, { ...input, page }));
  return pages;
}

beforeAll(async () => {
  db = (await freshDatabase()).db;
  const municipality = await createMunicipality(db);
  world = await createProgramme(db, municipality.id);
  organisationA = (await createOrganisation(db, municipality.id, "Brede School De Horizon")).id;
  organisationB = (await createOrganisation(db, municipality.id, "Sportvereniging Lindeveen")).id;
  for (const [key, role, organisationId] of [
    ["civil", "civil_servant", undefined],
    ["partnerA", "partner", organisationA],
    ["partnerB", "partner", organisationB],
    ["viewer", "viewer", undefined],
  ] as const) {
    const { user } = await createMember(db, municipality.id, role, organisationId);
    people[key] = { caller: callerFor(db, user), id: user.id };
  }
  await seed(people.partnerA, organisationA, 32, onderwijs(), 0);
  await seed(people.partnerB, organisationB, 21, veiligheid(), 1);
  await seed(people.viewer, null, 4, onderwijs(), 2);
});

describe("signal.list paging", () => {
  it("gives 25 a page by default, with the total, in the order the list always had", async () => {
    const pages = await allPages("civil");
    expect(pages.map((p) => [p.page, p.pageSize, p.total, p.rows.length])).toEqual([
      [1, 25, 57, 25],
      [2, 25, 57, 25],
      [3, 25, 57, 7],
    ]);
    expect(pages.flatMap((p) => p.rows.map((row) => row.id))).toEqual(expectedOrder(seeded, true));
    const open = seeded.filter((row) => OPEN_SIGNAL_STATUSES.includes(row.status)).length;
    expect(pages[0]!.sections).toEqual({ open, decided: 57 - open });
  });

  it("takes 50 and 100 a page, and refuses other sizes and pages below 1 with a message", async () => {
    const fifty = await list("civil", { pageSize: 50, page: 2 });
    expect([fifty.page, fifty.pageSize, fifty.rows.length]).toEqual([2, 50, 7]);
    expect(fifty.rows.map((row) => row.id)).toEqual(expectedOrder(seeded, true).slice(50));
    const hundred = await list("civil", { pageSize: 100 });
    expect(hundred.rows.map((row) => row.id)).toEqual(expectedOrder(seeded, true));

    const issues = async (input: Record<string, unknown>) => {
      const error = await refusal(list("civil", input as ListInput));
      expect(error.code).toBe("BAD_REQUEST");
      return (error.cause as unknown as { issues: { path: string[]; message: string }[] }).issues.map((i) => [i.path.join("."), i.message]);
    };
    expect(await issues({ page: 0 })).toEqual([["page", "errors.paging.pageInvalid"]]);
    expect(await issues({ page: 1.5, pageSize: 10 })).toEqual([
      ["page", "errors.paging.pageInvalid"],
      ["pageSize", "errors.paging.pageSizeInvalid"],
    ]);
  });

  it("shows the last page for a page beyond it", async () => {
    const last = await list("civil", { page: 3 });
    for (const page of [4, 99]) {
      const clamped = await list("civil", { page });
      expect([clamped.page, clamped.total]).toEqual([3, 57]);
      expect(clamped.rows.map((row) => row.id)).toEqual(last.rows.map((row) => row.id));
    }
    const nothing = await list("civil", { status: "declined", domainId: world.domains[1]!.id, page: 5 });
    expect([nothing.page, nothing.total, nothing.rows]).toEqual([1, 0, []]);
  });

  it("counts and pages under the filters with the same where", async () => {
    const inOnderwijs = seeded.filter((row) => row.domainId === onderwijs());
    const pages = await allPages("civil", { domainId: onderwijs() });
    expect(pages.map((p) => [p.total, p.rows.length])).toEqual([
      [36, 25],
      [36, 11],
    ]);
    expect(pages.flatMap((p) => p.rows.map((row) => row.id))).toEqual(expectedOrder(inOnderwijs, true));
    expect(pages.flatMap((p) => p.rows).every((row) => row.domain.id === onderwijs())).toBe(true);

    const newInOnderwijs = inOnderwijs.filter((row) => row.status === "new");
    const filtered = await allPages("civil", { domainId: onderwijs(), status: "new" });
    expect(filtered[0]!.total).toBe(newInOnderwijs.length);
    expect(filtered.flatMap((p) => p.rows.map((row) => row.id))).toEqual(expectedOrder(newInOnderwijs, false));
    expect(filtered[0]!.sections).toEqual({ open: newInOnderwijs.length, decided: 0 });
  });

  it("counts for a partner only what their organisation may see, newest first in one list", async () => {
    const ofA = seeded.filter((row) => row.organisationId === organisationA);
    const pages = await allPages("partnerA");
    expect(pages.map((p) => [p.total, p.rows.length, p.sections])).toEqual([
      [32, 25, null],
      [32, 7, null],
    ]);
    expect(pages.flatMap((p) => p.rows.map((row) => row.id))).toEqual(expectedOrder(ofA, false));
    const clamped = await list("partnerA", { page: 3 });
    expect([clamped.page, clamped.total]).toEqual([2, 32]);

    const inVeiligheid = await list("partnerB", { domainId: veiligheid(), status: "declined" });
    expect(inVeiligheid.total).toBe(seeded.filter((row) => row.organisationId === organisationB && row.status === "declined").length);
    expect((await list("partnerB", { domainId: onderwijs() })).total).toBe(0);
    expect((await list("viewer")).total).toBe(4);
  });
});
