import { notificationModeSchema } from "@koers/domain";
import { z } from "zod";
import { audit } from "../../../services/audit.js";
import { authedProcedure } from "../../init.js";

/** How the caller gets mail about notifications: a setting of the person, for every municipality. */
export const preferences = authedProcedure.query(async ({ ctx }) => {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { notificationMode: true } });
  return { mode: user.notificationMode };
});

/**
 * Changes the mail mode. Choosing "off" settles what was still waiting for a digest (no mail
 * for it, ever); choosing "immediately" leaves it waiting, so the next daily run still sends
 * it as one overview rather than losing it.
 */
export const setPreferences = authedProcedure
  .input(z.object({ mode: notificationModeSchema }))
  .mutation(async ({ ctx, input }) => {
    await ctx.db.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { notificationMode: true } });
      if (before.notificationMode === input.mode) return;
      await tx.user.update({ where: { id: ctx.user.id }, data: { notificationMode: input.mode } });
      if (input.mode === "off") {
        await tx.notification.updateMany({ where: { userId: ctx.user.id, mailedAt: null }, data: { mailedAt: new Date() } });
      }
      await audit(tx, {
        municipalityId: null,
        actorId: ctx.user.id,
        action: "notification.setPreferences",
        entityType: "User",
        entityId: ctx.user.id,
        before: { mode: before.notificationMode },
        after: { mode: input.mode },
      });
    });
    return { mode: input.mode };
  });
