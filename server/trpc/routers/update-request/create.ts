import { TRPCError } from "@trpc/server";
import { checkDeadline, updateRequestFilters, updateRequestInput } from "@koers/domain";
import { audit } from "../../../services/audit.js";
import { notify } from "../../../services/notify.js";
import { dateOf, todayInNetherlands } from "../../../services/serialize.js";
import { requestSelection } from "../../../services/update-requests.js";
import { FieldError } from "../../errors.js";
import { programmeProcedure } from "../../guards.js";

/** Whom a request with these filters would reach: "N owners over M actions", and who is skipped. */
export const preview = programmeProcedure("update.request")
  .input(updateRequestFilters)
  .query(async ({ ctx, input }) => {
    const selection = await requestSelection(ctx.db, ctx.resource.id, input, todayInNetherlands());
    return { actions: selection.actions.length, owners: selection.owners, skippedWithoutOwner: selection.skippedWithoutOwner };
  });

/**
 * Asks the owners of the live actions the filters match for a progress update by the
 * deadline. Each owner hears of it once per action, with a link straight to the form.
 */
export const create = programmeProcedure("update.request")
  .input(updateRequestInput)
  .mutation(async ({ ctx, input }) => {
    const today = todayInNetherlands();
    const deadlineError = checkDeadline(input.deadline, today);
    if (deadlineError) throw new TRPCError({ code: "BAD_REQUEST", message: deadlineError, cause: new FieldError("deadline", deadlineError) });
    const programmeId = ctx.resource.id;
    const slug = ctx.municipality.slug;
    return ctx.db.$transaction(async (tx) => {
      const { actions, owners, skippedWithoutOwner } = await requestSelection(tx, programmeId, input.filters, today);
      if (actions.length === 0) {
        throw new TRPCError({ code: "BAD_REQUEST", message: skippedWithoutOwner > 0 ? "errors.updateRequest.noOwners" : "errors.updateRequest.noActions" });
      }
      const request = await tx.updateRequest.create({
        data: {
          programmeId,
          requestedById: ctx.user.id,
          deadline: dateOf(input.deadline),
          message: input.message,
          filter: input.filters,
        },
      });
      await tx.updateRequestItem.createMany({
        data: actions.map((action) => ({ requestId: request.id, actionId: action.id, ownerId: action.ownerId })),
      });
      for (const action of actions) {
        await notify(
          tx,
          {
            municipalityId: ctx.municipality.id,
            kind: "update_requested",
            recipientIds: [action.ownerId],
            actorId: ctx.user.id,
            params: { actor: ctx.user.name, action: action.title, deadline: input.deadline },
            link: `/g/${slug}/acties/${action.id}?verzoek=${request.id}#voortgang`,
            dedupeKey: `update_requested:${request.id}:${action.id}`,
          },
          ctx.publicUrl,
        );
      }
      await audit(tx, {
        municipalityId: ctx.municipality.id,
        actorId: ctx.user.id,
        action: "updateRequest.create",
        entityType: "UpdateRequest",
        entityId: request.id,
        after: {
          programmeId,
          deadline: input.deadline,
          message: input.message,
          filters: input.filters,
          actionIds: actions.map((a) => a.id),
          skippedWithoutOwner,
        },
      });
      return { requestId: request.id, items: actions.length, owners, skippedWithoutOwner };
    });
  });
