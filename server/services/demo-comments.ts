import { findMentions } from "@koers/domain";
import type { Prisma } from "../db.server.js";

type Tx = Prisma.TransactionClient;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type DemoPerson = "council" | "civilServant" | "partner" | "sportPartner" | "viewer";

type DemoThread = {
  /** Title of the demo action or goal the conversation is about. */
  on: { action: string } | { goal: string };
  daysAgo: number;
  comments: { by: DemoPerson; body: string; hoursLater: number }[];
  /** Resolved by this person, some hours after the last comment. */
  resolvedBy?: DemoPerson;
};

const DEMO_THREADS: DemoThread[] = [
  {
    on: { action: "Sportverenigingen als preventieve partner" },
    daysAgo: 6,
    comments: [
      {
        by: "sportPartner",
        body:
          "Wij doen graag mee. Onze trainers zien kinderen elke week en merken het vaak als het thuis niet goed gaat. " +
          "Kunnen zij een korte training krijgen in het herkennen van signalen van armoede of huiselijk geweld? @Anouk Ambtenaar, is daar ruimte voor in de begroting?",
        hoursLater: 0,
      },
      {
        by: "civilServant",
        body:
          "Goede vraag. In het najaar start de meldcode-training voor leerkrachten en intern begeleiders; ik zoek uit of trainers van verenigingen kunnen aansluiten. " +
          "Ik kom er voor 1 maart bij u op terug.",
        hoursLater: 20,
      },
      {
        by: "council",
        body: "Fijn dat dit wordt opgepakt. Nodig dan ook de jeugdtrainers van de voetbal- en de hockeyclub uit; daar lopen de meeste kinderen rond.",
        hoursLater: 27,
      },
    ],
  },
  {
    on: { action: "Eén aanspreekpunt bij de gemeente voor scholen met zorgvragen" },
    daysAgo: 12,
    comments: [
      {
        by: "partner",
        body: "Vanuit De Horizon: is het aanspreekpunt ook in de schoolvakanties bereikbaar? Juist dan lopen zorgen over de thuissituatie soms op.",
        hoursLater: 0,
      },
      {
        by: "civilServant",
        body: "Ja, @Pieter Partner: in de vakanties neemt het sociaal team de telefoon over. We zetten dat in de werkafspraken met de scholen, zodat iedereen het nummer heeft.",
        hoursLater: 5,
      },
      { by: "partner", body: "Dank u, dan is het voor ons duidelijk.", hoursLater: 30 },
    ],
    resolvedBy: "partner",
  },
  {
    on: { goal: "Minder voortijdig schoolverlaters en thuiszitters" },
    daysAgo: 4,
    comments: [
      {
        by: "viewer",
        body: "Hoe wordt een thuiszitter hier geteld? Vanaf vier weken verzuim, of volgens een andere definitie? Dat maakt nogal uit voor het streefcijfer.",
        hoursLater: 0,
      },
      {
        by: "civilServant",
        body:
          "We volgen de landelijke definitie: een leerplichtige jongere die langer dan vier weken zonder geldige reden niet naar school gaat. " +
          "Het cijfer komt uit de registratie van de leerplichtambtenaar en wordt elk schooljaar in oktober bijgewerkt.",
        hoursLater: 26,
      },
    ],
  },
];

/**
 * A few conversations in the demo programme: a partner's question on an action answered by a
 * civil servant, a resolved one, and a reader's question on a goal — with @mentions, as people
 * would write them. Call inside the demo seed's transaction after the programme exists.
 */
export async function seedDemoComments(
  tx: Tx,
  {
    municipalityId,
    programmeId,
    people,
  }: { municipalityId: string; programmeId: string; people: Record<DemoPerson, string> },
): Promise<void> {
  const actions = await tx.action.findMany({ where: { programmeId }, select: { id: true, title: true } });
  const goals = await tx.goal.findMany({ where: { programmeId }, select: { id: true, title: true } });
  const members = await tx.membership.findMany({ where: { municipalityId }, select: { user: { select: { id: true, name: true } } } });
  const memberList = members.map(({ user }) => user);
  const now = Date.now();
  for (const demo of DEMO_THREADS) {
    const columns =
      "action" in demo.on
        ? { target: "action" as const, actionId: idOf(actions, demo.on.action) }
        : { target: "goal" as const, goalId: idOf(goals, demo.on.goal) };
    const startedAt = new Date(now - demo.daysAgo * DAY);
    const at = (hours: number) => new Date(startedAt.getTime() + hours * HOUR);
    const last = demo.comments.at(-1)!.hoursLater;
    await tx.commentThread.create({
      data: {
        programmeId,
        ...columns,
        createdById: people[demo.comments[0]!.by],
        createdAt: startedAt,
        ...(demo.resolvedBy ? { resolvedById: people[demo.resolvedBy], resolvedAt: at(last + 2) } : {}),
        comments: {
          create: demo.comments.map((comment) => ({
            authorId: people[comment.by],
            body: comment.body,
            createdAt: at(comment.hoursLater),
            mentions: { create: findMentions(comment.body, memberList).map(({ id }) => ({ userId: id })) },
          })),
        },
      },
    });
  }
}

function idOf(rows: { id: string; title: string }[], title: string): string {
  const row = rows.find((r) => r.title === title);
  if (!row) throw new Error(`demo comments: nothing titled ${title}`);
  return row.id;
}
