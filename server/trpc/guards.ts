import { TRPCError } from "@trpc/server";
import { can, idSchema, type Capability } from "@koers/domain";
import { z } from "zod";
import type { Db } from "../db.server.js";
import { authedProcedure } from "./init.js";

/**
 * Guards for resources addressed by id (a programme, an action, a goal …). Each loads the
 * resource's municipality first, then the caller's membership there — fresh on every call —
 * and checks the capability with `can()`. A resource of a municipality the caller does not
 * belong to is NOT_FOUND, exactly like one that does not exist.
 */
function resourceProcedure<K extends string, R extends { municipalityId: string }>(
  key: K,
  load: (db: Db, id: string) => Promise<R | null>,
) {
  return (capability: Capability) =>
    authedProcedure
      .input(z.object({ [key]: idSchema } as Record<K, typeof idSchema>))
      .use(async ({ ctx, input, next }) => {
        const resource = await load(ctx.db, (input as Record<K, string>)[key]);
        if (!resource) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
        const membership = await ctx.db.membership.findUnique({
          where: { userId_municipalityId: { userId: ctx.user.id, municipalityId: resource.municipalityId } },
          include: { municipality: true },
        });
        if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
        if (!can(membership, capability)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
        return next({ ctx: { ...ctx, membership, municipality: membership.municipality, resource } });
      });
}

export const programmeProcedure = resourceProcedure("programmeId", async (db, id) => {
  const programme = await db.programme.findUnique({ where: { id } });
  return programme && { ...programme, programmeId: programme.id };
});

export const domainProcedure = resourceProcedure("domainId", async (db, id) => {
  const domain = await db.domain.findUnique({ where: { id }, include: { programme: { select: { municipalityId: true } } } });
  return domain && { ...domain, municipalityId: domain.programme.municipalityId };
});

export const goalProcedure = resourceProcedure("goalId", async (db, id) => {
  const goal = await db.goal.findUnique({ where: { id }, include: { programme: { select: { municipalityId: true } } } });
  return goal && { ...goal, municipalityId: goal.programme.municipalityId };
});

export const indicatorProcedure = resourceProcedure("indicatorId", async (db, id) => {
  const indicator = await db.indicator.findUnique({
    where: { id },
    include: { goal: { select: { programmeId: true, programme: { select: { municipalityId: true } } } } },
  });
  return indicator && { ...indicator, programmeId: indicator.goal.programmeId, municipalityId: indicator.goal.programme.municipalityId };
});

export const actionProcedure = resourceProcedure("actionId", async (db, id) => {
  const action = await db.action.findUnique({ where: { id }, include: { programme: { select: { municipalityId: true } } } });
  return action && { ...action, municipalityId: action.programme.municipalityId };
});
