import { readActionBlocks, TEXT_FIELD } from "@koers/editor";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Db } from "../../../../server/db.server.js";
import { connectClient, eventually, sessionCookieFor, startCollabServer, type CollabTestServer, type TestClient } from "../../../support/collab.js";
import { freshDatabase } from "../../../support/database.js";
import { callerFor, createMember, createMunicipality, createOrganisation, createProgramme, type TestCaller } from "../../../support/factories.js";
import { codeOf, refusal } from "../../../support/trpc-errors.js";

/*
 * Signals (agenderen): every member raises, staff and the raiser's organisation see, civil
 * servants and admins triage; a signal turned into an action makes exactly one action, in the
 * same transaction, and that action's block appears in its chapter of the live text.
 */
let db: Db;
let databaseUrl: string;
let municipality: { id: string; slug: string };
let world: Awaited<ReturnType<typeof createProgramme>>;
let otherProgramme: Awaited<ReturnType<typeof createProgramme>>;
type Person = { caller: TestCaller; id: string };
const people = {} as Record<"admin" | "council" | "civil" | "civil2" | "partnerA" | "colleagueA" | "partnerB" | "viewer" | "viewer2" | "stranger", Person>;
let organisationA: string;
let organisationB: string;

async function member(role: "admin" | "council" | "civil_servant" | "partner" | "viewer", organisationId?: string, municipalityId = municipality.id): Promise<Person> {
  const { user } = await createMember(db, municipalityId, role, organisationId);
  return { caller: callerFor(db, user), id: user.id };
}

beforeAll(async () => {
  const database = await freshDatabase();
  db = database.db;
  databaseUrl = database.url;
  municipality = await createMunicipality(db);
  world = await createProgramme(db, municipality.id);
  otherProgramme = await createProgramme(db, municipality.id);
  organisationA = (await createOrganisation(db, municipality.id, "Brede School De Horizon")).id;
  organisationB = (await createOrganisation(db, municipality.id, "Sportvereniging Lindeveen")).id;
  people.admin = await member("admin");
  people.council = await member("council");
  people.civil = await member("civil_servant");
  people.civil2 = await member("civil_servant");
  people.partnerA = await member("partner", organisationA);
  people.colleagueA = await member("partner", organisationA);
  people.partnerB = await member("partner", organisationB);
  people.viewer = await member("viewer");
  people.viewer2 = await member("viewer");
  const elsewhere = await createMunicipality(db);
  people.stranger = await member("admin", undefined, elsewhere.id);
});

const programmeId = () => world.programme.id;
const onderwijs = () => world.domains[0]!.id;
const veiligheid = () => world.domains[2]!.id;
let counter = 0;

async function raise(who: Person, extra: { domainId?: string; linkedActionId?: string; title?: string } = {}) {
  counter += 1;
  const title = extra.title ?? `Wachtlijst logopedie ${counter}`;
  const { id } = await who.caller.signal.raise({
    programmeId: programmeId(),
    title,
    text: "Ouders van groep 3 wachten maanden op logopedie; leerlingen lopen achterstand op.",
    domainId: extra.domainId ?? onderwijs(),
    ...(extra.linkedActionId ? { linkedActionId: extra.linkedActionId } : {}),
  });
  return { id, title };
}

const listIds = async (who: Person, filters: { status?: "new" | "in_review" | "became_action" | "declined"; domainId?: string } = {}) =>
  (await who.caller.signal.list({ programmeId: programmeId(), ...filters })).rows.map((row) => row.id);

const notificationsOf = (userId: string, link: string) =>
  db.notification.findMany({ where: { userId, kind: "signal_status", link }, orderBy: { createdAt: "asc" } });

const signalLink = (signalId: string) => `/g/${municipality.slug}/programma/${programmeId()}/signalen/${signalId}`;

