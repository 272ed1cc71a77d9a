/*
 * The programme text IS the action register: every action block in the text is an Action
 * row. This module decides, purely, what the rows must become for a given text — the server
 * reads the text, asks `planProjection`, and applies the plan (never trusting a client).
 *
 * Rules:
 * - a block whose id is unknown becomes a new action (primary domain = its chapter);
 * - a block's text gives the action's title (first line) and description (the rest);
 * - its chapter gives the primary domain, its position in the chapter the order;
 * - an action that was in the text and whose block is gone is archived (tracking kept);
 *   when the block comes back (undo, paste) the action is restored;
 * - two blocks with the same id: the block the action is already bound to keeps it (else the
 *   block with the smallest Yjs item id), the others get a new id derived from their own
 *   item id — the same on every server and every replay;
 * - a live action that was never in the text (made from the action list) is placed at the
 *   end of its domain's chapter by the server; the plan lists it under `toPlace`.
 */

/** One action block as found in the text, in document order. */
export type TextBlock = {
  /** The block's `actionId` attribute (may be empty or malformed: then it gets a new one). */
  actionId: string;
  /** The Yjs item id of the block ("client:clock"): stable for as long as the block exists. */
  blockKey: string;
  /** The domain of the chapter the block stands in. */
  domainId: string;
  title: string;
  description: string;
};

/** What the database holds for an action of this programme (live or archived). */
export type ProjectedAction = {
  id: string;
  primaryDomainId: string;
  order: number;
  title: string;
  description: string;
  archived: boolean;
  /** The block this action was last bound to; null: never in the text. */
  blockKey: string | null;
};

export type ActionChanges = Partial<Pick<ProjectedAction, "primaryDomainId" | "order" | "title" | "description" | "blockKey">>;

export type ProjectionPlan = {
  /** Blocks whose `actionId` attribute the server must rewrite (duplicates, bad ids). */
  reassign: { blockKey: string; actionId: string }[];
  create: { id: string; primaryDomainId: string; order: number; title: string; description: string; blockKey: string }[];
  update: { id: string; changes: ActionChanges }[];
  archive: string[];
  restore: string[];
  /** Live actions never in the text: the server appends a block for each to its chapter. */
  toPlace: string[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const TITLE_MAX_LENGTH = 300;
export const UNTITLED_ACTION = "Naamloze actie";

/**
 * @param usedElsewhere ids that exist outside this programme (a pasted block from another
 *   programme must not take over that programme's action)
 * @param newId a deterministic id for a block that needs one, from its item id
 */
export function planProjection(
  blocks: readonly TextBlock[],
  actions: readonly ProjectedAction[],
  options: { usedElsewhere?: ReadonlySet<string>; newId: (blockKey: string) => string },
): ProjectionPlan {
  const known = new Map(actions.map((action) => [action.id, action]));
  const plan: ProjectionPlan = { reassign: [], create: [], update: [], archive: [], restore: [], toPlace: [] };

  // 1. Give every block a unique, valid id of this programme.
  const byId = new Map<string, TextBlock[]>();
  for (const block of blocks) {
    const id = block.actionId.toLowerCase();
    const list = byId.get(id) ?? [];
    list.push(block);
    byId.set(id, list);
  }
  const finalId = new Map<TextBlock, string>();
  for (const [id, group] of byId) {
    const valid = UUID.test(id) && !options.usedElsewhere?.has(id);
    let keeper: TextBlock | undefined;
    if (valid) {
      const bound = known.get(id)?.blockKey;
      keeper = group.find((block) => block.blockKey === bound) ?? [...group].sort((a, b) => compareKeys(a.blockKey, b.blockKey))[0];
    }
    for (const block of group) {
      if (block === keeper) {
        finalId.set(block, id);
        continue;
      }
      const fresh = options.newId(block.blockKey);
      finalId.set(block, fresh);
      plan.reassign.push({ blockKey: block.blockKey, actionId: fresh });
    }
  }

  // 2. Rows for every block, in chapter order.
  const position = new Map<string, number>();
  const seen = new Set<string>();
  for (const block of blocks) {
    const id = finalId.get(block)!;
    seen.add(id);
    const order = position.get(block.domainId) ?? 0;
    position.set(block.domainId, order + 1);
    const title = titleOf(block.title);
    const row = known.get(id);
    if (!row) {
      plan.create.push({ id, primaryDomainId: block.domainId, order, title, description: block.description, blockKey: block.blockKey });
      continue;
    }
    if (row.archived) plan.restore.push(id);
    const changes: ActionChanges = {};
    if (row.title !== title) changes.title = title;
    if (row.description !== block.description) changes.description = block.description;
    if (row.primaryDomainId !== block.domainId) changes.primaryDomainId = block.domainId;
    if (row.order !== order) changes.order = order;
    if (row.blockKey !== block.blockKey) changes.blockKey = block.blockKey;
    if (Object.keys(changes).length > 0) plan.update.push({ id, changes });
  }

  // 3. Actions without a block: archived when they were in the text, placed when never.
  for (const action of actions) {
    if (seen.has(action.id) || action.archived) continue;
    if (action.blockKey === null) plan.toPlace.push(action.id);
    else plan.archive.push(action.id);
  }
  return plan;
}

/** The title from the block's first line: trimmed, never empty, at most 300 characters. */
export function titleOf(firstLine: string): string {
  const title = firstLine.replace(/\s+/g, " ").trim();
  if (title.length === 0) return UNTITLED_ACTION;
  return title.length > TITLE_MAX_LENGTH ? `${title.slice(0, TITLE_MAX_LENGTH - 1)}…` : title;
}

export function isEmptyPlan(plan: ProjectionPlan): boolean {
  return (
    plan.reassign.length + plan.create.length + plan.update.length + plan.archive.length + plan.restore.length + plan.toPlace.length === 0
  );
}

/** Yjs item ids "client:clock", ordered by client then clock (a total, replica-free order). */
function compareKeys(a: string, b: string): number {
  const [ac = 0, ak = 0] = a.split(":").map(Number);
  const [bc = 0, bk = 0] = b.split(":").map(Number);
  return ac - bc || ak - bk || (a < b ? -1 : a > b ? 1 : 0);
}
