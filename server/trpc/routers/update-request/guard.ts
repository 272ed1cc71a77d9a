import { TRPCError } from "@trpc/server";
import { can, idSchema, type Capability } from "@koers/domain";
import { z } from "zod";
import { authedProcedure } from "../../init.js";

/**
 * Like the guards in ../../guards.ts, for one update request addressed by id: the request's
 * municipality first, then the caller's membership there (fresh on every call), then `can()`.
 * A request of a municipality the caller is not in is NOT_FOUND, like one that does not exist.
 */
export function requestProcedure(capability: Capability) {
  return authedProcedure.input(z.object({ requestId: idSchema })).use(async ({ ctx, input, next }) => {
    const request = await ctx.db.updateRequest.findUnique({
      where: { id: input.requestId },
      include: { programme: { select: { id: true, title: true, municipalityId: true } } },
    });
    if (!request) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    const membership = await ctx.db.membership.findUnique({
      where: { userId_municipalityId: { userId: ctx.user.id, municipalityId: request.programme.municipalityId } },
      include: { municipality: true },
    });
    if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    if (!can(membership, capability)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    return next({ ctx: { ...ctx, membership, municipality: membership.municipality, resource: request } });
  });
}
