import { TRPCError } from "@trpc/server";
import {
  can,
  canSeeCommitment,
  commitmentStateError,
  commitmentVisibility,
  idSchema,
  mayHandleCommitment,
  type Actor,
  type CommitmentOperation,
} from "@koers/domain";
import { z } from "zod";
import type { Db, Prisma } from "../../../db.server.js";
import type { Context } from "../../context.js";
import { authedProcedure } from "../../init.js";

/** A commitment with what its procedures need: organisation, action and municipality. */
function loadCommitment(db: Db, id: string) {
  return db.commitment.findUnique({
    where: { id },
    include: {
      organisation: { select: { id: true, name: true } },
      action: {
        select: {
          id: true,
          title: true,
          ownerId: true,
          programmeId: true,
          archivedAt: true,
          programme: { select: { municipalityId: true } },
        },
      },
    },
  });
}

export type LoadedCommitment = NonNullable<Awaited<ReturnType<typeof loadCommitment>>>;

/** What a procedure on one commitment works with, once the guard let it through. */
export type CommitmentContext = Context & {
  user: { id: string };
  municipality: { id: string; slug: string };
  commitment: LoadedCommitment;
};

/**
 * The guard for procedures on one commitment. Loads the commitment with its action and
 * municipality, then the caller's membership there (fresh on every call). A commitment of
 * another municipality, or one the caller may not see (another organisation's offer), is
 * NOT_FOUND, exactly like one that does not exist; one the caller sees but may not handle so
 * is FORBIDDEN; one in the wrong status for the operation is a BAD_REQUEST with the reason.
 */
export function commitmentProcedure(operation: CommitmentOperation) {
  return authedProcedure.input(z.object({ commitmentId: idSchema })).use(async ({ ctx, input, next }) => {
    const commitment = await loadCommitment(ctx.db, input.commitmentId);
    if (!commitment) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    const municipalityId = commitment.action.programme.municipalityId;
    const membership = await ctx.db.membership.findUnique({
      where: { userId_municipalityId: { userId: ctx.user.id, municipalityId } },
      include: { municipality: true },
    });
    if (!membership || !canSeeCommitment(membership, commitment)) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    if (!mayHandleCommitment(membership, operation, commitment)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    const stateError = commitmentStateError(operation, commitment.status);
    if (stateError) throw new TRPCError({ code: "BAD_REQUEST", message: stateError });
    return next({ ctx: { ...ctx, membership, municipality: membership.municipality, commitment } });
  });
}

/** The commitments this member may see, as a Prisma filter (same rule as canSeeCommitment). */
export function visibleWhere(actor: Actor): Prisma.CommitmentWhereInput {
  const visibility = commitmentVisibility(actor);
  if (visibility.all) return {};
  const or: Prisma.CommitmentWhereInput[] = [{ status: { in: [...visibility.statuses] } }];
  if (visibility.ownOrganisationId) or.push({ organisationId: visibility.ownOrganisationId });
  return { OR: or };
}

/** Staff decide on commitments and see all of them; partners and viewers see the public ones and their own. */
export function isStaff(actor: Actor): boolean {
  return can(actor, "commitment.decide");
}
