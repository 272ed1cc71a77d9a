import { beforeAll, describe, expect, it } from "vitest";
import { ACTION_STATUSES } from "@koers/domain";
import { jsonFromYDoc, plainTextOf, programmeDocumentName, readActionBlocks } from "@koers/editor";
import * as Y from "yjs";
import type { Db } from "../../../../server/db.server.js";
import { seedDemoProgramme } from "../../../../server/services/demo-programme.js";
import { freshDatabase } from "../../../support/database.js";

/** The demo's "today": open actions due before it are overdue. */
const TODAY = new Date("2026-11-23");
const OPEN = ["proposed", "planned", "in_progress", "blocked"] as const;

let db: Db;
let programmeId: string;
let people: { council: string; civilServant: string; admin: string };

beforeAll(async () => {
  ({ db } = await freshDatabase());
  const municipality = await db.municipality.create({ data: { slug: "lindeveen", name: "Gemeente Lindeveen" } });
  const user = (email: string, name: string) => db.user.create({ data: { email, name } });
  people = {
    council: (await user("raad@example.test", "Rana de Raad")).id,
    civilServant: (await user("ambtenaar@example.test", "Anouk Ambtenaar")).id,
    admin: (await user("beheer@example.test", "Bram Beheer")).id,
  };
  await db.$transaction((tx) => seedDemoProgramme(tx, municipality.id, people));
  ({ id: programmeId } = await db.programme.findFirstOrThrow({ where: { municipalityId: municipality.id } }));
});

const actions = () =>
  db.action.findMany({
    where: { programmeId },
    include: { otherDomains: true, goals: true, updates: true },
  });

