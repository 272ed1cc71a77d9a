import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../../server/db.server.js";
import { gapFacts } from "../../../../server/services/insight-queries.js";
import { freshDatabase } from "../../../support/database.js";
import { createMunicipality, createProgramme } from "../../../support/factories.js";

// The aggregate SQL behind the gap analysis, checked against the same facts counted the slow,
// obvious way in JavaScript over a random programme.
let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
});

function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe("gap facts", () => {
  it("match a brute-force count over every action and domain", async () => {
    const municipality = await createMunicipality(db);
    const { programme, domains, goal } = await createProgramme(db, municipality.id);
    const rnd = random(42);
    const pick = () => domains[Math.floor(rnd() * domains.length)]!.id;
    for (let i = 0; i < 60; i++) {
      const primary = pick();
      const others = [...new Set([pick(), pick()])].filter(() => rnd() < 0.6);
      await db.action.create({
        data: {
          programmeId: programme.id,
          primaryDomainId: primary,
          title: `Actie ${i}`,
          ownerId: null,
          dueDate: rnd() < 0.3 ? null : new Date("2028-01-01"),
          archivedAt: rnd() < 0.1 ? new Date() : null,
          // An "other" domain equal to the primary one must not count twice.
          otherDomains: { create: others.map((domainId) => ({ domainId })) },
          goals: rnd() < 0.5 ? { create: [{ goalId: goal.id }] } : undefined,
        },
      });
    }
    const actions = await db.action.findMany({ where: { programmeId: programme.id, archivedAt: null }, include: { otherDomains: true, goals: true } });
    const touches = actions.map((a) => new Set([a.primaryDomainId, ...a.otherDomains.map((d) => d.domainId)]));
    const expectedPerDomain: Record<string, number> = {};
    const expectedPairs = new Map<string, number>();
    for (const set of touches) {
      for (const d of set) expectedPerDomain[d] = (expectedPerDomain[d] ?? 0) + 1;
      const list = [...set].sort();
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}|${list[j]}`;
        expectedPairs.set(key, (expectedPairs.get(key) ?? 0) + 1);
      }
    }

    const { facts } = await gapFacts(db, programme.id);
    expect(facts.totalActions).toBe(actions.length);
    expect(facts.actionsWithoutDueDate).toBe(actions.filter((a) => a.dueDate === null).length);
    expect(facts.actionsWithoutOwner).toBe(actions.filter((a) => a.ownerId === null).length);
    expect(facts.crossDomainActions).toBe(touches.filter((s) => s.size > 1).length);
    expect(facts.actionsPerDomain).toEqual(expectedPerDomain);
    const actualPairs = new Map(facts.pairCounts.map((p) => [`${[p.a, p.b].sort().join("|")}`, p.count]));
    expect(actualPairs).toEqual(expectedPairs);
    expect(facts.goals.find((g) => g.id === goal.id)?.hasActions).toBe(actions.some((a) => a.goals.length > 0));
  });
});
