import { describe, expect, it } from "vitest";
import { isEmptyPlan, planProjection, titleOf, type ProjectedAction, type ProjectionPlan, type TextBlock } from "@koers/domain";

const D1 = "d1000000-0000-4000-8000-000000000001";
const D2 = "d2000000-0000-4000-8000-000000000002";
const A = "a0000000-0000-4000-8000-00000000000a";
const B = "b0000000-0000-4000-8000-00000000000b";
const C = "c0000000-0000-4000-8000-00000000000c";

const newId = (blockKey: string) => `f0000000-0000-4000-8000-${blockKey.replace(":", "").padStart(12, "0")}`;
const block = (actionId: string, blockKey: string, domainId = D1, title = `Actie ${actionId.slice(0, 1)}`, description = ""): TextBlock => ({
  actionId,
  blockKey,
  domainId,
  title,
  description,
});
const row = (id: string, blockKey: string | null, overrides: Partial<ProjectedAction> = {}): ProjectedAction => ({
  id,
  primaryDomainId: D1,
  order: 0,
  title: `Actie ${id.slice(0, 1)}`,
  description: "",
  archived: false,
  blockKey,
  ...overrides,
});

/** The rows after applying a plan, as the server would. */
function apply(actions: ProjectedAction[], plan: ProjectionPlan): ProjectedAction[] {
  const rows = new Map(actions.map((a) => [a.id, { ...a }]));
  for (const c of plan.create) rows.set(c.id, { ...c, archived: false });
  for (const u of plan.update) Object.assign(rows.get(u.id)!, u.changes);
  for (const id of plan.archive) rows.get(id)!.archived = true;
  for (const id of plan.restore) rows.get(id)!.archived = false;
  return [...rows.values()];
}
function withIds(blocks: TextBlock[], plan: ProjectionPlan): TextBlock[] {
  return blocks.map((b) => ({ ...b, actionId: plan.reassign.find((r) => r.blockKey === b.blockKey)?.actionId ?? b.actionId }));
}

describe("planProjection", () => {
  it("creates an action for a new block, in its chapter, proposed by the server elsewhere", () => {
    const plan = planProjection([block(A, "1:0", D2, "Buurtsportcoach op elke school", "Vanaf 2027.")], [], { newId });
    expect(plan.create).toEqual([{ id: A, primaryDomainId: D2, order: 0, title: "Buurtsportcoach op elke school", description: "Vanaf 2027.", blockKey: "1:0" }]);
    expect(plan.reassign).toEqual([]);
  });

  it("updates title and description from the text, and nothing else when nothing else changed", () => {
    const plan = planProjection([block(A, "1:0", D1, "Nieuwe titel", "Nieuwe uitleg")], [row(A, "1:0")], { newId });
    expect(plan.update).toEqual([{ id: A, changes: { title: "Nieuwe titel", description: "Nieuwe uitleg" } }]);
  });

  it("moves an action to another domain with its block, and renumbers the order per chapter", () => {
    const actions = [row(A, "1:0", { order: 0 }), row(B, "1:5", { order: 1 }), row(C, "2:0", { primaryDomainId: D2, order: 0 })];
    const plan = planProjection([block(B, "1:5"), block(C, "2:0", D2, "Actie c"), block(A, "1:0", D2)], actions, { newId });
    expect(plan.update).toEqual([
      { id: B, changes: { order: 0 } },
      { id: A, changes: { primaryDomainId: D2, order: 1 } },
    ]);
  });

  it("archives the action of a deleted block, and restores it when the block returns", () => {
    const actions = [row(A, "1:0"), row(B, "1:5", { order: 1 })];
    const deleted = planProjection([block(A, "1:0")], actions, { newId });
    expect(deleted.archive).toEqual([B]);
    const after = apply(actions, deleted);
    const undone = planProjection([block(A, "1:0"), block(B, "1:5")], after, { newId });
    expect(undone.restore).toEqual([B]);
    expect(undone.update).toEqual([]);
    // Re-inserted as a new block (a paste): restored and bound to the new block.
    const pasted = planProjection([block(A, "1:0"), block(B, "7:3")], after, { newId });
    expect(pasted.restore).toEqual([B]);
    expect(pasted.update).toEqual([{ id: B, changes: { blockKey: "7:3" } }]);
  });

  it("keeps the id on the bound block when a block is copied, and gives the copy a derived id", () => {
    const actions = [row(A, "5:0")];
    // The copy was pasted above the original, by a client with a smaller id.
    const plan = planProjection([block(A, "1:9"), block(A, "5:0")], actions, { newId });
    expect(plan.reassign).toEqual([{ blockKey: "1:9", actionId: newId("1:9") }]);
    expect(plan.create.map((c) => c.id)).toEqual([newId("1:9")]);
    expect(plan.archive).toEqual([]);
  });

  it("resolves two new blocks with one id the same way whatever their order", () => {
    const one = planProjection([block(A, "3:1"), block(A, "2:7")], [], { newId });
    const two = planProjection([block(A, "2:7"), block(A, "3:1")], [], { newId });
    expect(one.reassign).toEqual([{ blockKey: "3:1", actionId: newId("3:1") }]);
    expect(two.reassign).toEqual(one.reassign);
  });

  it("gives a new id to blocks with a malformed id or an id of another programme", () => {
    const plan = planProjection([block("not-an-id", "4:0"), block(C, "4:9")], [], { newId, usedElsewhere: new Set([C]) });
    expect(plan.reassign).toEqual([
      { blockKey: "4:0", actionId: newId("4:0") },
      { blockKey: "4:9", actionId: newId("4:9") },
    ]);
  });

  it("lists live actions that were never in the text for placing, and leaves archived ones alone", () => {
    const plan = planProjection([], [row(A, null), row(B, null, { archived: true })], { newId });
    expect(plan.toPlace).toEqual([A]);
    expect(plan.archive).toEqual([]);
  });

  it("is idempotent: planning again after applying the plan changes nothing", () => {
    const blocks = [block(A, "1:0", D1, "Eén"), block(A, "2:0", D1, "Twee"), block(B, "3:0", D2, "Drie", "Uitleg"), block("", "4:0", D2, "")];
    const actions = [row(A, "1:0"), row(C, "9:9", { order: 4 })];
    const first = planProjection(blocks, actions, { newId });
    const second = planProjection(withIds(blocks, first), apply(actions, first), { newId });
    expect(isEmptyPlan(second)).toBe(true);
  });
});

describe("titleOf", () => {
  it("collapses white space, never returns an empty title and cuts at 300 characters", () => {
    expect(titleOf("  Meer   sport \n in de wijk ")).toBe("Meer sport in de wijk");
    expect(titleOf("   ")).toBe("Naamloze actie");
    expect(titleOf("x".repeat(400))).toHaveLength(300);
  });
});