describe("demo programme of Lindeveen", () => {
  it("has a text with an introduction, one chapter per domain in order, and every action as a block bound to it", async () => {
    const snapshot = await db.collabSnapshot.findUniqueOrThrow({ where: { documentName: programmeDocumentName(programmeId) } });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot.state);
    const content = (jsonFromYDoc(doc).content ?? []) as { type: string; attrs?: Record<string, unknown> }[];
    expect(content[0]).toMatchObject({ type: "heading", attrs: { level: 2 } });
    const domains = await db.domain.findMany({ where: { programmeId }, orderBy: { order: "asc" } });
    expect(content.filter((node) => node.type === "chapter").map((node) => node.attrs)).toEqual(domains.map((d) => ({ domainId: d.id, title: d.name })));
    const goals = await db.goal.findMany({ where: { programmeId } });
    for (const goal of goals) expect(plainTextOf(doc)).toContain(goal.title);

    const blocks = readActionBlocks(doc);
    const rows = await db.action.findMany({ where: { programmeId }, orderBy: [{ primaryDomainOrder: "asc" }, { order: "asc" }] });
    expect(blocks.map((b) => ({ id: b.actionId, domain: b.domainId, title: b.title, key: b.blockKey }))).toEqual(
      rows.map((r) => ({ id: r.id, domain: r.primaryDomainId, title: r.title, key: r.textBlockKey })),
    );
  });

  it("is a programme in consultation for the 2026–2030 term", async () => {
    const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId } });
    expect(programme.title).toBe("Raadsprogramma 2026–2030: Samen sterker in Lindeveen");
    expect(programme.status).toBe("consultation");
    expect(programme.termStart).toEqual(new Date("2026-04-01"));
    expect(programme.termEnd).toEqual(new Date("2030-03-31"));
  });

  it("has the four domains in order, each with goals and actions", async () => {
    const domains = await db.domain.findMany({
      where: { programmeId },
      orderBy: { order: "asc" },
      include: { _count: { select: { goals: true, primaryActions: true } } },
    });
    expect(domains.map((d) => d.name)).toEqual(["Onderwijs", "Gezondheid", "Veiligheid", "Ruimtelijk domein"]);
    expect(domains.map((d) => d.order)).toEqual([0, 1, 2, 3]);
    expect(domains.find((d) => d.name === "Gezondheid")?.description).toMatch(/sport.*vrije tijd.*medisch/);
    for (const domain of domains) {
      expect(domain.description.length).toBeGreaterThan(20);
      expect(domain._count.goals).toBeGreaterThan(0);
      expect(domain._count.primaryActions).toBeGreaterThanOrEqual(6);
    }
  });

  it("has goals with indicators, each indicator measured at least three times", async () => {
    const goals = await db.goal.findMany({
      where: { programmeId },
      include: { indicators: { include: { measurements: true } }, _count: { select: { actions: true } } },
    });
    expect(goals.length).toBeGreaterThanOrEqual(7);
    expect(goals.length).toBeLessThanOrEqual(9);
    expect(goals.every((g) => g.domainId !== null)).toBe(true);
    const indicators = goals.flatMap((g) => g.indicators);
    expect(indicators.length).toBeGreaterThanOrEqual(10);
    expect(indicators.length).toBeLessThanOrEqual(14);
    for (const indicator of indicators) {
      expect(indicator.measurements.length).toBeGreaterThanOrEqual(3);
      expect(indicator.source).not.toBe("");
      expect(indicator.measurements.every((m) => m.authorId === people.civilServant)).toBe(true);
    }
    // Gaps the gap analysis should show.
    expect(goals.filter((g) => g.indicators.length === 0).length).toBeGreaterThanOrEqual(1);
    expect(goals.filter((g) => g._count.actions === 0).length).toBeGreaterThanOrEqual(1);
  });

  it("has about thirty actions, many of them across domains", async () => {
    const all = await actions();
    expect(all.length).toBeGreaterThanOrEqual(28);
    expect(all.length).toBeLessThanOrEqual(32);
    expect(all.filter((a) => a.otherDomains.length > 0).length).toBeGreaterThanOrEqual(8);
    expect(all.every((a) => a.otherDomains.every((d) => d.domainId !== a.primaryDomainId))).toBe(true);
    expect(all.every((a) => a.goals.length >= 1 && a.goals.length <= 2)).toBe(true);
    // Order runs 0.. within each domain.
    const orders = new Map<string, number[]>();
    for (const a of all) orders.set(a.primaryDomainId, [...(orders.get(a.primaryDomainId) ?? []), a.order]);
    for (const list of orders.values()) expect(list.sort((x, y) => x - y)).toEqual(list.map((_, i) => i));
  });

  it("uses (nearly) every status and leaves gaps in ownership, due dates and progress", async () => {
    const all = await actions();
    const used = new Set(all.map((a) => a.status));
    expect(ACTION_STATUSES.filter((s) => !used.has(s)).length).toBeLessThanOrEqual(1);
    expect(all.filter((a) => a.ownerId === null).length).toBeGreaterThanOrEqual(1);
    expect(all.filter((a) => a.dueDate === null).length).toBeGreaterThanOrEqual(1);
    const overdue = all.filter((a) => a.dueDate && a.dueDate < TODAY && (OPEN as readonly string[]).includes(a.status));
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(all.flatMap((a) => a.updates).length).toBeGreaterThanOrEqual(10);
    const owners = new Set(all.map((a) => a.ownerId).filter((id) => id !== null));
    expect([...owners].every((id) => Object.values(people).includes(id))).toBe(true);
  });

  it("keeps dates and budgets within sane bounds", async () => {
    const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId } });
    const all = await actions();
    for (const action of all) {
      if (action.startDate) expect(action.startDate >= programme.termStart).toBe(true);
      if (action.dueDate) expect(action.dueDate <= programme.termEnd).toBe(true);
      if (action.startDate && action.dueDate) expect(action.dueDate >= action.startDate).toBe(true);
      if (action.budgetCents !== null) {
        expect(action.budgetCents).toBeGreaterThanOrEqual(1_500_000n);
        expect(action.budgetCents).toBeLessThanOrEqual(120_000_000n);
      }
      for (const update of action.updates) {
        expect(update.date <= TODAY).toBe(true);
        if (action.startDate) expect(update.date >= action.startDate).toBe(true);
      }
    }
    const indicators = await db.indicator.findMany({ where: { goal: { programmeId } }, include: { measurements: true } });
    for (const indicator of indicators) {
      expect(indicator.baselineDate >= new Date("2022-01-01")).toBe(true);
      expect(indicator.baselineDate <= new Date("2025-12-31")).toBe(true);
      expect(indicator.targetDate >= new Date("2029-01-01")).toBe(true);
      expect(indicator.targetDate <= new Date("2030-12-31")).toBe(true);
      for (const m of indicator.measurements) {
        expect(m.date > indicator.baselineDate).toBe(true);
        expect(m.date <= TODAY).toBe(true);
      }
    }
  });
});
