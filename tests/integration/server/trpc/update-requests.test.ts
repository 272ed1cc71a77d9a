import { beforeAll, describe, expect, it } from "vitest";
import type { ActionStatus } from "@koers/domain";
import type { Db } from "../../../../server/db.server.js";
import { seedDemoRequests } from "../../../../server/services/demo-requests.js";
import { seedDemo } from "../../../../server/services/demo-seed.js";
import { todayInNetherlands } from "../../../../server/services/serialize.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createProgramme, type TestCaller } from "../../../support/factories.js";
import { codeOf, refusal } from "../../../support/trpc-errors.js";

/*
 * Update requests: staff ask the owners of a filtered set of actions for a progress update by
 * a deadline; each owner hears of it once per action, with a link to the form; the first
 * progress update answers it, and an owner may give it even without action.track.
 */

let db: Db;
let world: Awaited<ReturnType<typeof createProgramme>>;
let slug: string;
type Person = { id: string; name: string; email: string };
let servant: Person;
let councillor: Person;
let otherOwner: Person;
let partnerUser: Person;
let civil: TestCaller;
let council: TestCaller;
let owner: TestCaller;
let partner: TestCaller;
let viewer: TestCaller;
let actions: Record<string, { id: string; title: string }>;

const inDays = (days: number) => {
  const date = new Date(`${todayInNetherlands()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

beforeAll(async () => {
  ({ db } = await freshDatabase());
  const municipality = await createMunicipality(db);
  slug = municipality.slug;
  world = await createProgramme(db, municipality.id);
  const people = {
    servant: await createMember(db, municipality.id, "civil_servant"),
    council: await createMember(db, municipality.id, "council"),
    otherOwner: await createMember(db, municipality.id, "civil_servant"),
    partner: await createMember(db, municipality.id, "partner"),
    viewer: await createMember(db, municipality.id, "viewer"),
  };
  servant = people.servant.user;
  councillor = people.council.user;
  otherOwner = people.otherOwner.user;
  partnerUser = people.partner.user;
  civil = callerFor(db, servant);
  council = callerFor(db, councillor);
  owner = callerFor(db, otherOwner);
  partner = callerFor(db, partnerUser);
  viewer = callerFor(db, people.viewer.user);

  const [onderwijs, gezondheid, veiligheid] = world.domains;
  const make = async (title: string, domainId: string, status: ActionStatus, ownerId: string | null, extra: { archived?: boolean; touches?: string } = {}) =>
    db.action.create({
      data: {
        programmeId: world.programme.id,
        primaryDomainId: domainId,
        title,
        status,
        ownerId,
        archivedAt: extra.archived ? new Date() : null,
        otherDomains: extra.touches ? { create: [{ domainId: extra.touches }] } : undefined,
      },
      select: { id: true, title: true },
    });
  actions = {
    camera: await make("Cameratoezicht bij het station", veiligheid!.id, "planned", councillor.id),
    buurt: await make("Buurtpreventie-app", veiligheid!.id, "in_progress", otherOwner.id),
    loket: await make("Meldpunt overlast", veiligheid!.id, "blocked", null),
    klaar: await make("Verlichting fietspad", veiligheid!.id, "done", councillor.id),
    weg: await make("Extra handhavers", veiligheid!.id, "dropped", councillor.id),
    archief: await make("Oud plan", veiligheid!.id, "planned", councillor.id, { archived: true }),
    jeugd: await make("Jongerenwerk in de avond", gezondheid!.id, "planned", councillor.id, { touches: veiligheid!.id }),
    school: await make("Schoolmaaltijden", onderwijs!.id, "planned", councillor.id),
  };
});

const veiligheidId = () => world.domains[2]!.id;

async function request(caller = civil, extra: { deadline?: string; message?: string; filters?: Record<string, unknown> } = {}) {
  return caller.updateRequest.create({
    programmeId: world.programme.id,
    deadline: extra.deadline ?? inDays(14),
    message: extra.message ?? "Graag voor de commissievergadering.",
    filters: (extra.filters ?? { domainId: veiligheidId() }) as never,
  });
}

describe("updateRequest.create", () => {
  it("asks the owners of the live actions the filter matches and skips those without an owner", async () => {
    const before = await civil.updateRequest.preview({ programmeId: world.programme.id, domainId: veiligheidId() });
    expect(before).toEqual({ actions: 3, owners: 2, skippedWithoutOwner: 1 });

    const made = await request();
    expect(made).toMatchObject({ items: 3, owners: 2, skippedWithoutOwner: 1 });
    const items = await db.updateRequestItem.findMany({ where: { requestId: made.requestId } });
    // The domain filter means what it means in the action list: primary domain or touching it.
    expect(new Set(items.map((i) => i.actionId))).toEqual(new Set([actions.camera!.id, actions.buurt!.id, actions.jeugd!.id]));
    expect(items.find((i) => i.actionId === actions.buurt!.id)?.ownerId).toBe(otherOwner.id);
    expect(items.every((i) => i.answeredAt === null)).toBe(true);

    const stored = await db.updateRequest.findUniqueOrThrow({ where: { id: made.requestId } });
    expect(stored).toMatchObject({ requestedById: servant.id, message: "Graag voor de commissievergadering.", filter: { domainId: veiligheidId() } });
    const audited = await db.auditEvent.findFirst({ where: { entityType: "UpdateRequest", entityId: made.requestId } });
    expect(audited).toMatchObject({ action: "updateRequest.create", actorId: servant.id });
  });

  it("notifies each owner once per action, with a link to the form on the action page", async () => {
    const deadline = inDays(10);
    const made = await request(civil, { deadline });
    const notes = await db.notification.findMany({ where: { kind: "update_requested", link: { contains: made.requestId } } });
    const byUser = (userId: string) => notes.filter((n) => n.userId === userId);
    expect(byUser(councillor.id).map((n) => n.link).sort()).toEqual(
      [actions.camera!.id, actions.jeugd!.id].map((id) => `/g/${slug}/acties/${id}?verzoek=${made.requestId}#voortgang`).sort(),
    );
    expect(byUser(otherOwner.id)).toHaveLength(1);
    expect(byUser(servant.id)).toHaveLength(0);
    expect(notes).toHaveLength(3);
    expect(byUser(otherOwner.id)[0]?.params).toEqual({ actor: servant.name, action: actions.buurt!.title, deadline });

    const mail = await db.outboxMail.findFirst({ where: { to: otherOwner.email, text: { contains: made.requestId } } });
    expect(mail?.text).toContain(`http://koers.test/g/${slug}/acties/${actions.buurt!.id}?verzoek=${made.requestId}#voortgang`);
    expect(mail?.subject).toMatch(/voortgangsupdate/i);
    expect(mail?.subject).toContain(actions.buurt!.title);
  });

  it("may be made by a council member; partners and viewers are refused", async () => {
    const made = await request(council, { filters: { domainId: veiligheidId(), ownerId: otherOwner.id } });
    expect(made.items).toBe(1);
    for (const caller of [partner, viewer]) {
      expect(await codeOf(request(caller))).toBe("FORBIDDEN");
      expect(await codeOf(caller.updateRequest.preview({ programmeId: world.programme.id }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.updateRequest.list({ programmeId: world.programme.id }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.updateRequest.get({ requestId: made.requestId }))).toBe("FORBIDDEN");
    }
  });

  it("does not notify the requester of their own actions", async () => {
    const made = await request(council, { filters: { domainId: veiligheidId(), ownerId: councillor.id } });
    expect(made.items).toBe(2);
    expect(await db.notification.count({ where: { link: { contains: made.requestId } } })).toBe(0);
  });

  it("filters by status and overdue like the action list", async () => {
    expect(await civil.updateRequest.preview({ programmeId: world.programme.id, domainId: veiligheidId(), status: ["in_progress"] })).toEqual({
      actions: 1,
      owners: 1,
      skippedWithoutOwner: 0,
    });
    // Done and dropped actions are never asked about, even when the filter names them.
    expect(await civil.updateRequest.preview({ programmeId: world.programme.id, status: ["done", "dropped"] })).toEqual({ actions: 0, owners: 0, skippedWithoutOwner: 0 });
    await db.action.update({ where: { id: actions.camera!.id }, data: { dueDate: new Date("2020-01-31") } });
    try {
      expect(await civil.updateRequest.preview({ programmeId: world.programme.id, overdue: true })).toEqual({ actions: 1, owners: 1, skippedWithoutOwner: 0 });
    } finally {
      await db.action.update({ where: { id: actions.camera!.id }, data: { dueDate: null } });
    }
  });

  it("refuses a deadline in the past, a long message and a request that reaches nobody", async () => {
    const past = await refusal(request(civil, { deadline: inDays(-1) }));
    expect(past.code).toBe("BAD_REQUEST");
    expect(past.message).toBe("errors.updateRequest.deadlinePast");
    expect((past.cause as { field?: string }).field).toBe("deadline");
    expect((await request(civil, { deadline: inDays(0), filters: { domainId: veiligheidId(), ownerId: otherOwner.id } })).items).toBe(1);

    expect(await codeOf(request(civil, { message: "x".repeat(2001) }))).toBe("BAD_REQUEST");
    const nobody = await refusal(request(civil, { filters: { domainId: veiligheidId(), ownerId: "none" } }));
    expect(nobody.message).toBe("errors.updateRequest.noOwners");
    const nothing = await refusal(request(civil, { filters: { q: "bestaat niet" } }));
    expect(nothing.message).toBe("errors.updateRequest.noActions");
  });
});

