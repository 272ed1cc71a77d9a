import { pino } from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@koers/domain";
import type { Db } from "../../../../server/db.server.js";
import { runDigestJob } from "../../../../server/jobs/digest.js";
import { freshDatabase } from "../../../support/database.js";
import { createMunicipality, createOrganisation, createPerson, createProgramme, type TestPerson } from "../../../support/factories.js";
import { codeOf } from "../../../support/trpc-errors.js";

/*
 * A new signal is news for those who triage (signal.triage: civil servants and admins): each of
 * them in the municipality hears of it once, in the raise's transaction, by their own mail
 * preference; the raiser, the other roles and other municipalities do not.
 */
let db: Db;
let municipality: { id: string; slug: string };
let world: Awaited<ReturnType<typeof createProgramme>>;
type Person = TestPerson;
type Key = "admin" | "civil" | "daily" | "council" | "partner" | "colleague" | "otherPartner" | "viewer" | "strangerAdmin" | "strangerCivil" | "twoPlaces";
const people = {} as Record<Key, Person>;
const PUBLIC_URL = "http://koers.test"; // what callerFor gives as the context's publicUrl
const HORIZON = "Brede School De Horizon";

const member = (role: Role, organisationId?: string, municipalityId = municipality.id) => createPerson(db, municipalityId, role, organisationId);

beforeAll(async () => {
  ({ db } = await freshDatabase());
  municipality = await createMunicipality(db);
  world = await createProgramme(db, municipality.id);
  const horizon = (await createOrganisation(db, municipality.id, HORIZON)).id;
  const sport = (await createOrganisation(db, municipality.id, "Sportvereniging Lindeveen")).id;
  people.admin = await member("admin");
  people.civil = await member("civil_servant");
  people.daily = await member("civil_servant");
  await people.daily.caller.notification.setPreferences({ mode: "daily" });
  people.council = await member("council");
  people.partner = await member("partner", horizon);
  people.colleague = await member("partner", horizon);
  people.otherPartner = await member("partner", sport);
  people.viewer = await member("viewer");
  const elsewhere = await createMunicipality(db);
  people.strangerAdmin = await member("admin", undefined, elsewhere.id);
  people.strangerCivil = await member("civil_servant", undefined, elsewhere.id);
  // A civil servant elsewhere who only reads along here: here they do not triage.
  people.twoPlaces = await member("civil_servant", undefined, elsewhere.id);
  await db.membership.create({ data: { userId: people.twoPlaces.id, municipalityId: municipality.id, role: "viewer" } });
});

const veiligheid = () => world.domains[2]!;
let counter = 0;

async function raise(who: Person, domainId = veiligheid().id) {
  counter += 1;
  const title = `Onveilige oversteek bij de school ${counter}`;
  const { id } = await who.caller.signal.raise({
    programmeId: world.programme.id,
    title,
    text: "Kinderen steken na schooltijd over tussen geparkeerde auto's door.",
    domainId,
  });
  return { id, title, link: `/g/${municipality.slug}/programma/${world.programme.id}/signalen/${id}` };
}

const raisedNotes = (link: string) => db.notification.findMany({ where: { kind: "signal_raised", link }, orderBy: { userId: "asc" } });
const sorted = (ids: string[]) => [...ids].sort();

