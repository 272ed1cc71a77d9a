import { beforeAll, describe, expect, it } from "vitest";
import { actionListFilters } from "@koers/domain";
import type { Db } from "../../../../server/db.server.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme, type TestCaller } from "../../../support/factories.js";
import { codeOf, refusal } from "../../../support/trpc-errors.js";

let db: Db;
let civil: TestCaller;
let council: TestCaller;
let world: Awaited<ReturnType<typeof createProgramme>>;
let municipalityId: string;
let ownerId: string;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  const municipality = await createMunicipality(db);
  municipalityId = municipality.id;
  world = await createProgramme(db, municipality.id);
  const servant = await createMember(db, municipality.id, "civil_servant");
  civil = callerFor(db, servant.user);
  ownerId = servant.user.id;
  council = callerFor(db, (await createMember(db, municipality.id, "council")).user);
});

const defaults = actionListFilters.parse({});
const list = (filters: Partial<typeof defaults> = {}) => civil.action.list({ programmeId: world.programme.id, ...defaults, ...filters });

async function newAction(title: string, domainIndex = 0, extra: { otherDomainIds?: string[]; goalIds?: string[] } = {}) {
  const { id } = await council.action.create({ programmeId: world.programme.id, title, primaryDomainId: world.domains[domainIndex]!.id, ...extra });
  return id;
}

describe("tracking an action", () => {
  it("moves through the allowed statuses and records each change in the audit trail", async () => {
    const id = await newAction("Wijkteams bij de huisarts");
    await civil.action.track({ actionId: id, status: "planned" });
    await civil.action.track({ actionId: id, status: "in_progress", ownerId, startDate: "2026-05-01", dueDate: "2027-06-30", budgetCents: 125_000_00, tags: ["Preventie", "preventie", "jeugd"] });
    const action = await civil.action.get({ actionId: id });
    expect(action).toMatchObject({ status: "in_progress", startDate: "2026-05-01", dueDate: "2027-06-30", budgetCents: 12_500_000, tags: ["preventie", "jeugd"] });
    expect(action.owner?.id).toBe(ownerId);
    const history = action.history ?? [];
    expect(history.map((h) => h.action)).toEqual(["action.track", "action.track", "action.create"]);
    expect(history[0]?.before).toMatchObject({ status: "planned", ownerId: null });
    expect(history[0]?.after).toMatchObject({ status: "in_progress", ownerId });
  });

  it("refuses a transition the rules forbid, and leaving 'done' without a reason", async () => {
    const id = await newAction("Buurtsportcoach in elke wijk");
    expect((await refusal(civil.action.track({ actionId: id, status: "done" }))).message).toBe("errors.action.transitionNotAllowed");
    await civil.action.track({ actionId: id, status: "in_progress" });
    await civil.action.track({ actionId: id, status: "done" });
    expect((await refusal(civil.action.track({ actionId: id, status: "in_progress" }))).message).toBe("errors.action.reasonRequired");
    await civil.action.track({ actionId: id, status: "in_progress", statusReason: "De subsidie loopt nog een jaar door." });
    expect((await civil.action.get({ actionId: id })).status).toBe("in_progress");
  });

  it("refuses a due date before the start date (also against the stored start) and writes nothing", async () => {
    const id = await newAction("Ontmoetingsplekken in de openbare ruimte");
    await civil.action.track({ actionId: id, startDate: "2027-01-01" });
    const before = await db.auditEvent.count({ where: { entityId: id } });
    expect((await refusal(civil.action.track({ actionId: id, dueDate: "2026-12-31" }))).message).toBe("errors.action.dueBeforeStart");
    expect(await codeOf(civil.action.track({ actionId: id, startDate: "2027-02-01", dueDate: "2027-01-01" }))).toBe("BAD_REQUEST");
    expect(await codeOf(civil.action.track({ actionId: id, budgetCents: -1 }))).toBe("BAD_REQUEST");
    expect(await codeOf(civil.action.track({ actionId: id, startDate: "2027-02-30" }))).toBe("BAD_REQUEST");
    expect((await civil.action.get({ actionId: id })).dueDate).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: id } })).toBe(before);
  });

  it("only accepts an owner who is a member of the municipality", async () => {
    const id = await newAction("Signalering huurachterstand");
    const stranger = await createMember(db, (await createMunicipality(db)).id, "civil_servant");
    expect((await refusal(civil.action.track({ actionId: id, ownerId: stranger.user.id }))).message).toBe("errors.action.ownerNotMember");
  });

  it("refuses domains and goals of another programme", async () => {
    const other = await createProgramme(db, municipalityId);
    expect((await refusal(council.action.create({ programmeId: world.programme.id, title: "X", primaryDomainId: other.domains[0]!.id }))).message).toBe("errors.action.domainUnknown");
    expect((await refusal(council.action.create({ programmeId: world.programme.id, title: "X", primaryDomainId: world.domains[0]!.id, goalIds: [other.goal.id] }))).message).toBe("errors.action.goalUnknown");
    expect(await codeOf(council.action.create({ programmeId: world.programme.id, title: "   ", primaryDomainId: world.domains[0]!.id }))).toBe("BAD_REQUEST");
  });

  it("records progress reports, moving the status when the report says so", async () => {
    const id = await newAction("Multidisciplinair overleg met huisartsen");
    await civil.action.addUpdate({ actionId: id, date: "2026-10-01", status: "in_progress", text: "Eerste MDO gehouden met drie praktijken." });
    const action = await civil.action.get({ actionId: id });
    expect(action.status).toBe("in_progress");
    expect(action.updates).toMatchObject([{ date: "2026-10-01", status: "in_progress", text: "Eerste MDO gehouden met drie praktijken." }]);
    expect(await codeOf(civil.action.addUpdate({ actionId: id, date: "2026-10-02", status: "in_progress", text: "" }))).toBe("BAD_REQUEST");
  });

  it("archives an action keeping its tracking data, and restores it", async () => {
    const id = await newAction("Schoolmaatschappelijk werk");
    await civil.action.track({ actionId: id, budgetCents: 4_000_000 });
    await council.action.setArchived({ actionId: id, archived: true });
    expect((await list({ q: "Schoolmaatschappelijk" })).total).toBe(0);
    await council.action.setArchived({ actionId: id, archived: false });
    const restored = await civil.action.get({ actionId: id });
    expect(restored).toMatchObject({ archived: false, budgetCents: 4_000_000 });
  });
});

