import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@koers/domain";
import type { Db } from "../../../../server/db.server.js";
import type { Context } from "../../../../server/trpc/context.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMunicipality, createOrganisation, createProgramme, createUser, type TestCaller } from "../../../support/factories.js";
import { codeOf, refusal } from "../../../support/trpc-errors.js";

/* commitment.*: partner organisations commit to actions; the municipality decides. */

let db: Db;
let world: Awaited<ReturnType<typeof createProgramme>>;
let elsewhere: Awaited<ReturnType<typeof createProgramme>>;
let slug: string;
let otherSlug: string;
let municipalityId: string;
type Person = { id: string; name: string; caller: TestCaller };
const people = {} as Record<
  "admin" | "council" | "civil" | "civil2" | "partner" | "partner2" | "otherPartner" | "viewer" | "outsider" | "outsidePartner",
  Person
>;
let horizon: { id: string; name: string };
let library: { id: string; name: string };
const trackingEvents: { programmeId: string; actionIds: readonly string[] }[] = [];
const text: NonNullable<Context["text"]> = {
  trackingChanged: (programmeId, actionIds) => void trackingEvents.push({ programmeId, actionIds }),
  structureChanged: async () => undefined,
  commentsChanged: () => undefined,
};

async function person(inMunicipality: string, role: Role, name: string, organisationId?: string): Promise<Person> {
  const user = await createUser(db, { name });
  await db.membership.create({ data: { userId: user.id, municipalityId: inMunicipality, role, organisationId: organisationId ?? null } });
  return { id: user.id, name, caller: callerFor(db, user, { text }) };
}

/** A fresh open action in the programme (so tests do not share one), optionally owned. */
async function newAction(options: { ownerId?: string | null; domainIndex?: number; otherDomainIndex?: number; status?: "proposed" | "done" | "dropped"; archived?: boolean } = {}) {
  const domain = world.domains[options.domainIndex ?? 0]!;
  return db.action.create({
    data: {
      programmeId: world.programme.id,
      primaryDomainId: domain.id,
      title: `Actie ${Math.random().toString(36).slice(2, 8)}`,
      ownerId: options.ownerId ?? null,
      status: options.status ?? "planned",
      archivedAt: options.archived ? new Date() : null,
      ...(options.otherDomainIndex !== undefined ? { otherDomains: { create: [{ domainId: world.domains[options.otherDomainIndex]!.id }] } } : {}),
    },
  });
}

const CONTRIBUTION = "Twee leerkrachten helpen de training voor te bereiden en te geven.";

async function offered(actionId: string, by: Person = people.partner, extra: Record<string, unknown> = {}) {
  return by.caller.commitment.offer({ actionId, contribution: CONTRIBUTION, ...extra });
}

async function accepted(actionId: string, by: Person = people.partner) {
  const { id } = await offered(actionId, by);
  await people.civil.caller.commitment.accept({ commitmentId: id });
  return id;
}

const notificationsOf = (kind: string, since: Date) =>
  db.notification.findMany({ where: { kind: kind as never, createdAt: { gte: since } }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  ({ db } = await freshDatabase());
  const municipality = await createMunicipality(db);
  municipalityId = municipality.id;
  slug = municipality.slug;
  world = await createProgramme(db, municipality.id);
  horizon = await createOrganisation(db, municipality.id, "Brede School De Horizon");
  library = await createOrganisation(db, municipality.id, "Bibliotheek Lindeveen");
  people.admin = await person(municipality.id, "admin", "Bea Beheer");
  people.council = await person(municipality.id, "council", "Roos Raadslid");
  people.civil = await person(municipality.id, "civil_servant", "Anouk Ambtenaar");
  people.civil2 = await person(municipality.id, "civil_servant", "Ahmed Ambtenaar");
  people.partner = await person(municipality.id, "partner", "Pieter Partner", horizon.id);
  people.partner2 = await person(municipality.id, "partner", "Petra Partner", horizon.id);
  people.otherPartner = await person(municipality.id, "partner", "Bart Bibliotheek", library.id);
  people.viewer = await person(municipality.id, "viewer", "Mila Meelezer");

  const other = await createMunicipality(db);
  otherSlug = other.slug;
  elsewhere = await createProgramme(db, other.id);
  people.outsider = await person(other.id, "civil_servant", "Olga Oosterwold");
  people.outsidePartner = await person(other.id, "partner", "Otto Oosterwold", (await createOrganisation(db, other.id, "Brede School De Horizon")).id);
});

