import { pino } from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@koers/domain";
import type { Db } from "../../../../server/db.server.js";
import { runDigestJob } from "../../../../server/jobs/digest.js";
import { freshDatabase } from "../../../support/database.js";
import { createMunicipality, createOrganisation, createPerson, createProgramme, type TestPerson } from "../../../support/factories.js";
import { codeOf } from "../../../support/trpc-errors.js";

/*
 * What a commitment does after it was accepted reaches the people involved: a progress report
 * tells the action's owner and whoever accepted the commitment; a fulfilment tells the
 * organisation's partners (as the decisions do) and the member who offered it. Both in the
 * change's transaction, never to the one who acted, nothing when the change is refused.
 */
let db: Db;
let municipality: { id: string; slug: string };
let world: Awaited<ReturnType<typeof createProgramme>>;
type Person = TestPerson;
type Key = "owner" | "civil" | "civil2" | "daily" | "council" | "partner" | "colleague" | "otherPartner" | "viewer" | "strangerCivil" | "strangerPartner";
const people = {} as Record<Key, Person>;
const PUBLIC_URL = "http://koers.test"; // what callerFor gives as the context's publicUrl
const HORIZON = "Brede School De Horizon";
let horizon: string;
let library: string;

const member = (role: Role, organisationId?: string, municipalityId = municipality.id) => createPerson(db, municipalityId, role, organisationId);

beforeAll(async () => {
  ({ db } = await freshDatabase());
  municipality = await createMunicipality(db);
  world = await createProgramme(db, municipality.id);
  horizon = (await createOrganisation(db, municipality.id, HORIZON)).id;
  library = (await createOrganisation(db, municipality.id, "Bibliotheek Lindeveen")).id;
  people.owner = await member("council");
  people.civil = await member("civil_servant");
  people.civil2 = await member("civil_servant");
  people.daily = await member("civil_servant");
  await people.daily.caller.notification.setPreferences({ mode: "daily" });
  people.council = await member("council");
  people.partner = await member("partner", horizon);
  people.colleague = await member("partner", horizon);
  people.otherPartner = await member("partner", library);
  people.viewer = await member("viewer");
  const elsewhere = await createMunicipality(db);
  people.strangerCivil = await member("civil_servant", undefined, elsewhere.id);
  // A partner of a school with the same name in another municipality.
  people.strangerPartner = await member("partner", (await createOrganisation(db, elsewhere.id, HORIZON)).id, elsewhere.id);
});

let counter = 0;

/** A fresh action, optionally owned, with Horizon's commitment on it offered by `by` and accepted by `acceptedBy`. */
async function acceptedCommitment(options: { ownerId?: string | null; by?: Person; acceptedBy?: Person | null } = {}) {
  counter += 1;
  const action = await db.action.create({
    data: {
      programmeId: world.programme.id,
      primaryDomainId: world.domains[0]!.id,
      title: `Ouderavonden over schermgebruik ${counter}`,
      ownerId: options.ownerId === undefined ? people.owner.id : options.ownerId,
      status: "planned",
    },
  });
  const { id } = await (options.by ?? people.partner).caller.commitment.offer({ actionId: action.id, contribution: "Twee leerkrachten organiseren een ouderavond per kwartaal." });
  if (options.acceptedBy !== null) await (options.acceptedBy ?? people.civil).caller.commitment.accept({ commitmentId: id });
  return { id, action, link: `/g/${municipality.slug}/acties/${action.id}#toezegging-${id}` };
}

const report = (who: Person, commitmentId: string, date = "2026-03-01") =>
  who.caller.commitment.report({ commitmentId, date, text: "De eerste ouderavond is geweest: 45 ouders, veel vragen over schermgebruik." });

const notesOf = (kind: "commitment_reported" | "commitment_fulfilled", link: string) => db.notification.findMany({ where: { kind, link }, orderBy: { userId: "asc" } });
const sorted = (ids: string[]) => [...ids].sort();
const everyoneBut = (keys: Key[]) => (Object.keys(people) as Key[]).filter((key) => !keys.includes(key));

