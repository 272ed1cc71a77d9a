import type { Prisma } from "../db.server.js";
import { dateOf, todayInNetherlands } from "./serialize.js";

type Tx = Prisma.TransactionClient;

const DAY = 24 * 60 * 60 * 1000;

/** The demo request: the civil servant asks the Gezondheid owners for progress before the committee. */
const DEMO_REQUEST = {
  domain: "Gezondheid",
  daysAgo: 5,
  daysToDeadline: 9,
  message: "Graag een korte stand van zaken vóór de commissie Samenleving. Eén of twee zinnen is genoeg.",
};

/** Two owners have answered already; the rest (among them the council member's actions) is open. */
const DEMO_ANSWERS: { title: string; daysAgo: number; text: string }[] = [
  {
    title: "Multidisciplinair overleg met huisartsen, jeugdartsen en sociaal team",
    daysAgo: 3,
    text: "Het overleg draait nu in alle drie de wijken; per keer worden gemiddeld vier situaties besproken.",
  },
  {
    title: "Inloopspreekuur mentale gezondheid in het jongerencentrum",
    daysAgo: 1,
    text: "De ruimte is ingericht en de eerste twee spreekuren zijn gehouden, met zeven bezoekers.",
  },
];

/**
 * One open update request in Lindeveen's programme, with some answers: the civil servant asked
 * the owners of the live Gezondheid actions, two answered with a progress update, the others
 * (the council member among them) still have to. Their in-app notifications exist, already
 * counted as mailed, so seeding sends no mail. Runs in the caller's transaction, after the
 * demo programme.
 */
export async function seedDemoRequests(
  tx: Tx,
  { municipalityId, programmeId, people }: { municipalityId: string; programmeId: string; people: { civilServant: string } },
): Promise<void> {
  const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { slug: true } });
  const requester = await tx.user.findUniqueOrThrow({ where: { id: people.civilServant }, select: { name: true } });
  const domain = await tx.domain.findFirst({ where: { programmeId, name: DEMO_REQUEST.domain }, select: { id: true } });
  if (!domain) throw new Error(`demo requests: no domain ${DEMO_REQUEST.domain}`);
  const actions = await tx.action.findMany({
    where: { programmeId, primaryDomainId: domain.id, archivedAt: null, status: { notIn: ["done", "dropped"] }, ownerId: { not: null } },
    select: { id: true, title: true, status: true, ownerId: true },
    orderBy: { order: "asc" },
  });
  const now = Date.now();
  const createdAt = new Date(now - DEMO_REQUEST.daysAgo * DAY);
  const deadline = todayInNetherlands(new Date(now + DEMO_REQUEST.daysToDeadline * DAY));
  const request = await tx.updateRequest.create({
    data: {
      programmeId,
      requestedById: people.civilServant,
      message: DEMO_REQUEST.message,
      deadline: dateOf(deadline),
      filter: { domainId: domain.id },
      createdAt,
    },
  });
  for (const action of actions) {
    const answer = DEMO_ANSWERS.find((a) => a.title === action.title);
    let update: { id: string; createdAt: Date } | null = null;
    if (answer) {
      const at = new Date(now - answer.daysAgo * DAY);
      update = await tx.actionUpdate.create({
        data: { actionId: action.id, date: dateOf(todayInNetherlands(at)), status: action.status, text: answer.text, authorId: action.ownerId, createdAt: at },
        select: { id: true, createdAt: true },
      });
    }
    await tx.updateRequestItem.create({
      data: { requestId: request.id, actionId: action.id, ownerId: action.ownerId, answeredAt: update?.createdAt ?? null, updateId: update?.id ?? null },
    });
    if (action.ownerId !== people.civilServant) {
      await tx.notification.create({
        data: {
          userId: action.ownerId!,
          municipalityId,
          kind: "update_requested",
          params: { actor: requester.name, action: action.title, deadline },
          link: `/g/${municipality.slug}/acties/${action.id}?verzoek=${request.id}#voortgang`,
          mailedAt: createdAt,
          createdAt,
        },
      });
    }
  }
}