describe("offering", () => {
  it("a partner offers for their own organisation: stored as offered, audited, the owner told", async () => {
    const action = await newAction({ ownerId: people.council.id });
    const since = new Date();
    const { id } = await offered(action.id, people.partner, { capacityHours: 40, capacityCents: 250_050, periodStart: "2026-09-01", periodEnd: "2027-06-30" });
    const row = await db.commitment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      actionId: action.id,
      organisationId: horizon.id,
      createdById: people.partner.id,
      status: "offered",
      contribution: CONTRIBUTION,
      capacityHours: 40,
      capacityCents: 250_050n,
      periodStart: new Date("2026-09-01T00:00:00Z"),
      periodEnd: new Date("2027-06-30T00:00:00Z"),
    });
    const trace = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "commitment.offer" } });
    expect(trace).toMatchObject({ actorId: people.partner.id, municipalityId, entityType: "Commitment" });
    const notes = await notificationsOf("commitment_offered", since);
    expect(notes.map((n) => n.userId)).toEqual([people.council.id]);
    expect(notes[0]).toMatchObject({
      params: { organisation: "Brede School De Horizon", action: action.title },
      link: `/g/${slug}/acties/${action.id}#toezeggingen`,
    });
    expect(trackingEvents).toContainEqual({ programmeId: world.programme.id, actionIds: [action.id] });
  });

  it("an action without an owner: every civil servant of the municipality hears of the offer", async () => {
    const action = await newAction();
    const since = new Date();
    await offered(action.id);
    const notes = await notificationsOf("commitment_offered", since);
    expect(notes.map((n) => n.userId).sort()).toEqual([people.civil.id, people.civil2.id].sort());
  });

  it("only partners offer: staff and viewers are refused", async () => {
    const action = await newAction();
    for (const who of [people.admin, people.council, people.civil, people.viewer]) {
      expect(await codeOf(offered(action.id, who))).toBe("FORBIDDEN");
    }
    expect(await db.commitment.count({ where: { actionId: action.id } })).toBe(0);
  });

  it("refuses what does not fit, with the message next to its field", async () => {
    const action = await newAction();
    const fieldsOf = async (input: Record<string, unknown>) => (await refusal(people.partner.caller.commitment.offer({ actionId: action.id, ...input } as never))).cause;
    const issues = async (input: Record<string, unknown>) =>
      ((await fieldsOf(input)) as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.map((i) => [i.path.join("."), i.message]);
    expect(await issues({ contribution: "  " })).toEqual([["contribution", "errors.commitment.contributionRequired"]]);
    expect(await issues({ contribution: "x".repeat(2001) })).toEqual([["contribution", "errors.commitment.contributionTooLong"]]);
    expect(await issues({ contribution: CONTRIBUTION, capacityHours: 0 })).toEqual([["capacityHours", "errors.commitment.hoursInvalid"]]);
    expect(await issues({ contribution: CONTRIBUTION, capacityHours: 100_001 })).toEqual([["capacityHours", "errors.commitment.hoursTooMany"]]);
    expect(await issues({ contribution: CONTRIBUTION, capacityCents: -5 })).toEqual([["capacityCents", "errors.commitment.euroInvalid"]]);
    expect(await issues({ contribution: CONTRIBUTION, periodStart: "2027-01-01", periodEnd: "2026-12-31" })).toEqual([["periodEnd", "errors.commitment.periodEndBeforeStart"]]);
    expect(await db.commitment.count({ where: { actionId: action.id } })).toBe(0);
  });

  it("one live commitment per organisation per action; another organisation may offer beside it; after a withdrawal, a new offer", async () => {
    const action = await newAction();
    const first = await offered(action.id);
    const second = await refusal(offered(action.id, people.partner2));
    expect(second).toMatchObject({ code: "CONFLICT", message: "errors.commitment.alreadyLive" });
    await people.civil.caller.commitment.accept({ commitmentId: first.id });
    expect(await codeOf(offered(action.id))).toBe("CONFLICT");
    // A library partner may commit to the same action.
    await offered(action.id, people.otherPartner);
    await people.partner.caller.commitment.withdraw({ commitmentId: first.id });
    const again = await offered(action.id, people.partner2);
    expect(await db.commitment.count({ where: { actionId: action.id, organisationId: horizon.id } })).toBe(2);
    expect((await db.commitment.findUniqueOrThrow({ where: { id: again.id } })).status).toBe("offered");
  });

  it("two offers sent at the same moment: one gets through", async () => {
    const action = await newAction();
    const results = await Promise.allSettled([offered(action.id, people.partner), offered(action.id, people.partner2), offered(action.id, people.partner)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.commitment.count({ where: { actionId: action.id } })).toBe(1);
  });

  it("archived, done and dropped actions take no new commitments", async () => {
    expect(await refusal(offered((await newAction({ archived: true })).id))).toMatchObject({ code: "BAD_REQUEST", message: "errors.commitment.actionArchived" });
    expect(await refusal(offered((await newAction({ status: "done" })).id))).toMatchObject({ code: "BAD_REQUEST", message: "errors.commitment.actionClosed" });
    expect(await refusal(offered((await newAction({ status: "dropped" })).id))).toMatchObject({ code: "BAD_REQUEST", message: "errors.commitment.actionClosed" });
  });

  it("an action of another municipality is not found", async () => {
    expect(await codeOf(offered(elsewhere.action.id))).toBe("NOT_FOUND");
    expect(await codeOf(offered(world.action.id, people.outsidePartner))).toBe("NOT_FOUND");
  });
});

