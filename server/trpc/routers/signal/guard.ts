import { TRPCError } from "@trpc/server";
import { can, canSeeSignal, idSchema, signalScope, type Capability, type SignalViewer } from "@koers/domain";
import { z } from "zod";
import type { Prisma } from "../../../db.server.js";
import { authedProcedure } from "../../init.js";

/** The Prisma filter for the signals this member may see (the pure rule: signalScope). */
export function visibleSignals(viewer: SignalViewer): Prisma.SignalWhereInput {
  const scope = signalScope(viewer);
  switch (scope.kind) {
    case "all":
      return {};
    case "organisation":
      return { OR: [{ organisationId: scope.organisationId }, { raisedById: scope.userId }] };
    case "own":
      return { raisedById: scope.userId };
  }
}

/**
 * Guard for a signal addressed by id, like the guards in ../../guards.ts: the signal's
 * municipality, then the caller's membership there (fresh on every call). A signal the member
 * may not see — another municipality, another organisation, someone else's as a viewer — is
 * NOT_FOUND, exactly like one that does not exist; one they see but may not act on is FORBIDDEN.
 */
export function signalProcedure(capability: Capability) {
  return authedProcedure
    .input(z.object({ signalId: idSchema }))
    .use(async ({ ctx, input, next }) => {
      const signal = await ctx.db.signal.findUnique({
        where: { id: input.signalId },
        include: { programme: { select: { municipalityId: true } } },
      });
      if (!signal) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
      const membership = await ctx.db.membership.findUnique({
        where: { userId_municipalityId: { userId: ctx.user.id, municipalityId: signal.programme.municipalityId } },
        include: { municipality: true },
      });
      if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
      if (!canSeeSignal({ userId: ctx.user.id, role: membership.role, organisationId: membership.organisationId }, signal)) {
        throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
      }
      if (!can(membership, capability)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
      return next({ ctx: { ...ctx, membership, municipality: membership.municipality, signal } });
    });
}