describe("the action list", () => {
  let a: string, b: string, c: string;
  beforeAll(async () => {
    a = await newAction("Lijst: taalhuis in de bibliotheek", 0, { goalIds: [world.goal.id] });
    b = await newAction("Lijst: jongerenwerk bij overlast", 2, { otherDomainIds: [world.domains[0]!.id] });
    c = await newAction("Lijst: groen schoolplein", 3);
    await civil.action.track({ actionId: a, ownerId, tags: ["voorliggend veld"] });
    await civil.action.track({ actionId: b, status: "planned", dueDate: "2026-01-31" });
    await civil.action.track({ actionId: c, status: "in_progress", dueDate: "2099-01-01" });
  });
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).filter((id) => [a, b, c].includes(id)).sort();

  it("filters by domain, counting actions that touch it as well as those that belong to it", async () => {
    expect(ids((await list({ domainId: world.domains[0]!.id, q: "Lijst" })).rows)).toEqual([a, b].sort());
  });
  it("filters by status, owner, goal, tag, overdue and text", async () => {
    expect(ids((await list({ status: ["planned"] })).rows)).toEqual([b]);
    expect(ids((await list({ ownerId })).rows)).toEqual([a]);
    expect(ids((await list({ ownerId: "none", q: "Lijst" })).rows)).toEqual([b, c].sort());
    expect(ids((await list({ goalId: world.goal.id })).rows)).toEqual([a]);
    expect(ids((await list({ tag: "voorliggend veld" })).rows)).toEqual([a]);
    expect(ids((await list({ overdue: true })).rows)).toEqual([b]);
    expect((await list({ overdue: true })).rows.find((r) => r.id === b)?.overdue).toBe(true);
    expect(ids((await list({ q: "SCHOOLPLEIN" })).rows)).toEqual([c]);
    expect(ids((await list({ withoutDueDate: true, q: "Lijst" })).rows)).toEqual([a]);
  });
  it("sorts and pages", async () => {
    const byTitle = await list({ q: "Lijst", sort: "title", direction: "desc" });
    expect(byTitle.rows.map((r) => r.title)).toEqual(["Lijst: taalhuis in de bibliotheek", "Lijst: jongerenwerk bij overlast", "Lijst: groen schoolplein"]);
    const first = await list({ pageSize: 25, page: 1 });
    expect(first.total).toBeGreaterThan(3);
    const beyond = await list({ page: 99 });
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });
  it("exports every matching action", async () => {
    const rows = await civil.action.exportRows({ programmeId: world.programme.id, ...defaults, q: "Lijst" });
    expect(rows.map((r) => r.title).sort()).toEqual(["Lijst: groen schoolplein", "Lijst: jongerenwerk bij overlast", "Lijst: taalhuis in de bibliotheek"]);
  });
});