describe("editing and withdrawing (the organisation itself)", () => {
  it("the organisation edits its offer while nobody decided; an empty field clears it; audited", async () => {
    const action = await newAction();
    const { id } = await offered(action.id, people.partner, { capacityHours: 10, periodStart: "2026-09-01" });
    await people.partner2.caller.commitment.edit({ commitmentId: id, contribution: "Een lokaal op woensdagmiddag.", capacityCents: 50_000 });
    expect(await db.commitment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      contribution: "Een lokaal op woensdagmiddag.",
      capacityHours: null,
      capacityCents: 50_000n,
      periodStart: null,
    });
    const trace = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "commitment.edit" } });
    expect(trace.before).toMatchObject({ capacityHours: 10, periodStart: "2026-09-01" });
    expect(trace.after).toMatchObject({ capacityCents: 50_000, contribution: "Een lokaal op woensdagmiddag." });
  });

  it("no edits once accepted; nobody else edits", async () => {
    const action = await newAction();
    const { id } = await offered(action.id);
    // Another organisation does not even see the offer; staff see it but do not write it.
    expect(await codeOf(people.otherPartner.caller.commitment.edit({ commitmentId: id, contribution: "Overgenomen" }))).toBe("NOT_FOUND");
    expect(await codeOf(people.civil.caller.commitment.edit({ commitmentId: id, contribution: "Aangepast" }))).toBe("FORBIDDEN");
    await people.civil.caller.commitment.accept({ commitmentId: id });
    expect(await refusal(people.partner.caller.commitment.edit({ commitmentId: id, contribution: "Later meer" }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "errors.commitment.editOnlyOffered",
    });
    expect((await db.commitment.findUniqueOrThrow({ where: { id } })).contribution).toBe(CONTRIBUTION);
  });

  it("withdraws an offered or an accepted commitment with an optional reason; the action owner is told", async () => {
    const action = await newAction({ ownerId: people.civil2.id });
    const first = await offered(action.id);
    const since = new Date();
    await people.partner.caller.commitment.withdraw({ commitmentId: first.id });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "withdrawn", reason: null });
    const second = await accepted(action.id);
    await people.partner2.caller.commitment.withdraw({ commitmentId: second, reason: "Onze vrijwilligers zijn gestopt." });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: "withdrawn", reason: "Onze vrijwilligers zijn gestopt." });
    const notes = await notificationsOf("commitment_withdrawn", since);
    expect(notes.map((n) => n.userId)).toEqual([people.civil2.id, people.civil2.id]);
    expect(notes[0]).toMatchObject({ params: { organisation: horizon.name, action: action.title }, link: `/g/${slug}/acties/${action.id}#toezeggingen` });
    expect(await db.auditEvent.count({ where: { entityId: second, action: "commitment.withdrawn" } })).toBe(1);
    // Final: no second withdrawal.
    expect(await refusal(people.partner.caller.commitment.withdraw({ commitmentId: second }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "errors.commitment.transitionNotAllowed",
    });
  });

  it("another organisation's partner cannot withdraw or report: drafts not found, accepted ones forbidden", async () => {
    const action = await newAction();
    const draft = await offered(action.id);
    expect(await codeOf(people.otherPartner.caller.commitment.withdraw({ commitmentId: draft.id }))).toBe("NOT_FOUND");
    expect(await codeOf(people.otherPartner.caller.commitment.report({ commitmentId: draft.id, date: "2026-01-05", text: "Gedaan" }))).toBe("NOT_FOUND");
    await people.civil.caller.commitment.accept({ commitmentId: draft.id });
    expect(await codeOf(people.otherPartner.caller.commitment.withdraw({ commitmentId: draft.id }))).toBe("FORBIDDEN");
    expect(await codeOf(people.otherPartner.caller.commitment.report({ commitmentId: draft.id, date: "2026-01-05", text: "Gedaan" }))).toBe("FORBIDDEN");
    expect(await codeOf(people.viewer.caller.commitment.withdraw({ commitmentId: draft.id }))).toBe("FORBIDDEN");
    expect((await db.commitment.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("accepted");
  });
});