describe("raising a signal", () => {
  it("is open to every role; a partner's signal records their organisation; the history starts with 'new'; it is audited", async () => {
    for (const key of ["admin", "council", "civil", "partnerA", "viewer"] as const) {
      const who = people[key];
      const { id, title } = await raise(who);
      const row = await db.signal.findUniqueOrThrow({ where: { id }, include: { events: true } });
      expect(row).toMatchObject({ programmeId: programmeId(), raisedById: who.id, title, status: "new", domainId: onderwijs(), reason: null, resultActionId: null });
      expect(row.organisationId).toBe(key === "partnerA" ? organisationA : null);
      expect(row.events.map((e) => ({ status: e.status, actorId: e.actorId, reason: e.reason }))).toEqual([{ status: "new", actorId: who.id, reason: null }]);
      const audits = await db.auditEvent.findMany({ where: { entityId: id } });
      expect(audits.map((a) => [a.action, a.actorId, a.municipalityId])).toEqual([["signal.raise", who.id, municipality.id]]);
      // The raiser is the actor: never told of their own signal (those who triage are: signal-raised.test.ts).
      expect(await db.notification.count({ where: { link: signalLink(id), userId: who.id } })).toBe(0);
    }
  });

  it("links an action of the same programme, and refuses a domain or action of another programme, an archived one, and bad fields", async () => {
    const { id } = await raise(people.partnerA, { linkedActionId: world.action.id });
    expect((await db.signal.findUniqueOrThrow({ where: { id } })).linkedActionId).toBe(world.action.id);

    const before = await db.signal.count();
    const base = { programmeId: programmeId(), title: "Te veel zwerfafval", text: "Rond het winkelcentrum." };
    const refused = async (input: Record<string, unknown>) => refusal(people.partnerA.caller.signal.raise({ ...base, domainId: onderwijs(), ...input } as never));

    const foreignDomain = await refused({ domainId: otherProgramme.domains[0]!.id });
    expect([foreignDomain.code, foreignDomain.message]).toEqual(["BAD_REQUEST", "errors.signal.domainUnknown"]);
    const archivedDomain = await db.domain.create({ data: { programmeId: programmeId(), name: "Oud domein", order: 9, archivedAt: new Date() } });
    expect((await refused({ domainId: archivedDomain.id })).message).toBe("errors.signal.domainUnknown");
    expect((await refused({ linkedActionId: otherProgramme.action.id })).message).toBe("errors.signal.actionUnknown");
    const archivedAction = await db.action.create({ data: { programmeId: programmeId(), primaryDomainId: onderwijs(), title: "Weg", archivedAt: new Date() } });
    expect((await refused({ linkedActionId: archivedAction.id })).message).toBe("errors.signal.actionUnknown");
    const fields = (await refused({ title: "ab", text: "   " })).cause as unknown as { issues: { path: string[]; message: string }[] };
    expect(fields.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["title", "errors.signal.titleTooShort"],
      ["text", "errors.signal.textRequired"],
    ]);
    expect((await refused({ title: "x".repeat(201) })).code).toBe("BAD_REQUEST");
    expect((await refused({ text: "x".repeat(5001) })).code).toBe("BAD_REQUEST");
    expect(await db.signal.count()).toBe(before);
  });

  it("is NOT_FOUND for a member of another municipality", async () => {
    expect(await codeOf(people.stranger.caller.signal.raise({ programmeId: programmeId(), title: "Van elders", text: "Niet van hier.", domainId: onderwijs() }))).toBe("NOT_FOUND");
  });
});

