import type { Role } from "@koers/domain";
import type { Db } from "../db.server.js";
import { hashPassword } from "../auth/password.js";
import { seedDemoComments } from "./demo-comments.js";
import { seedDemoCommitments } from "./demo-commitments.js";
import { seedDemoNotifications, seedDemoPartnerNotifications, seedDemoReportNotifications } from "./demo-notifications.js";
import { seedDemoProgramme } from "./demo-programme.js";
import { seedDemoRequests } from "./demo-requests.js";
import { seedDemoSignals } from "./demo-signals.js";
import { seedDemoTextComments } from "./demo-text-comments.js";

export const DEMO_PASSWORD = "koers-demo";

/** The demo accounts, printed at start-up and listed in README.md. */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; organisation?: string }[] = [
  { email: "beheer@koers.test", name: "Bram Beheer", role: "admin" },
  { email: "raad@koers.test", name: "Rana de Raad", role: "council" },
  { email: "ambtenaar@koers.test", name: "Anouk Ambtenaar", role: "civil_servant" },
  { email: "partner@koers.test", name: "Pieter Partner", role: "partner", organisation: "Brede School De Horizon" },
  { email: "sport@koers.test", name: "Sanne Sport", role: "partner", organisation: "Sportvereniging Lindeveen" },
  { email: "meelezer@koers.test", name: "Mila Meelezer", role: "viewer" },
];

const ORGANISATIONS = [
  { name: "Brede School De Horizon", type: "school" },
  { name: "Sportvereniging Lindeveen", type: "sport" },
  { name: "Huisartsenpraktijk Het Plein", type: "health" },
  { name: "Politie basisteam Lindeveen-Noord", type: "police" },
  { name: "Woonstichting Lindewoningen", type: "housing" },
  { name: "Bibliotheek Lindeveen", type: "library" },
  { name: "Adviesraad Sociaal Domein", type: "client_council" },
] as const;

/**
 * Seeds the fictional municipality Lindeveen with its demo accounts, partner organisations and
 * its "Raadsprogramma 2026–2030" (server/services/demo-programme.ts), and a second municipality (Oosterwold) so switching between municipalities
 * and tenant isolation can be seen. Idempotent: a second run adds nothing.
 */
export async function seedDemo(db: Db): Promise<{ created: boolean }> {
  const exists = await db.municipality.findUnique({ where: { slug: "lindeveen" } });
  if (exists) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const lindeveen = await tx.municipality.create({ data: { slug: "lindeveen", name: "Gemeente Lindeveen" } });
    const oosterwold = await tx.municipality.upsert({
      where: { slug: "oosterwold" },
      create: { slug: "oosterwold", name: "Gemeente Oosterwold" },
      update: {},
    });
    const organisations = new Map<string, string>();
    const people = new Map<Role, string>();
    const byEmail = new Map<string, string>();
    for (const organisation of ORGANISATIONS) {
      const row = await tx.organisation.create({ data: { ...organisation, municipalityId: lindeveen.id } });
      organisations.set(row.name, row.id);
    }
    for (const account of DEMO_ACCOUNTS) {
      const user = await tx.user.upsert({
        where: { email: account.email },
        create: { email: account.email, name: account.name, passwordHash },
        update: {},
      });
      if (!people.has(account.role)) people.set(account.role, user.id);
      byEmail.set(account.email, user.id);
      await tx.membership.create({
        data: {
          userId: user.id,
          municipalityId: lindeveen.id,
          role: account.role,
          organisationId: account.organisation ? (organisations.get(account.organisation) ?? null) : null,
        },
      });
      // The admin also works for a neighbouring municipality, as a reader there.
      if (account.role === "admin") {
        await tx.membership.create({ data: { userId: user.id, municipalityId: oosterwold.id, role: "viewer" } });
      }
    }
    const cast = {
      council: people.get("council")!,
      civilServant: people.get("civil_servant")!,
      admin: people.get("admin")!,
      partner: byEmail.get("partner@koers.test")!,
      sportPartner: byEmail.get("sport@koers.test")!,
      viewer: people.get("viewer")!,
    };
    const programmeId = await seedDemoProgramme(tx, lindeveen.id, cast);
    // The programme in use: partners' conversations, commitments and signals, a request for
    // updates and the notifications all this caused.
    const world = { municipalityId: lindeveen.id, programmeId, people: cast };
    await seedDemoCommitments(tx, world);
    await seedDemoSignals(tx, world);
    await seedDemoComments(tx, world);
    await seedDemoTextComments(tx, world);
    await seedDemoRequests(tx, world);
    await seedDemoNotifications(tx, world);
    await seedDemoPartnerNotifications(tx, world);
    await seedDemoReportNotifications(tx, world);
    const oosterwoldAdmin = await tx.user.upsert({
      where: { email: "beheer@oosterwold.test" },
      create: { email: "beheer@oosterwold.test", name: "Olga Oosterwold", passwordHash },
      update: {},
    });
    await tx.membership.create({ data: { userId: oosterwoldAdmin.id, municipalityId: oosterwold.id, role: "admin" } });
  }, { timeout: 60_000 });
  return { created: true };
}