describe("answering a request", () => {
  it("lets the owner without action.track add an update, which answers the open items of that action", async () => {
    const made = await request(civil, { filters: { domainId: veiligheidId(), ownerId: councillor.id } });
    const asked = await council.updateRequest.forAction({ actionId: actions.camera!.id });
    expect(asked.mayReport).toBe(true);
    expect(asked.open.map((o) => o.requestId)).toContain(made.requestId);
    expect(asked.open.find((o) => o.requestId === made.requestId)).toMatchObject({ requester: servant.name, askedOfYou: true, status: "open" });

    const update = await council.action.addUpdate({ actionId: actions.camera!.id, date: todayInNetherlands(), status: "planned", text: "De camera's zijn besteld." });
    const item = await db.updateRequestItem.findUniqueOrThrow({ where: { requestId_actionId: { requestId: made.requestId, actionId: actions.camera!.id } } });
    expect(item.updateId).toBe(update.id);
    expect(item.answeredAt).not.toBeNull();
    // Every open request about that action is answered by it; the owner's other action is not.
    expect(await db.updateRequestItem.count({ where: { actionId: actions.camera!.id, answeredAt: null } })).toBe(0);
    const other = await db.updateRequestItem.findUniqueOrThrow({ where: { requestId_actionId: { requestId: made.requestId, actionId: actions.jeugd!.id } } });
    expect(other.answeredAt).toBeNull();
    expect((await council.updateRequest.forAction({ actionId: actions.camera!.id })).open).toEqual([]);
  });

  it("still refuses a progress update from someone who neither tracks nor owns the action", async () => {
    for (const caller of [partner, viewer, council]) {
      expect(await codeOf(caller.action.addUpdate({ actionId: actions.buurt!.id, date: todayInNetherlands(), status: "in_progress", text: "Niet van mij." }))).toBe("FORBIDDEN");
    }
    const seen = await partner.updateRequest.forAction({ actionId: actions.buurt!.id });
    expect(seen).toEqual({ mayReport: false, open: [] });
    // Civil servants track every action, owner or not.
    expect((await civil.updateRequest.forAction({ actionId: actions.buurt!.id })).open[0]).toMatchObject({ askedOfYou: false });
  });

  it("lets a partner who owns an action report on it", async () => {
    const own = await db.action.create({
      data: { programmeId: world.programme.id, primaryDomainId: veiligheidId(), title: "Schoolpleinen open in de zomer", status: "planned", ownerId: partnerUser.id },
    });
    try {
      const made = await request(civil, { filters: { q: "Schoolpleinen open" } });
      expect((await partner.updateRequest.forAction({ actionId: own.id })).mayReport).toBe(true);
      await partner.action.addUpdate({ actionId: own.id, date: todayInNetherlands(), status: "in_progress", text: "Drie pleinen zijn open." });
      const item = await db.updateRequestItem.findUniqueOrThrow({ where: { requestId_actionId: { requestId: made.requestId, actionId: own.id } } });
      expect(item.answeredAt).not.toBeNull();
      expect((await db.action.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("in_progress");
    } finally {
      await db.action.update({ where: { id: own.id }, data: { archivedAt: new Date() } });
    }
  });

  it("is not answered by an update made before the request", async () => {
    await owner.action.addUpdate({ actionId: actions.buurt!.id, date: todayInNetherlands(), status: "in_progress", text: "Vorige week." });
    const made = await request(civil, { filters: { domainId: veiligheidId(), ownerId: otherOwner.id } });
    const item = await db.updateRequestItem.findUniqueOrThrow({ where: { requestId_actionId: { requestId: made.requestId, actionId: actions.buurt!.id } } });
    expect(item.answeredAt).toBeNull();
  });
});

describe("list, get, mine and overview", () => {
  it("count answered, open and overdue items; a passed deadline makes open items overdue", async () => {
    const made = await request(civil);
    await owner.action.addUpdate({ actionId: actions.buurt!.id, date: todayInNetherlands(), status: "in_progress", text: "De app heeft 300 deelnemers." });

    const listed = (await civil.updateRequest.list({ programmeId: world.programme.id })).find((r) => r.id === made.requestId);
    expect(listed).toMatchObject({ requester: { id: servant.id, name: servant.name }, message: "Graag voor de commissievergadering.", counts: { total: 3, answered: 1, open: 2, overdue: 0 } });
    expect(listed?.filters).toEqual({ domainId: veiligheidId() });

    await db.updateRequest.update({ where: { id: made.requestId }, data: { deadline: new Date(`${inDays(-3)}T00:00:00Z`) } });
    const late = await council.updateRequest.get({ requestId: made.requestId });
    expect(late.counts).toEqual({ total: 3, answered: 1, open: 0, overdue: 2 });
    expect(late.deadline).toBe(inDays(-3));
    const status = Object.fromEntries(late.items.map((i) => [i.action.title, i.status]));
    expect(status).toEqual({ [actions.camera!.title]: "overdue", [actions.buurt!.title]: "answered", [actions.jeugd!.title]: "overdue" });
    const answered = late.items.find((i) => i.status === "answered");
    expect(answered).toMatchObject({ owner: { id: otherOwner.id }, update: { text: "De app heeft 300 deelnemers.", author: otherOwner.name } });

    const dashboard = await civil.updateRequest.overview({ programmeId: world.programme.id });
    expect(dashboard.requests?.map((r) => r.id)).toContain(made.requestId);
    const overdue = dashboard.overdue?.filter((i) => i.requestId === made.requestId);
    expect(overdue?.map((i) => i.action.title).sort()).toEqual([actions.camera!.title, actions.jeugd!.title].sort());
    expect(overdue?.every((i) => i.owner?.id === councillor.id && i.deadline === inDays(-3))).toBe(true);
    const partnerView = await partner.updateRequest.overview({ programmeId: world.programme.id });
    expect(partnerView).toMatchObject({ requests: null, overdue: null });
  });

  it("mine gives the caller's open items, once per action, soonest deadline first", async () => {
    const lamp = await db.action.create({
      data: { programmeId: world.programme.id, primaryDomainId: veiligheidId(), title: "Straatverlichting in de wijk", status: "planned", ownerId: councillor.id },
    });
    const soon = await request(civil, { deadline: inDays(2), filters: { q: "Straatverlichting" } });
    await request(civil, { deadline: inDays(20), filters: { q: "Straatverlichting" } });
    const mine = await council.updateRequest.mine({ municipalitySlug: slug });
    const actionIds = mine.map((m) => m.action.id);
    expect(new Set(actionIds).size).toBe(actionIds.length);
    // The overdue request of the previous test comes first, then the one due in two days.
    expect(actionIds).toHaveLength(3);
    expect(actionIds.slice(0, 2).sort()).toEqual([actions.camera!.id, actions.jeugd!.id].sort());
    expect(mine.slice(0, 2).every((m) => m.status === "overdue")).toBe(true);
    expect(mine[2]).toMatchObject({
      requestId: soon.requestId,
      action: { id: lamp.id, title: "Straatverlichting in de wijk" },
      deadline: inDays(2),
      status: "open",
      requester: servant.name,
      message: "Graag voor de commissievergadering.",
    });
    expect((await council.updateRequest.overview({ programmeId: world.programme.id })).mine.map((m) => m.action.id)).toEqual(actionIds);

    await council.action.addUpdate({ actionId: lamp.id, date: todayInNetherlands(), status: "in_progress", text: "De palen staan er." });
    expect((await council.updateRequest.mine({ municipalitySlug: slug })).map((m) => m.action.id)).not.toContain(lamp.id);
    expect(await db.updateRequestItem.count({ where: { actionId: lamp.id, answeredAt: null } })).toBe(0);
    expect(await owner.updateRequest.mine({ municipalitySlug: slug })).toEqual([]);
  });
});

describe("tenant isolation", () => {
  it("answers NOT_FOUND to members of another municipality", async () => {
    const made = await request(civil);
    const elsewhere = await createMunicipality(db);
    const stranger = callerFor(db, (await createMember(db, elsewhere.id, "admin")).user);
    expect(await codeOf(request(stranger))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.updateRequest.preview({ programmeId: world.programme.id }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.updateRequest.list({ programmeId: world.programme.id }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.updateRequest.get({ requestId: made.requestId }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.updateRequest.overview({ programmeId: world.programme.id }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.updateRequest.forAction({ actionId: actions.camera!.id }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.updateRequest.mine({ municipalitySlug: slug }))).toBe("NOT_FOUND");
    expect(await codeOf(stranger.updateRequest.get({ requestId: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
    // Nothing of this municipality is asked of them in their own.
    expect(await stranger.updateRequest.mine({ municipalitySlug: elsewhere.slug })).toEqual([]);
  });
});

describe("demo data", () => {
  it("seeds one open request about Lindeveen's Gezondheid actions with two answers, without mail", async () => {
    await seedDemo(db);
    const lindeveen = await db.municipality.findUniqueOrThrow({ where: { slug: "lindeveen" } });
    const programme = await db.programme.findFirstOrThrow({ where: { municipalityId: lindeveen.id } });
    const person = (email: string) => db.user.findUniqueOrThrow({ where: { email } });
    const [servantUser, councilUser] = await Promise.all([person("ambtenaar@koers.test"), person("raad@koers.test")]);
    const mailsBefore = await db.outboxMail.count();

    await db.$transaction((tx) => seedDemoRequests(tx, { municipalityId: lindeveen.id, programmeId: programme.id, people: { civilServant: servantUser.id } }));

    const [summary] = await callerFor(db, servantUser).updateRequest.list({ programmeId: programme.id });
    expect(summary).toMatchObject({ requester: { id: servantUser.id }, counts: { total: 5, answered: 2, open: 3, overdue: 0 } });
    expect(summary!.deadline > todayInNetherlands()).toBe(true);
    const asked = await callerFor(db, councilUser).updateRequest.mine({ municipalitySlug: "lindeveen" });
    expect(asked).toHaveLength(2);
    // (Counted by this request's id: once the lead wires it into seedDemo, that seeds one too.)
    expect(await db.notification.count({ where: { userId: councilUser.id, kind: "update_requested", link: { contains: summary!.id } } })).toBe(2);
    expect(await db.outboxMail.count()).toBe(mailsBefore);
  });
});
