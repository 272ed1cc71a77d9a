import { canResolveThread } from "@koers/domain";
import { authedProcedure } from "../../init.js";
import { programmeProcedure } from "../../guards.js";
import { loadTarget, requireMember, type TargetRef } from "./access.js";
import { mentionableInput, threadsInput } from "./schemas.js";

export type CommentPerson = { id: string; name: string; organisation: string | null };

export type CommentView = {
  id: string;
  author: CommentPerson | null;
  /** "" once deleted: a deleted comment's text is never given out. */
  body: string;
  mentions: { id: string; name: string }[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  /** Written by the caller (who may edit and delete it). */
  mine: boolean;
};

export type ThreadView = {
  id: string;
  target: "text" | "action" | "goal" | "indicator";
  /** Base64 Y.encodeRelativePosition of the range (text threads only). */
  anchorStart: string | null;
  anchorEnd: string | null;
  quote: string | null;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedBy: { id: string; name: string } | null;
  createdAt: string;
  /** May the caller resolve or reopen it. */
  canResolve: boolean;
  comments: CommentView[];
};

const base64 = (bytes: Uint8Array | null) => (bytes ? Buffer.from(bytes).toString("base64") : null);

/**
 * The threads on a programme's text or on one action, goal or indicator, oldest first, each
 * with its comments oldest first. Threads whose comments are all deleted are left out.
 */
export const threads = authedProcedure.input(threadsInput).query(async ({ ctx, input }): Promise<ThreadView[]> => {
  const ref: TargetRef =
    input.target === "text"
      ? { type: "text", programmeId: input.programmeId }
      : input.target === "action"
        ? { type: "action", actionId: input.actionId }
        : input.target === "goal"
          ? { type: "goal", goalId: input.goalId }
          : { type: "indicator", indicatorId: input.indicatorId };
  const target = await loadTarget(ctx.db, ref);
  const membership = await requireMember(ctx, target, "programme.view");
  const t = target!;
  const rows = await ctx.db.commentThread.findMany({
    where: { programmeId: t.programmeId, target: t.kind, ...t.columns, comments: { some: { deletedAt: null } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      resolvedBy: { select: { id: true, name: true } },
      comments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: {
          author: { select: { id: true, name: true } },
          mentions: { select: { user: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  const authorIds = [...new Set(rows.flatMap((row) => row.comments.map((c) => c.authorId)).filter((id): id is string => id !== null))];
  const organisations = new Map(
    (
      await ctx.db.membership.findMany({
        where: { municipalityId: t.municipalityId, userId: { in: authorIds } },
        select: { userId: true, organisation: { select: { name: true } } },
      })
    ).map((m) => [m.userId, m.organisation?.name ?? null]),
  );
  return rows.map((row) => ({
    id: row.id,
    target: row.target,
    anchorStart: base64(row.anchorStart),
    anchorEnd: base64(row.anchorEnd),
    quote: row.quote,
    resolved: row.resolvedAt !== null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedAt ? row.resolvedBy : null,
    createdAt: row.createdAt.toISOString(),
    canResolve: canResolveThread({ userId: ctx.user.id, role: membership.role }, row),
    comments: row.comments.map((c) => {
      const deleted = c.deletedAt !== null;
      return {
        id: c.id,
        author: c.author ? { ...c.author, organisation: organisations.get(c.author.id) ?? null } : null,
        body: deleted ? "" : c.body,
        mentions: deleted ? [] : c.mentions.map(({ user }) => user).sort((a, b) => a.name.localeCompare(b.name, "nl")),
        createdAt: c.createdAt.toISOString(),
        editedAt: c.editedAt?.toISOString() ?? null,
        deleted,
        mine: c.authorId !== null && c.authorId === ctx.user.id,
      };
    }),
  }));
});

/**
 * Members of the programme's municipality whose name contains the query, for the @mention
 * autocomplete: name and, for partners, their organisation. Every member may see who they can
 * mention; nothing else about them is given.
 */
export const mentionable = programmeProcedure("programme.view")
  .input(mentionableInput)
  .query(async ({ ctx, input }): Promise<CommentPerson[]> => {
    const members = await ctx.db.membership.findMany({
      where: { municipalityId: ctx.municipality.id, ...(input.query ? { user: { name: { contains: input.query, mode: "insensitive" } } } : {}) },
      select: { user: { select: { id: true, name: true } }, organisation: { select: { name: true } } },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      take: input.limit,
    });
    return members.map((m) => ({ id: m.user.id, name: m.user.name, organisation: m.organisation?.name ?? null }));
  });