describe("deciding (the municipality)", () => {
  it("a partner cannot accept, decline or fulfil their own organisation's commitment", async () => {
    const action = await newAction();
    const { id } = await offered(action.id);
    expect(await codeOf(people.partner.caller.commitment.accept({ commitmentId: id }))).toBe("FORBIDDEN");
    expect(await codeOf(people.partner2.caller.commitment.decline({ commitmentId: id, reason: "Toch niet" }))).toBe("FORBIDDEN");
    expect(await codeOf(people.viewer.caller.commitment.accept({ commitmentId: id }))).toBe("NOT_FOUND");
    await people.civil.caller.commitment.accept({ commitmentId: id });
    expect(await codeOf(people.partner.caller.commitment.fulfil({ commitmentId: id }))).toBe("FORBIDDEN");
    expect((await db.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("accepted");
  });

  it("accepting records who decided; every partner of the organisation is told, nobody else", async () => {
    const action = await newAction();
    const { id } = await offered(action.id);
    const since = new Date();
    await people.council.caller.commitment.accept({ commitmentId: id });
    const row = await db.commitment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "accepted", decidedById: people.council.id });
    expect(row.decidedAt).toBeInstanceOf(Date);
    const notes = await notificationsOf("commitment_accepted", since);
    expect(notes.map((n) => n.userId).sort()).toEqual([people.partner.id, people.partner2.id].sort());
    expect(notes[0]).toMatchObject({ params: { organisation: horizon.name, action: action.title }, link: `/g/${slug}/acties/${action.id}#toezeggingen` });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "commitment.accepted", actorId: people.council.id } })).toBe(1);
    // Accepted once: not again.
    expect(await refusal(people.civil.caller.commitment.accept({ commitmentId: id }))).toMatchObject({ code: "BAD_REQUEST", message: "errors.commitment.transitionNotAllowed" });
  });

  it("declining needs a reason, which the organisation's partners read", async () => {
    const action = await newAction();
    const { id } = await offered(action.id, people.otherPartner);
    const refused = await refusal(people.civil.caller.commitment.decline({ commitmentId: id, reason: "  " }));
    expect((refused.cause as unknown as { issues: { path: PropertyKey[]; message: string }[] }).issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["reason", "errors.commitment.reasonRequired"],
    ]);
    const since = new Date();
    await people.admin.caller.commitment.decline({ commitmentId: id, reason: "Deze actie is al volledig bemand." });
    expect(await db.commitment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "declined",
      reason: "Deze actie is al volledig bemand.",
      decidedById: people.admin.id,
    });
    const notes = await notificationsOf("commitment_declined", since);
    expect(notes.map((n) => n.userId)).toEqual([people.otherPartner.id]);
    expect(notes[0]!.params).toEqual({ organisation: library.name, action: action.title, reason: "Deze actie is al volledig bemand." });
    // Final: no acceptance after a refusal, no fulfilment.
    expect(await codeOf(people.civil.caller.commitment.accept({ commitmentId: id }))).toBe("BAD_REQUEST");
    expect(await codeOf(people.civil.caller.commitment.fulfil({ commitmentId: id }))).toBe("BAD_REQUEST");
  });

  it("only accepted commitments are fulfilled; fulfilled is final", async () => {
    const action = await newAction();
    const { id } = await offered(action.id);
    expect(await refusal(people.civil.caller.commitment.fulfil({ commitmentId: id }))).toMatchObject({ code: "BAD_REQUEST", message: "errors.commitment.transitionNotAllowed" });
    await people.civil.caller.commitment.accept({ commitmentId: id });
    await people.council.caller.commitment.fulfil({ commitmentId: id });
    expect((await db.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("fulfilled");
    expect(await db.auditEvent.count({ where: { entityId: id, action: "commitment.fulfilled" } })).toBe(1);
    expect(await codeOf(people.partner.caller.commitment.withdraw({ commitmentId: id }))).toBe("BAD_REQUEST");
  });

  it("staff of another municipality find nothing", async () => {
    const action = await newAction();
    const { id } = await offered(action.id);
    expect(await codeOf(people.outsider.caller.commitment.accept({ commitmentId: id }))).toBe("NOT_FOUND");
    expect(await codeOf(people.outsidePartner.caller.commitment.withdraw({ commitmentId: id }))).toBe("NOT_FOUND");
    expect(await codeOf(people.outsider.caller.commitment.forAction({ actionId: action.id }))).toBe("NOT_FOUND");
  });
});

