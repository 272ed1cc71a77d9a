import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@koers/domain";
import type { Db } from "../../../../server/db.server.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme, type TestCaller } from "../../../support/factories.js";
import { codeOf } from "../../../support/trpc-errors.js";

/*
 * Every programme procedure, for every role: the roles the capability matrix allows succeed,
 * the others get FORBIDDEN, and a member of another municipality gets NOT_FOUND.
 */
let db: Db;
let world: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const municipality = await createMunicipality(db);
  const p = await createProgramme(db, municipality.id);
  const members = {} as Record<Role, TestCaller>;
  for (const role of ROLES) members[role] = callerFor(db, (await createMember(db, municipality.id, role)).user);
  const other = await createMunicipality(db);
  const outsider = callerFor(db, (await createMember(db, other.id, "admin")).user);
  return { municipality, ...p, members, outsider };
}

beforeAll(async () => {
  ({ db } = await freshDatabase());
  world = await setup();
});

type Case = { name: string; allowed: Role[]; call: (c: TestCaller) => Promise<unknown> };
const STAFF: Role[] = ["admin", "council", "civil_servant"];
const ALL: Role[] = [...ROLES];

const cases: Case[] = [
  { name: "programme.list", allowed: ALL, call: (c) => c.programme.list({ municipalitySlug: world.municipality.slug }) },
  { name: "programme.overview", allowed: ALL, call: (c) => c.programme.overview({ programmeId: world.programme.id }) },
  { name: "programme.text", allowed: ALL, call: (c) => c.programme.text({ programmeId: world.programme.id }) },
  { name: "programme.choices", allowed: ALL, call: (c) => c.programme.choices({ programmeId: world.programme.id }) },
  { name: "programme.update", allowed: ["admin"], call: (c) => c.programme.update({ programmeId: world.programme.id, title: "Raadsprogramma", termStart: "2026-04-01", termEnd: "2030-03-31" }) },
  { name: "programme.create", allowed: ["admin"], call: (c) => c.programme.create({ municipalitySlug: world.municipality.slug, title: "Nieuw", termStart: "2030-04-01", termEnd: "2034-03-31" }) },
  { name: "programme.archivedDomains", allowed: ["admin"], call: (c) => c.programme.archivedDomains({ programmeId: world.programme.id }) },
  { name: "programme.addDomain", allowed: ["admin"], call: (c) => c.programme.addDomain({ programmeId: world.programme.id, name: "Werk en inkomen" }) },
  { name: "programme.renameDomain", allowed: ["admin"], call: (c) => c.programme.renameDomain({ domainId: world.domains[2]!.id, name: "Veiligheid" }) },
  { name: "programme.moveDomain", allowed: ["admin"], call: (c) => c.programme.moveDomain({ domainId: world.domains[3]!.id, direction: "down" }) },
  { name: "action.list", allowed: ALL, call: (c) => c.action.list({ programmeId: world.programme.id, sort: "order", direction: "asc", page: 1, pageSize: 25 }) },
  { name: "action.exportRows", allowed: ALL, call: (c) => c.action.exportRows({ programmeId: world.programme.id, sort: "order", direction: "asc", page: 1, pageSize: 25 }) },
  { name: "action.tracking", allowed: ALL, call: (c) => c.action.tracking({ programmeId: world.programme.id }) },
  { name: "action.get", allowed: ALL, call: (c) => c.action.get({ actionId: world.action.id }) },
  { name: "action.create", allowed: STAFF, call: (c) => c.action.create({ programmeId: world.programme.id, title: "Nieuwe actie", primaryDomainId: world.domains[0]!.id }) },
  { name: "action.updateDetails", allowed: STAFF, call: (c) => c.action.updateDetails({ actionId: world.action.id, title: "Eén loket voor zorgvragen van scholen", description: "", primaryDomainId: world.domains[0]!.id, otherDomainIds: [world.domains[1]!.id], goalIds: [world.goal.id] }) },
  { name: "action.track", allowed: ["admin", "civil_servant"], call: (c) => c.action.track({ actionId: world.action.id, tags: ["preventie"] }) },
  { name: "action.addUpdate", allowed: ["admin", "civil_servant"], call: (c) => c.action.addUpdate({ actionId: world.action.id, date: "2026-11-01", status: "proposed", text: "Eerste overleg met de scholen gevoerd." }) },
  { name: "action.setArchived", allowed: STAFF, call: (c) => c.action.setArchived({ actionId: world.action.id, archived: false }) },
  { name: "goal.get", allowed: ALL, call: (c) => c.goal.get({ goalId: world.goal.id }) },
  { name: "goal.create", allowed: ["admin", "council"], call: (c) => c.goal.create({ programmeId: world.programme.id, title: "Meer kinderen sporten" }) },
  { name: "goal.update", allowed: ["admin", "council"], call: (c) => c.goal.update({ goalId: world.goal.id, title: "Minder voortijdig schoolverlaters", description: "", domainId: world.domains[0]!.id }) },
  { name: "indicator.get", allowed: ALL, call: (c) => c.indicator.get({ indicatorId: world.indicator.id }) },
  { name: "indicator.create", allowed: ["admin", "council"], call: (c) => c.indicator.create({ goalId: world.goal.id, name: "Startkwalificatie", unit: "%", direction: "higher_is_better", baselineValue: 80, baselineDate: "2024-01-01", targetValue: 90, targetDate: "2030-01-01" }) },
  { name: "indicator.recordMeasurement", allowed: ["admin", "civil_servant"], call: (c) => c.indicator.recordMeasurement({ indicatorId: world.indicator.id, date: "2025-01-01", value: 2.2 }) },
  { name: "insight.dashboard", allowed: ALL, call: (c) => c.insight.dashboard({ programmeId: world.programme.id }) },
  { name: "insight.gaps", allowed: ALL, call: (c) => c.insight.gaps({ programmeId: world.programme.id }) },
];

describe.each(cases)("$name", ({ allowed, call }) => {
  it.each(ROLES.map((role) => ({ role, ok: allowed.includes(role) })))("$role → allowed: $ok", async ({ role, ok }) => {
    const result = call(world.members[role]);
    if (ok) await expect(result).resolves.toBeDefined();
    else expect(await codeOf(result)).toBe("FORBIDDEN");
  });

  it("is NOT_FOUND for a member of another municipality", async () => {
    expect(await codeOf(call(world.outsider))).toBe("NOT_FOUND");
  });
});

describe("setStatus", () => {
  it("lets admins and council move the programme on, and only them", async () => {
    const p = await createProgramme(db, world.municipality.id);
    for (const role of ["civil_servant", "partner", "viewer"] as Role[]) {
      expect(await codeOf(world.members[role].programme.setStatus({ programmeId: p.programme.id, status: "consultation" }))).toBe("FORBIDDEN");
    }
    await world.members.council.programme.setStatus({ programmeId: p.programme.id, status: "consultation" });
    await world.members.council.programme.setStatus({ programmeId: p.programme.id, status: "adopted" });
    expect(await codeOf(world.members.admin.programme.setStatus({ programmeId: p.programme.id, status: "draft" }))).toBe("BAD_REQUEST");
  });
});