describe("indicators, dashboard and gaps", () => {
  it("records a measurement, replaces the value of the same date, refuses future dates, and computes the status", async () => {
    await civil.indicator.recordMeasurement({ indicatorId: world.indicator.id, date: "2025-01-01", value: 2.2, note: "CBS" });
    await civil.indicator.recordMeasurement({ indicatorId: world.indicator.id, date: "2025-01-01", value: 2.1 });
    expect(await codeOf(civil.indicator.recordMeasurement({ indicatorId: world.indicator.id, date: "2999-01-01", value: 1 }))).toBe("BAD_REQUEST");
    const indicator = await civil.indicator.get({ indicatorId: world.indicator.id });
    expect(indicator.measurements.map((m) => [m.date, m.value])).toEqual([["2025-01-01", 2.1]]);
    expect(["on_track", "at_risk", "off_track"]).toContain(indicator.status);
  });

  it("counts the dashboard by status and domain, with overdue and budget", async () => {
    const d = await civil.insight.dashboard({ programmeId: world.programme.id });
    const total = Object.values(d.counts).reduce((x, y) => x + y, 0);
    const listed = (await list()).total;
    expect(total).toBe(listed);
    expect(d.overdue).toBeGreaterThanOrEqual(1);
    expect(d.perDomain.map((p) => p.domain.name)).toEqual(["Onderwijs", "Gezondheid", "Veiligheid", "Ruimtelijk domein"]);
    expect(d.budgetCents).toBe(d.perDomain.reduce((sum, p) => sum + p.budgetCents, 0));
    const byGoal = await civil.insight.dashboard({ programmeId: world.programme.id, goalId: world.goal.id });
    expect(byGoal.indicators.map((i) => i.id)).toEqual([world.indicator.id]);
  });

  it("finds the gaps and the coverage across domains", async () => {
    const lonely = await council.goal.create({ programmeId: world.programme.id, title: "Doel zonder acties" });
    const gaps = await civil.insight.gaps({ programmeId: world.programme.id });
    expect(gaps.goalsWithoutActions.map((g) => g.id)).toContain(lonely.id);
    expect(gaps.goalsWithoutIndicators.map((g) => g.id)).toContain(lonely.id);
    expect(gaps.actionsWithoutOwner).toBeGreaterThan(0);
    expect(gaps.coverage.domains.map((d) => d.name)).toEqual(["Onderwijs", "Gezondheid", "Veiligheid", "Ruimtelijk domein"]);
    // The fixture's action touches Onderwijs and Gezondheid; "jongerenwerk" touches Veiligheid and Onderwijs.
    expect(gaps.coverage.matrix[0]?.[1]).toBeGreaterThanOrEqual(1);
    expect(gaps.coverage.matrix[2]?.[0]).toBeGreaterThanOrEqual(1);
    expect(gaps.coherence.crossDomainActions).toBeGreaterThanOrEqual(2);
  });
});

describe("domains", () => {
  it("adds, renames, reorders and archives a domain; a domain with actions cannot be archived", async () => {
    const admin = callerFor(db, (await createMember(db, municipalityId, "admin")).user);
    const { id } = await admin.programme.addDomain({ programmeId: world.programme.id, name: "Werk en inkomen" });
    await admin.programme.renameDomain({ domainId: id, name: "Werk, inkomen en schulden" });
    await admin.programme.moveDomain({ domainId: id, direction: "up" });
    let chapters = (await civil.programme.overview({ programmeId: world.programme.id })).chapters.map((c) => c.domain.name);
    expect(chapters).toEqual(["Onderwijs", "Gezondheid", "Veiligheid", "Werk, inkomen en schulden", "Ruimtelijk domein"]);
    // The list's default order follows the chapters, also after a move (kept by a trigger).
    const { id: moving } = await council.action.create({ programmeId: world.programme.id, title: "Volgorde: schuldhulp", primaryDomainId: id });
    const chapterIndex = new Map(chapters.map((name, index) => [name, index]));
    const sequence = (await list({ pageSize: 100 })).rows.map((r) => chapterIndex.get(r.primaryDomain.name) ?? -1);
    expect(sequence).toEqual([...sequence].sort((x, y) => x - y));
    expect(sequence).toContain(3);
    await council.action.setArchived({ actionId: moving, archived: true });
    await admin.programme.archiveDomain({ domainId: id, archived: true });
    chapters = (await civil.programme.overview({ programmeId: world.programme.id })).chapters.map((c) => c.domain.name);
    expect(chapters).not.toContain("Werk, inkomen en schulden");
    expect((await admin.programme.archivedDomains({ programmeId: world.programme.id })).map((d) => d.name)).toEqual(["Werk, inkomen en schulden"]);
    expect((await refusal(admin.programme.archiveDomain({ domainId: world.domains[0]!.id, archived: true }))).message).toBe("errors.domain.hasActions");
    expect(await codeOf(admin.programme.addDomain({ programmeId: world.programme.id, name: "" }))).toBe("BAD_REQUEST");
  });
});