describe("progress reports", () => {
  it("the organisation reports on an accepted commitment; audited; shown newest first", async () => {
    const action = await newAction();
    const id = await accepted(action.id);
    await people.partner.caller.commitment.report({ commitmentId: id, date: "2026-03-01", text: "Eerste training gegeven aan 12 leerkrachten." });
    await people.partner2.caller.commitment.report({ commitmentId: id, date: "2026-05-01", text: "Tweede training gegeven." });
    const { commitments } = await people.viewer.caller.commitment.forAction({ actionId: action.id });
    expect(commitments[0]!.reports.map((r) => [r.date, r.text, r.author])).toEqual([
      ["2026-05-01", "Tweede training gegeven.", people.partner2.name],
      ["2026-03-01", "Eerste training gegeven aan 12 leerkrachten.", people.partner.name],
    ]);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "commitment.report" } })).toBe(2);
  });

  it("not on an offer, not in the future, not without text, not by staff", async () => {
    const action = await newAction();
    const { id } = await offered(action.id);
    expect(await refusal(people.partner.caller.commitment.report({ commitmentId: id, date: "2026-03-01", text: "Vast begonnen" }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "errors.commitment.reportOnlyAccepted",
    });
    await people.civil.caller.commitment.accept({ commitmentId: id });
    const future = await refusal(people.partner.caller.commitment.report({ commitmentId: id, date: "2999-01-01", text: "Klaar" }));
    expect(future).toMatchObject({ code: "BAD_REQUEST", message: "errors.commitment.reportDateFuture" });
    expect(future.cause).toMatchObject({ field: "date" });
    expect(await codeOf(people.partner.caller.commitment.report({ commitmentId: id, date: "2026-03-01", text: " " }))).toBe("BAD_REQUEST");
    expect(await codeOf(people.civil.caller.commitment.report({ commitmentId: id, date: "2026-03-01", text: "Namens de school" }))).toBe("FORBIDDEN");
    expect(await db.commitmentReport.count({ where: { commitmentId: id } })).toBe(0);
  });
});