describe("who sees which signal", () => {
  let ofA: string;
  let ofColleagueA: string;
  let ofB: string;
  let ofViewer: string;
  let ofViewer2: string;
  let ofCivil: string;

  beforeAll(async () => {
    ofA = (await raise(people.partnerA)).id;
    ofColleagueA = (await raise(people.colleagueA)).id;
    ofB = (await raise(people.partnerB)).id;
    ofViewer = (await raise(people.viewer)).id;
    ofViewer2 = (await raise(people.viewer2)).id;
    ofCivil = (await raise(people.civil)).id;
  });

  const all = () => [ofA, ofColleagueA, ofB, ofViewer, ofViewer2, ofCivil];

  it("shows staff every signal of the programme", async () => {
    for (const key of ["admin", "council", "civil", "civil2"] as const) {
      expect(await listIds(people[key])).toEqual(expect.arrayContaining(all()));
      for (const id of all()) expect((await people[key].caller.signal.get({ signalId: id })).id).toBe(id);
    }
  });

  it("shows a partner the signals of their own organisation, not another organisation's nor a viewer's", async () => {
    const seen = await listIds(people.colleagueA);
    expect(seen).toEqual(expect.arrayContaining([ofA, ofColleagueA]));
    for (const id of [ofB, ofViewer, ofViewer2, ofCivil]) {
      expect(seen).not.toContain(id);
      expect(await codeOf(people.colleagueA.caller.signal.get({ signalId: id }))).toBe("NOT_FOUND");
    }
    const detail = await people.colleagueA.caller.signal.get({ signalId: ofA });
    expect(detail.organisation).toEqual({ id: organisationA, name: "Brede School De Horizon" });
    expect(await listIds(people.partnerB)).not.toContain(ofA);
    expect(await codeOf(people.partnerB.caller.signal.get({ signalId: ofA }))).toBe("NOT_FOUND");
  });

  it("shows a viewer only their own", async () => {
    expect(await listIds(people.viewer)).toContain(ofViewer);
    for (const id of [ofA, ofB, ofViewer2, ofCivil]) {
      expect(await listIds(people.viewer)).not.toContain(id);
      expect(await codeOf(people.viewer.caller.signal.get({ signalId: id }))).toBe("NOT_FOUND");
    }
    expect((await listIds(people.viewer)).every((id) => id !== ofViewer2)).toBe(true);
  });

  it("keeps showing the raiser their signal after their role changed", async () => {
    const { user } = await createMember(db, municipality.id, "partner", organisationB);
    const raiser = { caller: callerFor(db, user), id: user.id };
    const { id } = await raise(raiser);
    await db.membership.update({ where: { userId_municipalityId: { userId: user.id, municipalityId: municipality.id } }, data: { role: "viewer", organisationId: null } });
    expect(await listIds(raiser)).toContain(id);
    expect((await raiser.caller.signal.get({ signalId: id })).history).toHaveLength(1);
  });

  it("is NOT_FOUND in another municipality, for the list and for one signal", async () => {
    expect(await codeOf(people.stranger.caller.signal.list({ programmeId: programmeId() }))).toBe("NOT_FOUND");
    expect(await codeOf(people.stranger.caller.signal.get({ signalId: ofA }))).toBe("NOT_FOUND");
    expect(await codeOf(people.stranger.caller.signal.startReview({ signalId: ofA }))).toBe("NOT_FOUND");
    expect(await codeOf(people.civil.caller.signal.get({ signalId: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
  });

  it("filters by status and by domain, and gives the form's domains and live actions", async () => {
    const safety = (await raise(people.partnerA, { domainId: veiligheid() })).id;
    await people.civil.caller.signal.startReview({ signalId: safety });
    expect(await listIds(people.partnerA, { domainId: veiligheid() })).toEqual([safety]);
    expect(await listIds(people.partnerA, { status: "in_review", domainId: veiligheid() })).toEqual([safety]);
    expect(await listIds(people.partnerA, { status: "new", domainId: veiligheid() })).toEqual([]);
    const list = await people.partnerA.caller.signal.list({ programmeId: programmeId() });
    expect(list.domains.map((d) => d.id)).toEqual(world.domains.map((d) => d.id));
    expect(list.actions.map((a) => a.id)).toContain(world.action.id);
    expect(list.actions.every((a) => a.domainId !== undefined)).toBe(true);
    expect(list.canTriage).toBe(false);
    expect((await people.civil.caller.signal.list({ programmeId: programmeId() })).canTriage).toBe(true);
    const row = list.rows.find((r) => r.id === safety)!;
    expect(row).toMatchObject({ status: "in_review", domain: { id: veiligheid() }, raisedBy: { id: people.partnerA.id }, organisation: { id: organisationA } });
    expect(await codeOf(people.partnerA.caller.signal.list({ programmeId: programmeId(), status: "open" as never }))).toBe("BAD_REQUEST");
  });
});

describe("triage", () => {
  it("is for civil servants and admins only: council, partner and viewer are FORBIDDEN (when they can see it)", async () => {
    const { id } = await raise(people.partnerA);
    const ofViewer = (await raise(people.viewer)).id;
    for (const [who, signalId] of [[people.council, id], [people.partnerA, id], [people.colleagueA, id], [people.viewer, ofViewer]] as const) {
      expect(await codeOf(who.caller.signal.startReview({ signalId }))).toBe("FORBIDDEN");
      expect(await codeOf(who.caller.signal.decline({ signalId, reason: "Nee." }))).toBe("FORBIDDEN");
      expect(await codeOf(who.caller.signal.convert({ signalId, title: "Actie", primaryDomainId: onderwijs() }))).toBe("FORBIDDEN");
    }
    // One they cannot even see stays hidden.
    expect(await codeOf(people.partnerB.caller.signal.startReview({ signalId: id }))).toBe("NOT_FOUND");
    expect((await db.signal.findUniqueOrThrow({ where: { id } })).status).toBe("new");
    await people.admin.caller.signal.startReview({ signalId: id });
    expect((await db.signal.findUniqueOrThrow({ where: { id } })).status).toBe("in_review");
  });

  it("counts what waits for triage (new and in review) for those who triage, and nothing for the others", async () => {
    const count = async (who: Person) => (await who.caller.signal.toTriage({ programmeId: programmeId() })).count;
    const before = await count(people.civil);
    const first = await raise(people.partnerA);
    const second = await raise(people.viewer);
    expect(await count(people.civil)).toBe(before + 2);
    expect(await count(people.admin)).toBe(before + 2);
    // In review still waits; declined or turned into an action no longer does.
    await people.civil.caller.signal.startReview({ signalId: first.id });
    expect(await count(people.civil)).toBe(before + 2);
    await people.civil.caller.signal.decline({ signalId: first.id, reason: "Valt buiten het programma." });
    await people.civil.caller.signal.convert({ signalId: second.id, title: `Actie uit signaal ${counter}`, primaryDomainId: onderwijs() });
    expect(await count(people.civil)).toBe(before);
    // Not their task: the count says nothing (and reveals nothing) to council, partners, viewers.
    await raise(people.partnerB);
    for (const who of [people.council, people.partnerA, people.partnerB, people.viewer]) expect(await count(who)).toBe(0);
    expect(await count(people.civil)).toBe(before + 1);
    expect(await codeOf(people.stranger.caller.signal.toTriage({ programmeId: programmeId() }))).toBe("NOT_FOUND");
  });

  it("takes a signal in review: history, audit, and the raiser notified with the right params and link", async () => {
    const { id, title } = await raise(people.partnerA);
    await people.civil.caller.signal.startReview({ signalId: id });
    const detail = await people.partnerA.caller.signal.get({ signalId: id });
    expect(detail.status).toBe("in_review");
    expect(detail.history.map((h) => [h.status, h.actor?.id, h.reason])).toEqual([
      ["new", people.partnerA.id, null],
      ["in_review", people.civil.id, null],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "signal.in_review" } });
    expect([audit.actorId, audit.before, audit.after]).toEqual([people.civil.id, { status: "new" }, { status: "in_review" }]);
    const notes = await notificationsOf(people.partnerA.id, signalLink(id));
    expect(notes.map((n) => n.params)).toEqual([{ signal: title, status: "in_review" }]);
    // Only the raiser hears of it (not their colleague, not the triager).
    expect(await db.notification.count({ where: { kind: "signal_status", link: signalLink(id), userId: { not: people.partnerA.id } } })).toBe(0);
    // In review twice is not a step.
    expect((await refusal(people.civil.caller.signal.startReview({ signalId: id }))).message).toBe("errors.signal.transitionNotAllowed");
  });

  it("refuses to decline without a reason, and declines with one: stored, in the history, notified", async () => {
    const { id, title } = await raise(people.viewer);
    const empty = await refusal(people.civil.caller.signal.decline({ signalId: id, reason: "" }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect((empty.cause as unknown as { issues: { message: string }[] }).issues[0]?.message).toBe("errors.signal.reasonRequired");
    expect((await refusal(people.civil.caller.signal.decline({ signalId: id, reason: "   " }))).code).toBe("BAD_REQUEST");
    expect((await refusal(people.civil.caller.signal.decline({ signalId: id, reason: "x".repeat(1001) }))).code).toBe("BAD_REQUEST");
    expect(await codeOf(people.civil.caller.signal.decline({ signalId: id } as never))).toBe("BAD_REQUEST");
    expect((await db.signal.findUniqueOrThrow({ where: { id } })).status).toBe("new");

    const reason = "Dit loopt al via het jongerenwerk in de wijk; we nemen het daar mee.";
    await people.civil.caller.signal.decline({ signalId: id, reason: `  ${reason} ` });
    const detail = await people.viewer.caller.signal.get({ signalId: id });
    expect(detail).toMatchObject({ status: "declined", reason });
    expect(detail.history.at(-1)).toMatchObject({ status: "declined", reason, actor: { id: people.civil.id } });
    expect((await notificationsOf(people.viewer.id, signalLink(id))).map((n) => n.params)).toEqual([{ signal: title, status: "declined" }]);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "signal.declined" } })).toBe(1);
  });

  it("refuses every further step once a signal is decided", async () => {
    const declined = (await raise(people.partnerA)).id;
    await people.civil.caller.signal.decline({ signalId: declined, reason: "Buiten de reikwijdte van het programma." });
    const converted = (await raise(people.partnerA)).id;
    await people.civil.caller.signal.convert({ signalId: converted, title: "Logopedie op school", primaryDomainId: onderwijs() });
    const actions = await db.action.count();
    for (const signalId of [declined, converted]) {
      const steps = [
        people.civil.caller.signal.startReview({ signalId }),
        people.civil.caller.signal.decline({ signalId, reason: "Toch niet." }),
        people.admin.caller.signal.convert({ signalId, title: "Nog een actie", primaryDomainId: onderwijs() }),
      ];
      for (const step of steps) expect((await refusal(step)).message).toBe("errors.signal.alreadyDecided");
    }
    expect(await db.action.count()).toBe(actions);
    expect((await db.signal.findUniqueOrThrow({ where: { id: declined } })).status).toBe("declined");
    expect(await db.signalEvent.count({ where: { signalId: { in: [declined, converted] } } })).toBe(4);
  });

  it("does not notify a raiser of their own step", async () => {
    const { id } = await raise(people.civil);
    await people.civil.caller.signal.startReview({ signalId: id });
    expect(await db.notification.count({ where: { kind: "signal_status", link: signalLink(id) } })).toBe(0);
    await people.civil2.caller.signal.decline({ signalId: id, reason: "Dubbel met een ander signaal." });
    expect((await notificationsOf(people.civil.id, signalLink(id))).map((n) => n.params)).toEqual([{ signal: expect.any(String), status: "declined" }]);
  });
});

describe("turning a signal into an action", () => {
  it("creates exactly one action in the chosen domain, linked both ways, audited, and tells the raiser", async () => {
    const { id, title } = await raise(people.partnerA, { linkedActionId: world.action.id });
    await people.civil.caller.signal.startReview({ signalId: id });
    const before = await db.action.count({ where: { programmeId: programmeId() } });
    const result = await people.civil.caller.signal.convert({
      signalId: id,
      title: "Logopedist een dag per week op school",
      primaryDomainId: veiligheid(),
      description: "Samen met de Brede School De Horizon.",
    });
    expect(await db.action.count({ where: { programmeId: programmeId() } })).toBe(before + 1);
    const action = await db.action.findUniqueOrThrow({ where: { id: result.actionId }, include: { signalsBecame: true } });
    expect(action).toMatchObject({ programmeId: programmeId(), primaryDomainId: veiligheid(), title: "Logopedist een dag per week op school", description: "Samen met de Brede School De Horizon.", status: "proposed", archivedAt: null });
    expect(action.signalsBecame.map((s) => s.id)).toEqual([id]);
    const signal = await db.signal.findUniqueOrThrow({ where: { id } });
    expect(signal).toMatchObject({ status: "became_action", resultActionId: action.id, linkedActionId: world.action.id });

    const detail = await people.colleagueA.caller.signal.get({ signalId: id });
    expect(detail.resultAction).toEqual({ id: action.id, title: action.title, archived: false });
    expect(detail.linkedAction).toMatchObject({ id: world.action.id });
    expect(detail.history.map((h) => h.status)).toEqual(["new", "in_review", "became_action"]);
    // The action's page names the signal it came from — to those who may see that signal only.
    for (const who of [people.civil, people.council, people.partnerA, people.colleagueA]) {
      expect((await who.caller.action.get({ actionId: action.id })).fromSignals).toEqual([{ id, title }]);
    }
    for (const who of [people.partnerB, people.viewer]) {
      expect((await who.caller.action.get({ actionId: action.id })).fromSignals).toEqual([]);
    }

    const created = await db.auditEvent.findMany({ where: { entityId: action.id } });
    expect(created.map((a) => [a.action, a.actorId])).toEqual([["action.create", people.civil.id]]);
    const step = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "signal.became_action" } });
    expect(step.after).toEqual({ status: "became_action", resultActionId: action.id });
    expect((await notificationsOf(people.partnerA.id, signalLink(id))).map((n) => n.params)).toEqual([
      { signal: title, status: "in_review" },
      { signal: title, status: "became_action" },
    ]);
  });

  it("refuses a domain of another programme and writes nothing", async () => {
    const { id } = await raise(people.partnerA);
    const actions = await db.action.count();
    const refused = await refusal(people.civil.caller.signal.convert({ signalId: id, title: "Elders", primaryDomainId: otherProgramme.domains[0]!.id }));
    expect([refused.code, refused.message]).toEqual(["BAD_REQUEST", "errors.action.domainUnknown"]);
    expect(await db.action.count()).toBe(actions);
    expect(await db.signal.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "new", resultActionId: null });
    expect(await db.signalEvent.count({ where: { signalId: id } })).toBe(1);
    expect(await db.notification.count({ where: { kind: "signal_status", link: signalLink(id) } })).toBe(0);
    expect((await refusal(people.civil.caller.signal.convert({ signalId: id, title: " ", primaryDomainId: onderwijs() }))).code).toBe("BAD_REQUEST");
  });

  it("makes one action when two civil servants convert the same signal at once", async () => {
    const { id } = await raise(people.partnerB);
    const before = await db.action.count();
    const results = await Promise.allSettled([
      people.civil.caller.signal.convert({ signalId: id, title: "Eerste", primaryDomainId: onderwijs() }),
      people.civil2.caller.signal.convert({ signalId: id, title: "Tweede", primaryDomainId: onderwijs() }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.action.count()).toBe(before + 1);
    expect(await db.signalEvent.count({ where: { signalId: id, status: "became_action" } })).toBe(1);
    expect(await db.notification.count({ where: { kind: "signal_status", link: signalLink(id) } })).toBe(1);
  });
});

