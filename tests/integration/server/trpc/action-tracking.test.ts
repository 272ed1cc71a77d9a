import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme, type TestCaller } from "../../../support/factories.js";

/* action.tracking: what the action blocks in the programme text show, for every live action. */
let db: Db;
let partner: TestCaller;
let civil: TestCaller;
let world: Awaited<ReturnType<typeof createProgramme>>;
let owner: { id: string; name: string };

beforeAll(async () => {
  ({ db } = await freshDatabase());
  const municipality = await createMunicipality(db);
  world = await createProgramme(db, municipality.id);
  const servant = await createMember(db, municipality.id, "civil_servant");
  owner = servant.user;
  civil = callerFor(db, servant.user);
  partner = callerFor(db, (await createMember(db, municipality.id, "partner")).user);
});

const tracking = (caller = partner) => caller.action.tracking({ programmeId: world.programme.id });

describe("action.tracking", () => {
  it("gives status, owner, due date, partners and goals of each live action, in chapter order", async () => {
    const [onderwijs, , veiligheid] = world.domains;
    const second = await db.goal.create({ data: { programmeId: world.programme.id, domainId: veiligheid!.id, title: "Veilige wijken", order: 2 } });
    await db.goal.update({ where: { id: world.goal.id }, data: { order: 1 } });
    const late = await db.action.create({
      data: {
        programmeId: world.programme.id,
        primaryDomainId: veiligheid!.id,
        title: "Cameratoezicht bij het station",
        status: "in_progress",
        ownerId: owner.id,
        dueDate: new Date("2020-06-30"),
        goals: { create: [{ goalId: second.id }, { goalId: world.goal.id }] },
      },
    });
    const done = await db.action.create({
      data: { programmeId: world.programme.id, primaryDomainId: veiligheid!.id, title: "Buurtapp", order: 1, status: "done", dueDate: new Date("2020-01-31") },
    });
    const future = await db.action.create({
      data: { programmeId: world.programme.id, primaryDomainId: onderwijs!.id, title: "Schoolmaaltijden", order: 1, status: "planned", dueDate: new Date("2099-12-31") },
    });

    const rows = await tracking();
    expect(rows.map((row) => row.id)).toEqual([world.action.id, future.id, late.id, done.id]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(late.id)).toEqual({
      id: late.id,
      status: "in_progress",
      ownerName: owner.name,
      dueDate: "2020-06-30",
      overdue: true,
      committedPartners: 0,
      committedOrganisations: [],
      goals: [
        { id: world.goal.id, title: "Minder voortijdig schoolverlaters" },
        { id: second.id, title: "Veilige wijken" },
      ],
    });
    // Done is never late; a future due date is not late; no owner and no date are null.
    expect(byId.get(done.id)).toMatchObject({ status: "done", dueDate: "2020-01-31", overdue: false, ownerName: null, goals: [] });
    expect(byId.get(future.id)).toMatchObject({ status: "planned", overdue: false });
    expect(byId.get(world.action.id)).toMatchObject({ status: "proposed", ownerName: null, dueDate: null, overdue: false, committedPartners: 0 });
  });

  it("leaves out archived actions and those of other programmes, and follows a change at once", async () => {
    const archived = await db.action.create({
      data: { programmeId: world.programme.id, primaryDomainId: world.domains[1]!.id, title: "Gearchiveerd", archivedAt: new Date() },
    });
    const other = await createProgramme(db, (await db.programme.findUniqueOrThrow({ where: { id: world.programme.id } })).municipalityId);
    const ids = (await tracking()).map((row) => row.id);
    expect(ids).not.toContain(archived.id);
    expect(ids).not.toContain(other.action.id);

    await civil.action.track({ actionId: world.action.id, status: "in_progress", ownerId: owner.id, dueDate: "2099-01-15" });
    const row = (await tracking(civil)).find((r) => r.id === world.action.id);
    expect(row).toMatchObject({ status: "in_progress", ownerName: owner.name, dueDate: "2099-01-15", overdue: false });
  });
});