describe("who sees what", () => {
  let action: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    action = await newAction();
    // Horizon: accepted; library: offered, then a declined and a withdrawn one before it.
    ids.horizonAccepted = await accepted(action.id);
    const declined = await offered(action.id, people.otherPartner);
    await people.civil.caller.commitment.decline({ commitmentId: declined.id, reason: "Past niet" });
    ids.libraryDeclined = declined.id;
    const withdrawn = await offered(action.id, people.otherPartner);
    await people.otherPartner.caller.commitment.withdraw({ commitmentId: withdrawn.id });
    ids.libraryWithdrawn = withdrawn.id;
    ids.libraryOffered = (await offered(action.id, people.otherPartner)).id;
  });

  const seen = async (who: Person) => (await who.caller.commitment.forAction({ actionId: action.id })).commitments.map((c) => c.id).sort();

  it("staff see every commitment", async () => {
    for (const who of [people.admin, people.council, people.civil]) expect(await seen(who)).toEqual(Object.values(ids).sort());
  });

  it("a partner sees the accepted ones of others and all of their own", async () => {
    expect(await seen(people.partner)).toEqual([ids.horizonAccepted].sort());
    expect(await seen(people.otherPartner)).toEqual([ids.horizonAccepted, ids.libraryDeclined, ids.libraryWithdrawn, ids.libraryOffered].sort());
  });

  it("a viewer sees accepted and fulfilled ones only", async () => {
    expect(await seen(people.viewer)).toEqual([ids.horizonAccepted]);
  });

  it("each commitment says what the reader may do with it, and whether the reader's organisation can offer", async () => {
    const forPartner = await people.partner.caller.commitment.forAction({ actionId: action.id });
    expect(forPartner.commitments[0]!.operations).toEqual(["withdraw", "report"]);
    expect(forPartner).toMatchObject({ canOffer: false, offerBlockedBy: "errors.commitment.alreadyLive", organisation: { id: horizon.id } });
    const forCivil = await people.civil.caller.commitment.forAction({ actionId: action.id });
    expect(Object.fromEntries(forCivil.commitments.map((c) => [c.id, c.operations]))).toEqual({
      [ids.horizonAccepted!]: ["fulfil"],
      [ids.libraryDeclined!]: [],
      [ids.libraryWithdrawn!]: [],
      [ids.libraryOffered!]: ["accept", "decline"],
    });
    expect(forCivil).toMatchObject({ canOffer: false, offerBlockedBy: null, organisation: null });
    const fresh = await people.partner.caller.commitment.forAction({ actionId: (await newAction()).id });
    expect(fresh).toMatchObject({ commitments: [], canOffer: true, offerBlockedBy: null, organisation: { name: horizon.name } });
    const closed = await people.partner.caller.commitment.forAction({ actionId: (await newAction({ archived: true })).id });
    expect(closed).toMatchObject({ canOffer: false, offerBlockedBy: "errors.commitment.actionArchived" });
  });

  it("shows a commitment's fields as the pages need them", async () => {
    const own = (await people.otherPartner.caller.commitment.forAction({ actionId: action.id })).commitments.find((c) => c.id === ids.libraryDeclined);
    expect(own).toMatchObject({ status: "declined", reason: "Past niet", decidedBy: people.civil.name, organisation: { name: library.name }, createdBy: people.otherPartner.name });
  });
});

