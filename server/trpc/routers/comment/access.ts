import { TRPCError } from "@trpc/server";
import { can, type Capability } from "@koers/domain";
import type { Db } from "../../../db.server.js";
import type { CommentTarget } from "../../../generated/prisma/enums.js";
import type { Context } from "../../context.js";

/** What a thread is about, resolved to the things every procedure needs. */
export type ThreadTarget = {
  kind: CommentTarget;
  programmeId: string;
  municipalityId: string;
  municipalitySlug: string;
  /** Title shown in notifications: the action, goal or indicator, or the programme for text. */
  subject: string;
  /** The thread's columns that name its target. */
  columns: { actionId: string | null; goalId: string | null; indicatorId: string | null };
};

export type TargetRef =
  | { type: "text"; programmeId: string }
  | { type: "action"; actionId: string }
  | { type: "goal"; goalId: string }
  | { type: "indicator"; indicatorId: string };

const programmeSelect = { id: true, title: true, municipalityId: true, municipality: { select: { slug: true } } } as const;
type ProgrammeRow = { id: string; title: string; municipalityId: string; municipality: { slug: string } };

function target(kind: CommentTarget, programme: ProgrammeRow, subject: string, columns: Partial<ThreadTarget["columns"]> = {}): ThreadTarget {
  return {
    kind,
    programmeId: programme.id,
    municipalityId: programme.municipalityId,
    municipalitySlug: programme.municipality.slug,
    subject,
    columns: { actionId: null, goalId: null, indicatorId: null, ...columns },
  };
}

/** The target named by a reference, or null when it does not exist. */
export async function loadTarget(db: Db, ref: TargetRef): Promise<ThreadTarget | null> {
  switch (ref.type) {
    case "text": {
      const programme = await db.programme.findUnique({ where: { id: ref.programmeId }, select: programmeSelect });
      return programme && target("text", programme, programme.title);
    }
    case "action": {
      const action = await db.action.findUnique({ where: { id: ref.actionId }, select: { id: true, title: true, programme: { select: programmeSelect } } });
      return action && target("action", action.programme, action.title, { actionId: action.id });
    }
    case "goal": {
      const goal = await db.goal.findUnique({ where: { id: ref.goalId }, select: { id: true, title: true, programme: { select: programmeSelect } } });
      return goal && target("goal", goal.programme, goal.title, { goalId: goal.id });
    }
    case "indicator": {
      const indicator = await db.indicator.findUnique({
        where: { id: ref.indicatorId },
        select: { id: true, name: true, goal: { select: { programme: { select: programmeSelect } } } },
      });
      return indicator && target("indicator", indicator.goal.programme, indicator.name, { indicatorId: indicator.id });
    }
  }
}

/** The reference of a stored thread. */
export function refOfThread(thread: { target: CommentTarget; programmeId: string; actionId: string | null; goalId: string | null; indicatorId: string | null }): TargetRef {
  switch (thread.target) {
    case "text":
      return { type: "text", programmeId: thread.programmeId };
    case "action":
      return { type: "action", actionId: thread.actionId! };
    case "goal":
      return { type: "goal", goalId: thread.goalId! };
    case "indicator":
      return { type: "indicator", indicatorId: thread.indicatorId! };
  }
}

/** Where a notification about this thread leads. */
export function threadLink(target: ThreadTarget, threadId: string): string {
  const base = `/g/${target.municipalitySlug}`;
  switch (target.kind) {
    case "text":
      return `${base}/programma/${target.programmeId}/tekst?reactie=${threadId}`;
    case "action":
      return `${base}/acties/${target.columns.actionId}#reacties`;
    case "goal":
      return `${base}/doelen/${target.columns.goalId}#reacties`;
    case "indicator":
      return `${base}/indicatoren/${target.columns.indicatorId}#reacties`;
  }
}

const notFound = () => new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });

/**
 * The caller's membership of the target's municipality, checked for the capability — like the
 * guards in ../../guards.ts: a target that does not exist or belongs to a municipality the
 * caller is not in is NOT_FOUND; a member without the capability is FORBIDDEN.
 */
export async function requireMember(ctx: Context & { user: { id: string } }, target: ThreadTarget | null, capability: Capability) {
  if (!target) throw notFound();
  const membership = await ctx.db.membership.findUnique({
    where: { userId_municipalityId: { userId: ctx.user.id, municipalityId: target.municipalityId } },
  });
  if (!membership) throw notFound();
  if (!can(membership, capability)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
  return membership;
}

/** A thread, its target and the caller's membership there (NOT_FOUND for what the caller may not see). */
export async function loadThread(ctx: Context & { user: { id: string } }, threadId: string, capability: Capability) {
  const thread = await ctx.db.commentThread.findUnique({ where: { id: threadId } });
  if (!thread) throw notFound();
  const target = await loadTarget(ctx.db, refOfThread(thread));
  const membership = await requireMember(ctx, target, capability);
  return { thread, target: target!, membership };
}

/** A comment with its thread, target and the caller's membership there. */
export async function loadComment(ctx: Context & { user: { id: string } }, commentId: string, capability: Capability) {
  const comment = await ctx.db.comment.findUnique({ where: { id: commentId } });
  if (!comment) throw notFound();
  const loaded = await loadThread(ctx, comment.threadId, capability);
  return { comment, ...loaded };
}
