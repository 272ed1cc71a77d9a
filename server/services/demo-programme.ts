import * as Y from "yjs";
import { programmeDocumentName, readActionBlocks, yDocFromJSON } from "@koers/editor";
import type { Prisma } from "../db.server.js";
import { demoProgrammeText, type DemoTextAction } from "./demo-programme-text.js";
import {
  DEMO_ACTIONS,
  DEMO_DOMAINS,
  DEMO_GOALS,
  DEMO_INDICATORS,
  DEMO_PROGRAMME,
  type DemoDomainKey,
  type DemoGoalKey,
  type DemoPerson,
} from "./demo-programme-data.js";

const day = (date: string) => new Date(date);
const dayOrNull = (date: string | null) => (date === null ? null : day(date));

/**
 * Writes the demo council programme of Lindeveen (demo-programme-data.ts) for the given
 * municipality: domains, goals, indicators with measurements, and actions with the domains
 * they touch, their goals and progress updates. Runs inside the caller's transaction.
 */
export async function seedDemoProgramme(
  tx: Prisma.TransactionClient,
  municipalityId: string,
  people: { council: string; civilServant: string; admin: string },
): Promise<string> {
  const person = (who: DemoPerson | null) => (who === null ? null : people[who]);
  const programme = await tx.programme.create({
    data: {
      municipalityId,
      title: DEMO_PROGRAMME.title,
      termStart: day(DEMO_PROGRAMME.termStart),
      termEnd: day(DEMO_PROGRAMME.termEnd),
      status: DEMO_PROGRAMME.status,
    },
  });
  const programmeId = programme.id;

  const domains = new Map<DemoDomainKey, string>();
  for (const [order, { key, name, description }] of DEMO_DOMAINS.entries()) {
    const row = await tx.domain.create({ data: { programmeId, name, description, order } });
    domains.set(key, row.id);
  }
  const domainId = (key: DemoDomainKey) => domains.get(key)!;

  const goals = new Map<DemoGoalKey, string>();
  for (const [order, goal] of DEMO_GOALS.entries()) {
    const row = await tx.goal.create({
      data: { programmeId, domainId: domainId(goal.domain), title: goal.title, description: goal.description, order },
    });
    goals.set(goal.key, row.id);
  }

  for (const indicator of DEMO_INDICATORS) {
    await tx.indicator.create({
      data: {
        goalId: goals.get(indicator.goal)!,
        name: indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
        baselineValue: indicator.baseline.value,
        baselineDate: day(indicator.baseline.date),
        targetValue: indicator.target.value,
        targetDate: day(indicator.target.date),
        source: indicator.source,
        measurements: {
          create: indicator.measurements.map((m) => ({
            date: day(m.date),
            value: m.value,
            note: m.note ?? "",
            authorId: people.civilServant,
          })),
        },
      },
    });
  }

  const nextOrder = new Map<DemoDomainKey, number>();
  const textActions: DemoTextAction[] = [];
  for (const action of DEMO_ACTIONS) {
    const order = nextOrder.get(action.domain) ?? 0;
    nextOrder.set(action.domain, order + 1);
    const { id } = await tx.action.create({
      data: {
        programmeId,
        primaryDomainId: domainId(action.domain),
        title: action.title,
        description: action.description,
        ownerId: person(action.owner),
        status: action.status,
        startDate: dayOrNull(action.startDate),
        dueDate: dayOrNull(action.dueDate),
        budgetCents: action.budgetEuro === null ? null : BigInt(action.budgetEuro) * 100n,
        tags: action.tags,
        order,
        otherDomains: { create: (action.alsoTouches ?? []).map((key) => ({ domainId: domainId(key) })) },
        goals: { create: action.goals.map((key) => ({ goalId: goals.get(key)! })) },
        updates: {
          create: (action.updates ?? []).map((u) => ({
            date: day(u.date),
            status: u.status,
            text: u.text,
            authorId: person(u.author),
          })),
        },
      },
      select: { id: true },
    });
    textActions.push({ id, domain: action.domain, title: action.title, description: action.description });
  }

  // The text starts as a snapshot with every action as a block in its chapter; from then on
  // the collaboration server owns it. Each action is bound to its block.
  const text = yDocFromJSON(demoProgrammeText(domains, textActions));
  await tx.collabSnapshot.create({
    data: { documentName: programmeDocumentName(programmeId), state: Uint8Array.from(Y.encodeStateAsUpdate(text)) },
  });
  for (const block of readActionBlocks(text)) {
    await tx.action.update({ where: { id: block.actionId }, data: { textBlockKey: block.blockKey } });
  }
  text.destroy();
  return programmeId;
}