describe("the overview pages", () => {
  let gezondheid: { id: string };
  let onderwijsAction: { id: string; title: string };
  let touchesGezondheid: { id: string; title: string };
  let libraryOnly: { id: string };

  beforeAll(async () => {
    // Domains: 0 Onderwijs, 1 Gezondheid, 2 Veiligheid.
    gezondheid = world.domains[1]!;
    onderwijsAction = await newAction({ domainIndex: 0 });
    touchesGezondheid = await newAction({ domainIndex: 2, otherDomainIndex: 1 });
    libraryOnly = await newAction({ domainIndex: 1 });
    await offered(onderwijsAction.id);
    await accepted(touchesGezondheid.id);
    await offered(libraryOnly.id, people.otherPartner);
  });

  it("a partner gets their own organisation's commitments in every status, and none of others", async () => {
    const page = await people.partner.caller.commitment.overview({ municipalitySlug: slug });
    expect(page.view).toBe("partner");
    expect(page.organisation).toEqual({ id: horizon.id, name: horizon.name });
    expect(page.programme).toEqual({ id: world.programme.id, title: world.programme.title });
    expect(new Set(page.commitments.map((c) => c.organisation.id))).toEqual(new Set([horizon.id]));
    const statuses = new Set(page.commitments.map((c) => c.status));
    for (const status of ["offered", "accepted", "withdrawn", "fulfilled"]) expect(statuses).toContain(status);
    expect(page.counts.offered).toBe(page.commitments.filter((c) => c.status === "offered").length);
    expect(page.domains.map((d) => d.name)).toEqual(["Onderwijs", "Gezondheid", "Veiligheid", "Ruimtelijk domein"]);
  });

  it("filters by domain (main domain or one the action touches) and by status", async () => {
    const page = await people.partner.caller.commitment.overview({ municipalitySlug: slug, domainId: gezondheid.id });
    expect(page.commitments.map((c) => c.action.id)).toEqual([touchesGezondheid.id]);
    const offeredOnly = await people.partner.caller.commitment.overview({ municipalitySlug: slug, status: "offered" });
    expect(offeredOnly.commitments.length).toBeGreaterThan(0);
    expect(offeredOnly.commitments.every((c) => c.status === "offered")).toBe(true);
    expect(offeredOnly.commitments.map((c) => c.action.id)).toContain(onderwijsAction.id);
  });

  it("lists the open actions the organisation could still join, by domain", async () => {
    const page = await people.partner.caller.commitment.overview({ municipalitySlug: slug });
    const open = page.openActions.map((a) => a.id);
    expect(open).not.toContain(onderwijsAction.id);
    expect(open).not.toContain(touchesGezondheid.id);
    expect(open).toContain(libraryOnly.id);
    const archived = await newAction({ archived: true });
    const done = await newAction({ status: "done" });
    const veiligheidOnly = await newAction({ domainIndex: 2 });
    const again = (await people.partner.caller.commitment.overview({ municipalitySlug: slug })).openActions.map((a) => a.id);
    expect(again).not.toContain(archived.id);
    expect(again).not.toContain(done.id);
    const inGezondheid = (await people.partner.caller.commitment.overview({ municipalitySlug: slug, domainId: gezondheid.id })).openActions.map((a) => a.id);
    // Its main domain, or one it touches (the programme's first action is in Onderwijs and touches Gezondheid).
    expect(inGezondheid).toContain(libraryOnly.id);
    expect(inGezondheid).toContain(world.action.id);
    expect(inGezondheid).not.toContain(veiligheidOnly.id);
    expect(again).toContain(veiligheidOnly.id);
  });

  it("staff see every organisation's commitments and no list of actions to join", async () => {
    const page = await people.civil.caller.commitment.overview({ municipalitySlug: slug, status: "offered" });
    expect(page.view).toBe("staff");
    expect(page.openActions).toEqual([]);
    const organisations = new Set(page.commitments.map((c) => c.organisation.id));
    expect(organisations).toEqual(new Set([horizon.id, library.id]));
    expect(page.commitments.every((c) => c.status === "offered" && c.operations.includes("accept"))).toBe(true);
    // Without a status, staff get the offers awaiting their decision; partners every status.
    const byDefault = await people.council.caller.commitment.overview({ municipalitySlug: slug });
    expect(byDefault.filters.status).toBe("offered");
    expect(byDefault.commitments.map((c) => c.id).sort()).toEqual(page.commitments.map((c) => c.id).sort());
    const everything = await people.council.caller.commitment.overview({ municipalitySlug: slug, status: "all" });
    expect(everything.filters.status).toBeNull();
    expect(new Set(everything.commitments.map((c) => c.status)).size).toBeGreaterThan(1);
    expect((await people.partner.caller.commitment.overview({ municipalitySlug: slug })).filters.status).toBeNull();
  });

  it("viewers have no such page; other municipalities are not found", async () => {
    expect(await codeOf(people.viewer.caller.commitment.overview({ municipalitySlug: slug }))).toBe("FORBIDDEN");
    expect(await codeOf(people.outsider.caller.commitment.overview({ municipalitySlug: slug }))).toBe("NOT_FOUND");
    expect(await codeOf(people.partner.caller.commitment.overview({ municipalitySlug: otherSlug }))).toBe("NOT_FOUND");
    // A domain of another programme filters to nothing of theirs, and leaks nothing of its own.
    const page = await people.partner.caller.commitment.overview({ municipalitySlug: slug, domainId: elsewhere.domains[0]!.id });
    expect(page.commitments.every((c) => c.organisation.id === horizon.id)).toBe(true);
  });
});

describe("the action block in the text", () => {
  it("counts accepted and fulfilled commitments and names their organisations; offers and refusals do not count", async () => {
    const action = await newAction();
    const tracking = async () => (await people.viewer.caller.action.tracking({ programmeId: world.programme.id })).find((row) => row.id === action.id)!;
    expect(await tracking()).toMatchObject({ committedPartners: 0, committedOrganisations: [] });
    const horizonId = await accepted(action.id);
    const libraryOffer = await offered(action.id, people.otherPartner);
    expect(await tracking()).toMatchObject({ committedPartners: 1, committedOrganisations: ["Brede School De Horizon"] });
    await people.civil.caller.commitment.accept({ commitmentId: libraryOffer.id });
    await people.civil.caller.commitment.fulfil({ commitmentId: horizonId });
    expect(await tracking()).toMatchObject({ committedPartners: 2, committedOrganisations: ["Bibliotheek Lindeveen", "Brede School De Horizon"] });
    await people.otherPartner.caller.commitment.withdraw({ commitmentId: libraryOffer.id });
    expect(await tracking()).toMatchObject({ committedPartners: 1, committedOrganisations: ["Brede School De Horizon"] });
  });
});
