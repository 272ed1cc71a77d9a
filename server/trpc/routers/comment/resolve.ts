import { TRPCError } from "@trpc/server";
import { canResolveThread } from "@koers/domain";
import { audit } from "../../../services/audit.js";
import { authedProcedure } from "../../init.js";
import type { Context } from "../../context.js";
import { loadThread } from "./access.js";
import { threadIdInput } from "./schemas.js";
import { afterTextChange } from "./write.js";

/** Resolving and reopening: the thread's starter and staff may (canResolveThread). */
async function setResolved(ctx: Context & { user: { id: string; name: string } }, threadId: string, resolved: boolean) {
  const { thread, target, membership } = await loadThread(ctx, threadId, "comment.write");
  if (!canResolveThread({ userId: ctx.user.id, role: membership.role }, thread)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "errors.comment.resolveNotAllowed" });
  }
  if ((thread.resolvedAt !== null) === resolved) return { threadId: thread.id };
  await ctx.db.$transaction(async (tx) => {
    await tx.commentThread.update({
      where: { id: thread.id },
      data: resolved ? { resolvedAt: new Date(), resolvedById: ctx.user.id } : { resolvedAt: null, resolvedById: null },
    });
    await audit(tx, {
      municipalityId: membership.municipalityId,
      actorId: ctx.user.id,
      action: resolved ? "comment.resolve" : "comment.reopen",
      entityType: "CommentThread",
      entityId: thread.id,
      before: { resolvedAt: thread.resolvedAt, resolvedById: thread.resolvedById },
      after: { resolved },
    });
  });
  afterTextChange(ctx, target);
  return { threadId: thread.id };
}

export const resolve = authedProcedure.input(threadIdInput).mutation(({ ctx, input }) => setResolved(ctx, input.threadId, true));
export const reopen = authedProcedure.input(threadIdInput).mutation(({ ctx, input }) => setResolved(ctx, input.threadId, false));