describe("progress reported on an accepted commitment", () => {
  it("tells the action's owner and the member who accepted it — organisation, action, a link to the card — and nobody else", async () => {
    const { id, action, link } = await acceptedCommitment();
    await report(people.partner, id);
    const notes = await notesOf("commitment_reported", link);
    expect(notes.map((n) => n.userId)).toEqual(sorted([people.owner.id, people.civil.id]));
    for (const note of notes) {
      expect(note).toMatchObject({ municipalityId: municipality.id, params: { organisation: HORIZON, action: action.title }, readAt: null });
    }
    // Not the reporter, their colleague, another organisation's partner, other staff, a viewer, another municipality.
    for (const key of everyoneBut(["owner", "civil"])) {
      expect(await db.notification.count({ where: { userId: people[key].id, kind: "commitment_reported" } }), key).toBe(0);
    }

    // The owner's inbox lists it first; opening it leads to the commitment's card.
    const inbox = await people.owner.caller.notification.list({ municipalitySlug: municipality.slug });
    expect(inbox.items[0]).toMatchObject({ kind: "commitment_reported", link, read: false });
    expect(await people.owner.caller.notification.open({ notificationId: inbox.items[0]!.id })).toEqual({ link });

    // Each report is news: a second one, by the colleague, tells both again.
    await report(people.colleague, id, "2026-04-01");
    expect((await notesOf("commitment_reported", link)).map((n) => n.userId)).toEqual(sorted([people.owner.id, people.owner.id, people.civil.id, people.civil.id]));
  });

  it("mails those who want mail at once, in their language, and puts it in the daily digest of those who want one overview", async () => {
    await db.user.update({ where: { id: people.owner.id }, data: { locale: "en" } });
    const { id, action, link } = await acceptedCommitment({ acceptedBy: people.daily });
    await report(people.partner, id);
    // Found by its subject (the offer and the acceptance mailed others before).
    const english = await db.outboxMail.findFirst({ where: { to: people.owner.email, subject: `Koers: Progress on a commitment: “${action.title}”` } });
    expect(english!.text).toContain(`${HORIZON} reported progress on its commitment to “${action.title}”.`);
    expect(english!.text).toContain(`${PUBLIC_URL}${link}`);
    await db.user.update({ where: { id: people.owner.id }, data: { locale: "nl" } });

    expect(await db.outboxMail.count({ where: { to: people.daily.email } })).toBe(0);
    await runDigestJob({ db, publicUrl: PUBLIC_URL, log: pino({ level: "silent" }) }, new Date(Date.now() + 1000));
    const digests = await db.outboxMail.findMany({ where: { to: people.daily.email } });
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain(`- ${HORIZON} meldde voortgang op de toezegging voor „${action.title}”.\n  ${PUBLIC_URL}${link}`);
  });

  it("an owner who accepted it hears once; without an owner, the one who accepted it; members who left hear nothing", async () => {
    const both = await acceptedCommitment({ ownerId: people.civil.id });
    await report(people.partner, both.id);
    expect((await notesOf("commitment_reported", both.link)).map((n) => n.userId)).toEqual([people.civil.id]);

    const ownerless = await acceptedCommitment({ ownerId: null });
    await report(people.partner, ownerless.id);
    expect((await notesOf("commitment_reported", ownerless.link)).map((n) => n.userId)).toEqual([people.civil.id]);

    const leaving = await member("civil_servant");
    const gone = await acceptedCommitment({ ownerId: leaving.id, acceptedBy: leaving });
    await db.membership.delete({ where: { userId_municipalityId: { userId: leaving.id, municipalityId: municipality.id } } });
    await report(people.partner, gone.id);
    expect(await notesOf("commitment_reported", gone.link)).toEqual([]);
  });

  it("tells nobody when the report is refused", async () => {
    const before = await db.notification.count({ where: { kind: "commitment_reported" } });
    const offered = await acceptedCommitment({ acceptedBy: null });
    expect(await codeOf(report(people.partner, offered.id))).toBe("BAD_REQUEST");
    const { id } = await acceptedCommitment();
    expect(await codeOf(report(people.partner, id, "2999-01-01"))).toBe("BAD_REQUEST");
    expect(await codeOf(report(people.otherPartner, id))).toBe("FORBIDDEN");
    expect(await codeOf(report(people.civil, id))).toBe("FORBIDDEN");
    expect(await codeOf(report(people.strangerPartner, id))).toBe("NOT_FOUND");
    await people.partner.caller.commitment.withdraw({ commitmentId: id });
    expect(await codeOf(report(people.colleague, id))).toBe("BAD_REQUEST");
    expect(await db.notification.count({ where: { kind: "commitment_reported" } })).toBe(before);
  });
});

