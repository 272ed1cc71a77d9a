import type { CommitmentStatus } from "@koers/domain";
import type { Prisma } from "../db.server.js";

type Tx = Prisma.TransactionClient;

type DemoCommitment = {
  action: string;
  organisation: string;
  status: CommitmentStatus;
  contribution: string;
  capacityHours?: number;
  /** Whole euros. */
  capacityEuro?: number;
  period?: [string, string];
  offeredOn: string;
  decidedOn?: string;
  reason?: string;
  reports?: { date: string; text: string }[];
};

/**
 * What the demo's partner organisations promised: accepted commitments on the action blocks,
 * and offers still waiting for the municipality's decision (so "Toezeggingen" has work and
 * "Onze toezeggingen" of Brede School De Horizon shows both kinds).
 */
const DEMO_COMMITMENTS: DemoCommitment[] = [
  {
    action: "Eén aanspreekpunt bij de gemeente voor scholen met zorgvragen",
    organisation: "Brede School De Horizon",
    status: "accepted",
    contribution:
      "Onze intern begeleider is het vaste aanspreekpunt van de gemeente voor de drie scholen in Lindeveen-Noord en bespreekt elke maand de zorgvragen met het sociaal team.",
    capacityHours: 120,
    period: ["2026-04-01", "2026-12-31"],
    offeredOn: "2026-04-08",
    decidedOn: "2026-04-14",
    reports: [
      { date: "2026-06-30", text: "Vijf maandelijkse overleggen gehouden; 14 leerlingen besproken, van wie 9 nu lichte hulp krijgen via het sociaal team." },
      { date: "2026-10-15", text: "De scholen in Noord melden zorgen nu eerder. De wachttijd voor een eerste gesprek is gedaald naar een week." },
    ],
  },
  {
    action: "Bibliotheek als leerplek voor taal en digitale vaardigheden",
    organisation: "Bibliotheek Lindeveen",
    status: "accepted",
    contribution: "Wij openen het Taalhuis in de bibliotheek en houden elke week een digitaal spreekuur in twee wijkcentra, met getrainde vrijwilligers.",
    capacityHours: 800,
    capacityEuro: 25_000,
    period: ["2026-06-01", "2027-12-31"],
    offeredOn: "2026-05-12",
    decidedOn: "2026-05-20",
    reports: [{ date: "2026-09-30", text: "Het Taalhuis is open; 38 inwoners kwamen langs, 21 volgen nu een taaltraject." }],
  },
  {
    action: "Eén aanspreekpunt bij de gemeente voor scholen met zorgvragen",
    organisation: "Bibliotheek Lindeveen",
    status: "accepted",
    contribution: "Ouders die via de school worden doorverwezen kunnen in de bibliotheek terecht voor hulp bij formulieren en DigiD.",
    capacityHours: 60,
    offeredOn: "2026-05-02",
    decidedOn: "2026-05-06",
  },
  {
    action: "Sportverenigingen als preventieve partner",
    organisation: "Sportvereniging Lindeveen",
    status: "accepted",
    contribution: "Al onze jeugdtrainers volgen de scholing signaleren en doorverwijzen; de club stelt een vertrouwenscontactpersoon aan.",
    capacityHours: 200,
    period: ["2026-09-01", "2027-06-30"],
    offeredOn: "2026-06-03",
    decidedOn: "2026-06-10",
  },
  {
    action: "Huurachterstand vroeg signaleren met Woonstichting Lindewoningen",
    organisation: "Woonstichting Lindewoningen",
    status: "accepted",
    contribution: "Wij melden huurders met twee maanden achterstand binnen een week bij het sociaal team, met hun toestemming.",
    offeredOn: "2026-04-20",
    decidedOn: "2026-04-27",
  },
  {
    action: "Meldcode-training voor leerkrachten en intern begeleiders",
    organisation: "Brede School De Horizon",
    status: "offered",
    contribution: "Wij stellen ons lokaal en twee studiemiddagen beschikbaar en zorgen dat alle 24 leerkrachten de training volgen.",
    capacityHours: 96,
    capacityEuro: 1_500,
    period: ["2027-01-15", "2027-06-30"],
    offeredOn: "2026-11-10",
  },
  {
    action: "Praktijkondersteuner jeugd bij elke huisartsenpraktijk",
    organisation: "Huisartsenpraktijk Het Plein",
    status: "offered",
    contribution: "Wij bieden spreekuurruimte voor de praktijkondersteuner jeugd, twee dagdelen per week.",
    offeredOn: "2026-11-18",
  },
  {
    action: "Jong en oud samen sporten op het sportpark",
    organisation: "Sportvereniging Lindeveen",
    status: "declined",
    contribution: "Wij organiseren op zaterdagochtend een wandelvoetbalgroep voor 60-plussers met jeugdleden als begeleiders.",
    offeredOn: "2026-07-01",
    decidedOn: "2026-07-09",
    reason: "Het sportpark is dit seizoen op zaterdagochtend volgeboekt; graag bespreken we een andere dag.",
  },
];

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const moment = (iso: string) => new Date(`${iso}T10:00:00.000Z`);

/**
 * Seeds the demo commitments into the demo programme (server/services/demo-seed.ts calls it
 * after seedDemoProgramme). Each is made by a partner member of its organisation when there
 * is one, and decided by the civil servant; actions and organisations are found by name.
 */
export async function seedDemoCommitments(
  tx: Tx,
  { municipalityId, programmeId, people }: { municipalityId: string; programmeId: string; people: { civilServant: string } },
): Promise<void> {
  for (const item of DEMO_COMMITMENTS) {
    const action = await tx.action.findFirst({ where: { programmeId, title: item.action }, select: { id: true } });
    const organisation = await tx.organisation.findUnique({
      where: { municipalityId_name: { municipalityId, name: item.organisation } },
      select: { id: true },
    });
    if (!action || !organisation) continue;
    const maker = await tx.membership.findFirst({ where: { municipalityId, organisationId: organisation.id, role: "partner" }, select: { userId: true } });
    const decided = item.decidedOn !== undefined;
    await tx.commitment.create({
      data: {
        actionId: action.id,
        organisationId: organisation.id,
        createdById: maker?.userId ?? null,
        contribution: item.contribution,
        capacityHours: item.capacityHours ?? null,
        capacityCents: item.capacityEuro === undefined ? null : BigInt(item.capacityEuro * 100),
        periodStart: item.period ? day(item.period[0]) : null,
        periodEnd: item.period ? day(item.period[1]) : null,
        status: item.status,
        reason: item.reason ?? null,
        decidedById: decided ? people.civilServant : null,
        decidedAt: decided ? moment(item.decidedOn!) : null,
        createdAt: moment(item.offeredOn),
        reports: { create: (item.reports ?? []).map((report) => ({ date: day(report.date), text: report.text, authorId: maker?.userId ?? null })) },
      },
    });
  }
}