describe("the action block in the programme text", () => {
  let server: CollabTestServer;
  let reader: TestClient;

  beforeAll(async () => {
    server = await startCollabServer(db, databaseUrl);
    reader = connectClient({ server, cookie: await sessionCookieFor(db, people.partnerA.id), programmeId: programmeId() });
    await reader.synced();
  });

  afterAll(async () => {
    reader.destroy();
    await server.close();
  });

  const chapterOf = (doc: Y.Doc, domainId: string) =>
    doc.getXmlFragment(TEXT_FIELD).toArray().find((node) => node instanceof Y.XmlElement && node.nodeName === "chapter" && node.getAttribute("domainId") === domainId) as Y.XmlElement | undefined;

  it("appears at the end of the chosen domain's chapter once the signal is converted", async () => {
    const { id } = await raise(people.partnerA);
    const civil = callerFor(db, (await db.user.findUniqueOrThrow({ where: { id: people.civil.id } })), { text: server.collab.textEvents });
    const { actionId } = await civil.signal.convert({ signalId: id, title: "Schoolpleinen open na schooltijd", primaryDomainId: veiligheid(), description: "Met toezicht door buurtvaders." });
    await eventually(() => {
      const block = readActionBlocks(reader.doc).find((b) => b.actionId === actionId);
      expect(block).toMatchObject({ domainId: veiligheid(), title: "Schoolpleinen open na schooltijd", description: "Met toezicht door buurtvaders." });
      const chapter = chapterOf(reader.doc, veiligheid())!;
      const last = chapter.toArray().filter((n) => n instanceof Y.XmlElement && n.nodeName === "actionBlock").at(-1) as Y.XmlElement;
      expect(last.getAttribute("actionId")).toBe(actionId);
    });
    await server.collab.projectionsIdle();
    expect((await db.action.findUniqueOrThrow({ where: { id: actionId } })).textBlockKey).toBe(readActionBlocks(reader.doc).find((b) => b.actionId === actionId)!.blockKey);
  });
});
