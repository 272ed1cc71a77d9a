import { createHash } from "node:crypto";
import { planProjection, type ProjectedAction, type ProjectionPlan } from "@koers/domain";
import { programmeIdOf, readActionBlocks } from "@koers/editor";
import type * as Y from "yjs";
import type { Db } from "../db.server.js";
import type { Logger } from "../logger.js";
import { audit } from "../services/audit.js";
import { followActions, placeActions, reassignBlocks, syncChapters } from "./text-edits.js";

/** Origin of the server's own edits to a text (logged and broadcast like any other). */
export const SERVER_ORIGIN = { source: "local" as const, server: "koers-projection" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ProjectionResult = { plan: ProjectionPlan; placed: string[]; chaptersChanged: boolean; changedActionIds: string[] };

/**
 * A new action's id for a block that needs one, derived from the programme and the block's
 * Yjs item id: every server, and every replay of the same text, derives the same id.
 */
export function derivedActionId(programmeId: string, blockKey: string): string {
  const hex = createHash("sha256").update(`koers:action:${programmeId}:${blockKey}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Projects one programme text onto its Action rows (the rules: packages/domain
 * text-projection.ts). Never trusts a client: it reads the text as the server holds it, and
 * decides and writes under a per-programme lock, so several writers and several server
 * processes arrive at the same rows. Idempotent: a second run on the same text changes nothing.
 */
export async function projectText(
  db: Db,
  documentName: string,
  doc: Y.Doc,
  /** Who made the edits: by the Yjs client that wrote a block, else the last writer. */
  actor: { last: string | null; ofClient?: (clientId: number) => string | undefined },
  /** Actions changed on their own page since the last run: the text follows them first. */
  changedOutside: ReadonlySet<string> = new Set(),
): Promise<ProjectionResult> {
  const programmeId = programmeIdOf(documentName);
  if (!programmeId) throw new Error(`not a programme text: ${documentName}`);
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { municipalityId: true } });
  const domains = await db.domain.findMany({ where: { programmeId, archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, name: true } });
  const chaptersChanged = syncChapters(doc, domains, SERVER_ORIGIN);
  if (changedOutside.size > 0) {
    const changed = await db.action.findMany({
      where: { programmeId, id: { in: [...changedOutside] } },
      select: { id: true, primaryDomainId: true, title: true, description: true, archivedAt: true },
    });
    const inText = new Map(readActionBlocks(doc).map((block) => [block.actionId, { title: block.title, description: block.description, domainId: block.domainId }]));
    followActions(doc, changed.map((row) => ({ ...row, archived: row.archivedAt !== null })), inText, SERVER_ORIGIN);
  }

  const liveDomains = new Set(domains.map((domain) => domain.id));
  const { plan, rows } = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('koers.projection'), hashtext(${programmeId}))`;
    const rows = await tx.action.findMany({
      where: { programmeId },
      select: { id: true, primaryDomainId: true, order: true, title: true, description: true, archivedAt: true, textBlockKey: true },
    });
    const known = new Map(rows.map((row) => [row.id, row]));
    // Blocks in a chapter of no live domain keep their action's domain (or wait to be created).
    const blocks = readActionBlocks(doc).flatMap((block) => {
      if (liveDomains.has(block.domainId)) return [block];
      const row = known.get(block.actionId.toLowerCase());
      return row ? [{ ...block, domainId: row.primaryDomainId }] : [];
    });
    const unknown = [...new Set(blocks.map((b) => b.actionId.toLowerCase()).filter((id) => UUID.test(id) && !known.has(id)))];
    const elsewhere = unknown.length
      ? new Set((await tx.action.findMany({ where: { id: { in: unknown } }, select: { id: true } })).map((row) => row.id))
      : new Set<string>();
    const plan = planProjection(blocks, rows.map(projected), { usedElsewhere: elsewhere, newId: (key) => derivedActionId(programmeId, key) });
    await applyPlan(tx, plan, { programmeId, municipalityId: programme.municipalityId, actor, rows: known });
    return { plan, rows };
  });

  reassignBlocks(doc, plan.reassign, SERVER_ORIGIN);
  const toPlace = rows.filter((row) => plan.toPlace.includes(row.id));
  const placed = placeActions(doc, toPlace, SERVER_ORIGIN);
  // What the tracking strips show changed: new, archived, restored, placed or moved actions
  // (a title typed in the text is already on every screen).
  const changedActionIds = [
    ...plan.create.map((c) => c.id),
    ...plan.update.filter((u) => u.changes.primaryDomainId !== undefined).map((u) => u.id),
    ...plan.archive,
    ...plan.restore,
    ...placed,
  ];
  return { plan, placed, chaptersChanged, changedActionIds: [...new Set(changedActionIds)] };
}

function projected(row: {
  id: string;
  primaryDomainId: string;
  order: number;
  title: string;
  description: string;
  archivedAt: Date | null;
  textBlockKey: string | null;
}): ProjectedAction {
  return {
    id: row.id,
    primaryDomainId: row.primaryDomainId,
    order: row.order,
    title: row.title,
    description: row.description,
    archived: row.archivedAt !== null,
    blockKey: row.textBlockKey,
  };
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function applyPlan(
  tx: Tx,
  plan: ProjectionPlan,
  context: { programmeId: string; municipalityId: string; actor: { last: string | null; ofClient?: (clientId: number) => string | undefined }; rows: Map<string, { id: string; title: string; description: string; primaryDomainId: string; order: number; archivedAt: Date | null; textBlockKey: string | null }> },
): Promise<void> {
  const actorOf = (blockKey?: string | null) =>
    (blockKey ? context.actor.ofClient?.(Number(blockKey.split(":")[0])) : undefined) ?? context.actor.last;
  const trace = (action: string, entityId: string, before: unknown, after: unknown, blockKey?: string | null) =>
    audit(tx, { municipalityId: context.municipalityId, actorId: actorOf(blockKey), action, entityType: "Action", entityId, before, after });
  for (const created of plan.create) {
    await tx.action.create({
      data: {
        id: created.id,
        programmeId: context.programmeId,
        primaryDomainId: created.primaryDomainId,
        title: created.title,
        description: created.description,
        order: created.order,
        textBlockKey: created.blockKey,
      },
    });
    await trace("action.createFromText", created.id, undefined, created, created.blockKey);
  }
  for (const { id, changes } of plan.update) {
    const { blockKey, ...rest } = changes;
    await tx.action.update({ where: { id }, data: { ...rest, ...(blockKey !== undefined ? { textBlockKey: blockKey } : {}) } });
    // Rebinding a block (after a paste or a chapter move) is bookkeeping, not a change anyone made.
    if (Object.keys(rest).length > 0) {
      const before = context.rows.get(id)!;
      await trace("action.editInText", id, pick(before, Object.keys(rest)), rest);
    }
  }
  const now = new Date();
  for (const id of plan.archive) {
    await tx.action.update({ where: { id }, data: { archivedAt: now } });
    await trace("action.removedFromText", id, undefined, undefined);
  }
  for (const id of plan.restore) {
    await tx.action.update({ where: { id }, data: { archivedAt: null } });
    await trace("action.restoredInText", id, undefined, undefined);
  }
}

function pick(row: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, row[key]]));
}