describe("a signal raised", () => {
  it("tells every civil servant and admin of the municipality once — title, raiser, organisation, domain, link — and nobody else", async () => {
    const { id, title, link } = await raise(people.partner);
    const notes = await raisedNotes(link);
    expect(notes.map((n) => n.userId)).toEqual(sorted([people.admin.id, people.civil.id, people.daily.id]));
    for (const note of notes) {
      expect(note).toMatchObject({
        municipalityId: municipality.id,
        params: { signal: title, actor: people.partner.name, organisation: HORIZON, domain: "Veiligheid" },
        readAt: null,
      });
    }
    // Not the raiser, nor their colleague, another partner, the council, a viewer, another municipality.
    expect(await db.notification.count({ where: { link, userId: { notIn: notes.map((n) => n.userId) } } })).toBe(0);
    for (const key of ["partner", "colleague", "otherPartner", "council", "viewer", "strangerAdmin", "strangerCivil", "twoPlaces"] as const) {
      expect(await db.notification.count({ where: { userId: people[key].id, kind: "signal_raised" } }), key).toBe(0);
    }

    // The civil servant's inbox lists it first, and opening it leads to the signal, which they may triage.
    const inbox = await people.civil.caller.notification.list({ municipalitySlug: municipality.slug });
    expect(inbox.items[0]).toMatchObject({ kind: "signal_raised", link, read: false });
    expect(await people.civil.caller.notification.open({ notificationId: inbox.items[0]!.id })).toEqual({ link });
    expect((await people.civil.caller.signal.get({ signalId: id })).id).toBe(id);
  });

  it("mails those who want mail at once, in their language; the daily ones wait for the digest", async () => {
    await db.user.update({ where: { id: people.admin.id }, data: { locale: "en" } });
    const { title, link } = await raise(people.partner);
    const [mail] = await db.outboxMail.findMany({ where: { to: people.civil.email, subject: { contains: title } } });
    expect(mail!.subject).toBe(`Koers: Nieuw signaal: „${title}”`);
    expect(mail!.text).toContain(`${people.partner.name} (${HORIZON}) bracht een signaal in over Veiligheid: „${title}”.`);
    expect(mail!.text).toContain(`${PUBLIC_URL}${link}`);
    const [english] = await db.outboxMail.findMany({ where: { to: people.admin.email, subject: { contains: title } } });
    expect(english!.subject).toBe(`Koers: New signal: “${title}”`);
    expect(english!.text).toContain(`${people.partner.name} (${HORIZON}) raised a signal about Veiligheid: “${title}”.`);
    expect(await db.outboxMail.count({ where: { to: people.daily.email } })).toBe(0);
    expect((await db.notification.findFirstOrThrow({ where: { userId: people.daily.id, link } })).mailedAt).toBeNull();
  });

  it("puts it in the daily digest of a civil servant who wants one overview", async () => {
    const { title, link } = await raise(people.partner);
    await runDigestJob({ db, publicUrl: PUBLIC_URL, log: pino({ level: "silent" }) }, new Date(Date.now() + 1000));
    const mails = await db.outboxMail.findMany({ where: { to: people.daily.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`- ${people.partner.name} (${HORIZON}) bracht een signaal in over Veiligheid: „${title}”.\n  ${PUBLIC_URL}${link}`);
    expect(await db.notification.count({ where: { userId: people.daily.id, mailedAt: null } })).toBe(0);
  });

  it("does not tell a civil servant of their own signal; the others hear of it by name alone", async () => {
    const { title, link } = await raise(people.civil);
    const notes = await raisedNotes(link);
    expect(notes.map((n) => n.userId)).toEqual(sorted([people.admin.id, people.daily.id]));
    expect(notes[0]!.params).toEqual({ signal: title, actor: people.civil.name, domain: "Veiligheid" });
    // A council member or viewer who raises one: both triagers and the other civil servant hear of it.
    const byViewer = await raise(people.viewer);
    expect((await raisedNotes(byViewer.link)).map((n) => n.userId)).toEqual(sorted([people.admin.id, people.civil.id, people.daily.id]));
  });

  it("tells nobody when the signal is refused (nothing is raised)", async () => {
    const before = await db.notification.count({ where: { kind: "signal_raised" } });
    const other = await createProgramme(db, municipality.id);
    expect(await codeOf(raise(people.partner, other.domains[0]!.id))).toBe("BAD_REQUEST");
    expect(await codeOf(people.strangerAdmin.caller.signal.raise({ programmeId: world.programme.id, title: "Van elders", text: "Niet van hier.", domainId: veiligheid().id }))).toBe("NOT_FOUND");
    expect(await db.notification.count({ where: { kind: "signal_raised" } })).toBe(before);
  });
});
