import { TRPCError } from "@trpc/server";
import { canChangeComment } from "@koers/domain";
import { audit } from "../../../services/audit.js";
import { authedProcedure } from "../../init.js";
import { commentsChanged } from "../../text-follows.js";
import type { Context } from "../../context.js";
import { loadComment, loadTarget, loadThread, requireMember, type ThreadTarget } from "./access.js";
import { mentionedMembers, notifyAboutComment } from "./mentions.js";
import { anchorBytes, commentIdInput, editInput, replyInput, startInput } from "./schemas.js";

/** Open editors of the programme text refresh their threads (after the change committed). */
export function afterTextChange(ctx: Context, target: ThreadTarget): void {
  if (target.kind === "text") commentsChanged(ctx, target.programmeId);
}

/** A new thread with its first comment; mentioned members are notified. */
export const start = authedProcedure.input(startInput).mutation(async ({ ctx, input }) => {
  const ref = input.target;
  const target = await loadTarget(ctx.db, ref);
  const membership = await requireMember(ctx, target, "comment.write");
  const t = target!;
  const anchors =
    ref.type === "text"
      ? { anchorStart: Buffer.from(anchorBytes(ref.anchorStart)!), anchorEnd: Buffer.from(anchorBytes(ref.anchorEnd)!), quote: ref.quote }
      : { anchorStart: null, anchorEnd: null, quote: null };
  const result = await ctx.db.$transaction(async (tx) => {
    const thread = await tx.commentThread.create({
      data: { programmeId: t.programmeId, target: t.kind, ...t.columns, ...anchors, createdById: ctx.user.id },
    });
    const mentions = await mentionedMembers(tx, t.municipalityId, input.body);
    const comment = await tx.comment.create({
      data: {
        threadId: thread.id,
        authorId: ctx.user.id,
        body: input.body,
        mentions: { create: mentions.map(({ id }) => ({ userId: id })) },
      },
    });
    await audit(tx, {
      municipalityId: membership.municipalityId,
      actorId: ctx.user.id,
      action: "comment.start",
      entityType: "CommentThread",
      entityId: thread.id,
      after: { target: t.kind, ...t.columns, quote: anchors.quote, commentId: comment.id, body: input.body, mentionIds: mentions.map(({ id }) => id) },
    });
    await notifyAboutComment(tx, { target: t, threadId: thread.id, actor: ctx.user, mentionedIds: mentions.map(({ id }) => id) }, ctx.publicUrl);
    return { threadId: thread.id, commentId: comment.id };
  });
  afterTextChange(ctx, t);
  return result;
});

/** A reply: mentioned members hear of it as a mention, earlier writers and the starter as a reply. */
export const reply = authedProcedure.input(replyInput).mutation(async ({ ctx, input }) => {
  const { thread, target, membership } = await loadThread(ctx, input.threadId, "comment.write");
  const result = await ctx.db.$transaction(async (tx) => {
    const earlier = await tx.comment.findMany({ where: { threadId: thread.id, authorId: { not: null } }, select: { authorId: true } });
    const mentions = await mentionedMembers(tx, target.municipalityId, input.body);
    const comment = await tx.comment.create({
      data: {
        threadId: thread.id,
        authorId: ctx.user.id,
        body: input.body,
        mentions: { create: mentions.map(({ id }) => ({ userId: id })) },
      },
    });
    await tx.commentThread.update({ where: { id: thread.id }, data: { updatedAt: new Date() } });
    await audit(tx, {
      municipalityId: membership.municipalityId,
      actorId: ctx.user.id,
      action: "comment.reply",
      entityType: "Comment",
      entityId: comment.id,
      after: { threadId: thread.id, body: input.body, mentionIds: mentions.map(({ id }) => id) },
    });
    const replyRecipientIds = [...earlier.map(({ authorId }) => authorId!), ...(thread.createdById ? [thread.createdById] : [])];
    await notifyAboutComment(
      tx,
      { target, threadId: thread.id, actor: ctx.user, mentionedIds: mentions.map(({ id }) => id), replyRecipientIds },
      ctx.publicUrl,
    );
    return { commentId: comment.id };
  });
  afterTextChange(ctx, target);
  return result;
});

/** The author rewrites their comment; people newly mentioned are notified, dropped mentions removed. */
export const edit = authedProcedure.input(editInput).mutation(async ({ ctx, input }) => {
  const { comment, thread, target, membership } = await loadComment(ctx, input.commentId, "comment.write");
  if (comment.deletedAt) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
  if (!canChangeComment(ctx.user.id, comment)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.comment.notYours" });
  await ctx.db.$transaction(async (tx) => {
    const before = await tx.commentMention.findMany({ where: { commentId: comment.id }, select: { userId: true } });
    const beforeIds = new Set(before.map(({ userId }) => userId));
    const mentions = await mentionedMembers(tx, target.municipalityId, input.body);
    const nowIds = new Set(mentions.map(({ id }) => id));
    const added = [...nowIds].filter((id) => !beforeIds.has(id));
    const removed = [...beforeIds].filter((id) => !nowIds.has(id));
    await tx.comment.update({ where: { id: comment.id }, data: { body: input.body, editedAt: new Date() } });
    if (removed.length > 0) await tx.commentMention.deleteMany({ where: { commentId: comment.id, userId: { in: removed } } });
    if (added.length > 0) await tx.commentMention.createMany({ data: added.map((userId) => ({ commentId: comment.id, userId })) });
    await audit(tx, {
      municipalityId: membership.municipalityId,
      actorId: ctx.user.id,
      action: "comment.edit",
      entityType: "Comment",
      entityId: comment.id,
      before: { body: comment.body, mentionIds: [...beforeIds] },
      after: { body: input.body, mentionIds: [...nowIds] },
    });
    await notifyAboutComment(tx, { target, threadId: thread.id, actor: ctx.user, mentionedIds: added }, ctx.publicUrl);
  });
  afterTextChange(ctx, target);
  return { commentId: comment.id };
});

/**
 * The author deletes their comment. The row stays (replies keep their place) but its text is
 * never given out again; a thread with only deleted comments is no longer listed.
 */
export const remove = authedProcedure.input(commentIdInput).mutation(async ({ ctx, input }) => {
  const { comment, target, membership } = await loadComment(ctx, input.commentId, "comment.write");
  if (comment.deletedAt) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
  if (!canChangeComment(ctx.user.id, comment)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.comment.notYours" });
  await ctx.db.$transaction(async (tx) => {
    await tx.comment.update({ where: { id: comment.id }, data: { deletedAt: new Date() } });
    await tx.commentMention.deleteMany({ where: { commentId: comment.id } });
    // The text itself is left out of the trace as well: deleted means gone from view.
    await audit(tx, {
      municipalityId: membership.municipalityId,
      actorId: ctx.user.id,
      action: "comment.delete",
      entityType: "Comment",
      entityId: comment.id,
      after: { threadId: comment.threadId },
    });
  });
  afterTextChange(ctx, target);
  return { commentId: comment.id };
});
