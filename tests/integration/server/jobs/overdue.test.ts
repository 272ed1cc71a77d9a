import { pino } from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { runOverdueJob } from "../../../../server/jobs/overdue.js";
import { freshDatabase } from "../../../support/database.js";
import { createMember, createMunicipality, createProgramme } from "../../../support/factories.js";

/* The daily overdue check: the owner of a live action past its due date hears of it once per due date. */
let db: Db;
let municipality: Awaited<ReturnType<typeof createMunicipality>>;
let world: Awaited<ReturnType<typeof createProgramme>>;
let owner: Awaited<ReturnType<typeof createMember>>;
const deps = () => ({ db, publicUrl: "https://koers.example", log: pino({ level: "silent" }) });
// 24 November 2026, 08:00 in Amsterdam.
const NOW = new Date("2026-11-24T07:00:00Z");

beforeAll(async () => {
  ({ db } = await freshDatabase());
  municipality = await createMunicipality(db);
  world = await createProgramme(db, municipality.id);
  owner = await createMember(db, municipality.id, "civil_servant");
});

async function action(title: string, data: { status?: "proposed" | "planned" | "in_progress" | "done" | "blocked" | "dropped"; dueDate?: string | null; ownerId?: string | null; archived?: boolean; programmeId?: string }) {
  return db.action.create({
    data: {
      programmeId: data.programmeId ?? world.programme.id,
      primaryDomainId: data.programmeId ? (await db.domain.findFirstOrThrow({ where: { programmeId: data.programmeId } })).id : world.domains[0]!.id,
      title,
      status: data.status ?? "in_progress",
      dueDate: data.dueDate ? new Date(`${data.dueDate}T00:00:00Z`) : null,
      ownerId: data.ownerId === undefined ? owner.user.id : data.ownerId,
      archivedAt: data.archived ? new Date() : null,
    },
  });
}

const overdueFor = (userId: string) => db.notification.findMany({ where: { userId, kind: "action_overdue" }, orderBy: { createdAt: "asc" } });

describe("the overdue job", () => {
  it("notifies the owner of an open action whose due date passed, with the action, the date and the link", async () => {
    const late = await action("Cameratoezicht bij het station", { status: "blocked", dueDate: "2026-11-23" });
    const result = await runOverdueJob(deps(), NOW);
    expect(result.notified).toBeGreaterThanOrEqual(1);
    const rows = await overdueFor(owner.user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      municipalityId: municipality.id,
      params: { action: "Cameratoezicht bij het station", dueDate: "2026-11-23" },
      link: `/g/${municipality.slug}/acties/${late.id}`,
      dedupeKey: `overdue:${late.id}:2026-11-23`,
    });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: owner.user.email } });
    expect(mail.text).toContain("had op 23 november 2026 klaar moeten zijn");
    expect(mail.text).toContain(`https://koers.example/g/${municipality.slug}/acties/${late.id}`);
  });

  it("notifies once per due date: a second run adds nothing, a new date that passes notifies again", async () => {
    const someone = await createMember(db, municipality.id, "council");
    const late = await action("Buurtapp", { dueDate: "2026-10-01", ownerId: someone.user.id });
    await runOverdueJob(deps(), NOW);
    await runOverdueJob(deps(), NOW);
    await runOverdueJob(deps(), new Date("2026-11-25T07:00:00Z"));
    expect(await overdueFor(someone.user.id)).toHaveLength(1);

    await db.action.update({ where: { id: late.id }, data: { dueDate: new Date("2026-11-30T00:00:00Z") } });
    await runOverdueJob(deps(), new Date("2026-11-30T12:00:00Z"));
    expect(await overdueFor(someone.user.id)).toHaveLength(1);
    await runOverdueJob(deps(), new Date("2026-12-01T07:00:00Z"));
    const rows = await overdueFor(someone.user.id);
    expect(rows.map((row) => (row.params as { dueDate: string }).dueDate)).toEqual(["2026-10-01", "2026-11-30"]);
  });

  it("leaves done, dropped, archived, future, due-today and ownerless actions alone, and archived programmes", async () => {
    const someone = await createMember(db, municipality.id, "civil_servant");
    const archivedProgramme = await createProgramme(db, municipality.id);
    await db.programme.update({ where: { id: archivedProgramme.programme.id }, data: { status: "archived" } });
    await action("Klaar", { status: "done", dueDate: "2026-01-01", ownerId: someone.user.id });
    await action("Geschrapt", { status: "dropped", dueDate: "2026-01-01", ownerId: someone.user.id });
    await action("Gearchiveerd", { dueDate: "2026-01-01", ownerId: someone.user.id, archived: true });
    await action("Later", { dueDate: "2027-01-01", ownerId: someone.user.id });
    await action("Vandaag", { dueDate: "2026-11-24", ownerId: someone.user.id });
    await action("Geen datum", { dueDate: null, ownerId: someone.user.id });
    await action("Oud programma", { dueDate: "2026-01-01", ownerId: someone.user.id, programmeId: archivedProgramme.programme.id });
    const nobody = await action("Zonder eigenaar", { dueDate: "2026-01-01", ownerId: null });
    await runOverdueJob(deps(), NOW);
    expect(await overdueFor(someone.user.id)).toEqual([]);
    expect(await db.notification.count({ where: { link: { endsWith: nobody.id } } })).toBe(0);
  });

  it("uses the Dutch calendar day: just after midnight in Amsterdam, yesterday's due date has passed", async () => {
    const someone = await createMember(db, municipality.id, "civil_servant");
    await action("Middernacht", { dueDate: "2026-11-24", ownerId: someone.user.id });
    // 23:30 UTC on the 24th is 00:30 on the 25th in Amsterdam.
    await runOverdueJob(deps(), new Date("2026-11-24T22:30:00Z"));
    expect(await overdueFor(someone.user.id)).toEqual([]);
    await runOverdueJob(deps(), new Date("2026-11-24T23:30:00Z"));
    expect(await overdueFor(someone.user.id)).toHaveLength(1);
  });

  it("does not notify an owner who is no longer a member", async () => {
    const leaver = await createMember(db, municipality.id, "civil_servant");
    await action("Verlaten", { dueDate: "2026-01-01", ownerId: leaver.user.id });
    await db.membership.delete({ where: { id: leaver.membership.id } });
    await runOverdueJob(deps(), NOW);
    expect(await overdueFor(leaver.user.id)).toEqual([]);
  });
});
