import type { Prisma } from "../db.server.js";
import type { SignalStatus } from "../generated/prisma/enums.js";
import { createAction } from "./create-action.js";

type Tx = Prisma.TransactionClient;

const DAY = 24 * 60 * 60 * 1000;

type DemoSignal = {
  raiser: "partner" | "sportPartner";
  domain: string;
  /** Title of the demo action it concerns, if any. */
  linkedAction?: string;
  title: string;
  text: string;
  daysAgo: number;
  /** The triage steps after "new", each some days after the one before. */
  steps: { status: SignalStatus; afterDays: number; reason?: string }[];
  /** For a signal that became an action: the action made from it. */
  action?: { title: string; description: string };
};

const DEMO_SIGNALS: DemoSignal[] = [
  {
    raiser: "sportPartner",
    domain: "Gezondheid",
    linkedAction: "Sportfonds voor kinderen uit gezinnen met een laag inkomen",
    title: "Zwemles is voor een deel van de kinderen niet te betalen",
    text:
      "Bij de schoolzwemtest in groep 5 bleek dit jaar ruim een op de tien kinderen geen zwemdiploma te hebben. Ouders vertellen ons dat zwemles te duur is. " +
      "Het sportfonds vergoedt wel de contributie van een vereniging, maar geen zwemles. Kan de regeling worden uitgebreid, of kan zwemles via de scholen worden aangeboden?",
    daysAgo: 3,
    steps: [],
  },
  {
    raiser: "partner",
    domain: "Onderwijs",
    linkedAction: "Eén aanspreekpunt bij de gemeente voor scholen met zorgvragen",
    title: "Lange wachtlijst voor logopedie bij kleuters",
    text:
      "Op onze school wachten acht kleuters al langer dan vier maanden op logopedie. In die tijd loopt hun taalachterstand op, en in groep 3 merken we dat bij het leren lezen. " +
      "Wij zouden een logopedist graag een dagdeel per week op school laten werken. Daarvoor zijn afspraken nodig met de zorgverzekeraar en de praktijken in Lindeveen.",
    daysAgo: 12,
    steps: [{ status: "in_review", afterDays: 2 }],
  },
  {
    raiser: "partner",
    domain: "Veiligheid",
    title: "Onveilige oversteek bij de Horizon na schooltijd",
    text:
      "Na schooltijd steken veel kinderen de Lindelaan over zonder zebrapad, tussen geparkeerde auto's door. Er rijdt daar ook bestelverkeer naar het winkelcentrum. " +
      "Ouders en leerkrachten maken zich zorgen; vorige maand is een leerling bijna aangereden.",
    daysAgo: 40,
    steps: [
      { status: "in_review", afterDays: 3 },
      { status: "became_action", afterDays: 9 },
    ],
    action: {
      title: "Veilige oversteek en schoolzone bij de Brede School De Horizon",
      description:
        "Een zebrapad met verhoogd plateau op de Lindelaan, een schoolzone met 30 km per uur en verkeersbrigadiers uit de ouders. " +
        "Samen met de Brede School De Horizon en de wijkagent; uit een signaal van de school.",
    },
  },
];

/**
 * Demo signals of Lindeveen's partners, each at another point of its handling: a new one
 * from the sports club, one under review and one that became an action (made as the civil
 * servant would, through createAction; the collaboration server writes its block into the
 * Veiligheid chapter when the text is first opened). Runs in the caller's transaction, after
 * the demo programme; the raisers' organisations come from their memberships.
 */
export async function seedDemoSignals(
  tx: Tx,
  { municipalityId, programmeId, people }: { municipalityId: string; programmeId: string; people: { civilServant: string; partner: string; sportPartner: string } },
): Promise<void> {
  const domains = await tx.domain.findMany({ where: { programmeId }, select: { id: true, name: true } });
  const actions = await tx.action.findMany({ where: { programmeId }, select: { id: true, title: true } });
  const memberships = await tx.membership.findMany({
    where: { municipalityId, userId: { in: [people.partner, people.sportPartner] } },
    select: { userId: true, organisationId: true },
  });
  const domainId = (name: string) => {
    const domain = domains.find((d) => d.name === name);
    if (!domain) throw new Error(`demo signals: no domain ${name}`);
    return domain.id;
  };
  const organisationOf = new Map(memberships.map((m) => [m.userId, m.organisationId]));
  const now = Date.now();
  for (const demo of DEMO_SIGNALS) {
    const raisedById = people[demo.raiser];
    const raisedAt = new Date(now - demo.daysAgo * DAY);
    const signal = await tx.signal.create({
      data: {
        programmeId,
        raisedById,
        organisationId: organisationOf.get(raisedById) ?? null,
        title: demo.title,
        text: demo.text,
        domainId: domainId(demo.domain),
        linkedActionId: demo.linkedAction ? (actions.find((a) => a.title === demo.linkedAction)?.id ?? null) : null,
        createdAt: raisedAt,
        events: { create: { actorId: raisedById, status: "new", createdAt: raisedAt } },
      },
    });
    let at = raisedAt.getTime();
    for (const step of demo.steps) {
      at += step.afterDays * DAY;
      let resultActionId: string | null = null;
      if (step.status === "became_action" && demo.action) {
        resultActionId = (
          await createAction(tx, {
            municipalityId,
            actorId: people.civilServant,
            programmeId,
            title: demo.action.title,
            description: demo.action.description,
            primaryDomainId: domainId(demo.domain),
            otherDomainIds: [],
            goalIds: [],
          })
        ).id;
      }
      await tx.signalEvent.create({ data: { signalId: signal.id, actorId: people.civilServant, status: step.status, reason: step.reason ?? null, createdAt: new Date(at) } });
      await tx.signal.update({
        where: { id: signal.id },
        data: { status: step.status, reason: step.reason ?? null, ...(resultActionId ? { resultActionId } : {}) },
      });
    }
  }
}
