import type { Context } from "./context.js";

/**
 * After a change made outside the text (the action page, the action list, the settings),
 * the programme text follows: chapters for domains, blocks for actions. Runs after the
 * change committed; a failure is logged and never undoes the change (the next edit or load
 * of the text brings it in line again).
 */
export async function textFollows(ctx: Context, programmeId: string, actionIds: string[] = []): Promise<void> {
  if (!ctx.text) return;
  try {
    await ctx.text.structureChanged(programmeId, actionIds);
  } catch (error) {
    ctx.log.error({ err: error, programmeId }, "programme text could not follow a change");
  }
}

/** Tracking data (status, owner, dates, reports) changed: open editors refresh their strips. */
export function trackingChanged(ctx: Context, programmeId: string, actionIds: string[]): void {
  ctx.text?.trackingChanged(programmeId, actionIds);
}

/** Comment threads on the text changed (started, replied, resolved …): open editors refresh their panel. */
export function commentsChanged(ctx: Context, programmeId: string): void {
  ctx.text?.commentsChanged(programmeId);
}