describe("a commitment marked fulfilled", () => {
  it("tells the member who offered it and every partner of the organisation — with a link to the card — not the actor, nobody else", async () => {
    const { id, action, link } = await acceptedCommitment();
    await people.council.caller.commitment.fulfil({ commitmentId: id });
    const notes = await notesOf("commitment_fulfilled", link);
    expect(notes.map((n) => n.userId)).toEqual(sorted([people.partner.id, people.colleague.id]));
    expect(notes[0]).toMatchObject({ municipalityId: municipality.id, params: { organisation: HORIZON, action: action.title } });
    for (const key of everyoneBut(["partner", "colleague"])) {
      expect(await db.notification.count({ where: { userId: people[key].id, kind: "commitment_fulfilled" } }), key).toBe(0);
    }
    const mail = await db.outboxMail.findFirst({ where: { to: people.partner.email, subject: `Koers: Toezegging nagekomen: „${action.title}”` } });
    expect(mail!.text).toContain(`De toezegging van ${HORIZON} voor „${action.title}” is nagekomen.`);
    expect(mail!.text).toContain(`${PUBLIC_URL}${link}`);
  });

  it("the member who offered it hears of it after moving to another organisation; never when they mark it themselves", async () => {
    const mover = await member("partner", horizon);
    const moved = await acceptedCommitment({ by: mover });
    await db.membership.update({ where: { userId_municipalityId: { userId: mover.id, municipalityId: municipality.id } }, data: { organisationId: library } });
    await people.civil.caller.commitment.fulfil({ commitmentId: moved.id });
    expect((await notesOf("commitment_fulfilled", moved.link)).map((n) => n.userId)).toEqual(sorted([mover.id, people.partner.id, people.colleague.id]));

    // The offerer became a civil servant and marks their own old offer fulfilled.
    const turned = await member("partner", horizon);
    const own = await acceptedCommitment({ by: turned });
    await db.membership.update({ where: { userId_municipalityId: { userId: turned.id, municipalityId: municipality.id } }, data: { role: "civil_servant", organisationId: null } });
    await turned.caller.commitment.fulfil({ commitmentId: own.id });
    expect((await notesOf("commitment_fulfilled", own.link)).map((n) => n.userId)).toEqual(sorted([people.partner.id, people.colleague.id]));
  });

  it("tells nobody when the fulfilment is refused", async () => {
    const before = await db.notification.count({ where: { kind: "commitment_fulfilled" } });
    const offered = await acceptedCommitment({ acceptedBy: null });
    expect(await codeOf(people.civil.caller.commitment.fulfil({ commitmentId: offered.id }))).toBe("BAD_REQUEST");
    const { id } = await acceptedCommitment();
    expect(await codeOf(people.partner.caller.commitment.fulfil({ commitmentId: id }))).toBe("FORBIDDEN");
    expect(await codeOf(people.viewer.caller.commitment.fulfil({ commitmentId: id }))).toBe("FORBIDDEN");
    expect(await codeOf(people.strangerCivil.caller.commitment.fulfil({ commitmentId: id }))).toBe("NOT_FOUND");
    expect(await db.notification.count({ where: { kind: "commitment_fulfilled" } })).toBe(before);
    await people.civil.caller.commitment.fulfil({ commitmentId: id });
    const after = await db.notification.count({ where: { kind: "commitment_fulfilled" } });
    expect(await codeOf(people.council.caller.commitment.fulfil({ commitmentId: id }))).toBe("BAD_REQUEST");
    expect(await db.notification.count({ where: { kind: "commitment_fulfilled" } })).toBe(after);
  });
});
