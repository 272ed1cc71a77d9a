import { TRPCError } from "@trpc/server";
import {
  actionDescriptionSchema,
  actionTitleSchema,
  actionTrackingFields,
  checkDates,
  checkStatusTransition,
  idSchema,
  isoDateSchema,
  mayReportProgress,
} from "@koers/domain";
import { z } from "zod";
import type { Prisma } from "../../../db.server.js";
import { textFollows, trackingChanged } from "../../text-follows.js";
import { audit } from "../../../services/audit.js";
import { dateOf, isoDate } from "../../../services/serialize.js";
import { actionSnapshot as snapshot, assertInProgramme, createAction } from "../../../services/create-action.js";
import { actionProcedure, programmeProcedure } from "../../guards.js";
import { answerRequestItems } from "../../../services/update-requests.js";
import { notifyMadeOwner } from "../notification/made-owner.js";

type Tx = Prisma.TransactionClient;

const details = z.object({
  title: actionTitleSchema,
  description: actionDescriptionSchema.default(""),
  primaryDomainId: idSchema,
  otherDomainIds: z.array(idSchema).max(20).default([]),
  goalIds: z.array(idSchema).max(50).default([]),
});

/** A new action at the end of its domain, status "proposed". */
export const create = programmeProcedure("action.create")
  .input(details)
  .mutation(async ({ ctx, input }) => {
    const programmeId = ctx.resource.id;
    const created = await ctx.db.$transaction((tx) =>
      createAction(tx, { ...input, municipalityId: ctx.municipality.id, actorId: ctx.user.id, programmeId }),
    );
    // Made in the list, written into the text: a block at the end of its chapter.
    await textFollows(ctx, programmeId, [created.id]);
    return created;
  });

/** Title, description, domains and goals: what the council decides about an action. */
export const updateDetails = actionProcedure("action.edit")
  .input(details)
  .mutation(async ({ ctx, input }) => {
    const action = ctx.resource;
    const otherDomainIds = [...new Set(input.otherDomainIds.filter((id) => id !== input.primaryDomainId))];
    const goalIds = [...new Set(input.goalIds)];
    await ctx.db.$transaction(async (tx) => {
      await assertInProgramme(tx, action.programmeId, [input.primaryDomainId, ...otherDomainIds], goalIds);
      const before = await tx.action.findUniqueOrThrow({ where: { id: action.id }, include: { otherDomains: true, goals: true } });
      await tx.actionDomain.deleteMany({ where: { actionId: action.id } });
      await tx.actionGoal.deleteMany({ where: { actionId: action.id } });
      const after = await tx.action.update({
        where: { id: action.id },
        data: {
          title: input.title,
          description: input.description,
          primaryDomainId: input.primaryDomainId,
          otherDomains: { create: otherDomainIds.map((domainId) => ({ domainId })) },
          goals: { create: goalIds.map((goalId) => ({ goalId })) },
        },
      });
      await audit(tx, {
        municipalityId: ctx.municipality.id,
        actorId: ctx.user.id,
        action: "action.updateDetails",
        entityType: "Action",
        entityId: action.id,
        before: { ...snapshot(before), description: before.description, otherDomainIds: before.otherDomains.map((d) => d.domainId), goalIds: before.goals.map((g) => g.goalId) },
        after: { ...snapshot(after), description: after.description, otherDomainIds, goalIds },
      });
    });
    await textFollows(ctx, action.programmeId, [action.id]);
    return { id: action.id };
  });

/**
 * The tracking fields civil servants keep: status (by the transition rules), owner (a member
 * of the municipality), dates, budget and tags. Only the fields given change.
 */
export const track = actionProcedure("action.track")
  .input(actionTrackingFields)
  .mutation(async ({ ctx, input }) => {
    const current = ctx.resource;
    if (input.status && input.status !== current.status) {
      const verdict = checkStatusTransition(current.status, input.status, input.statusReason);
      if (!verdict.ok) throw new TRPCError({ code: "BAD_REQUEST", message: verdict.error });
    }
    const startDate = input.startDate === undefined ? isoDate(current.startDate) : input.startDate;
    const dueDate = input.dueDate === undefined ? isoDate(current.dueDate) : input.dueDate;
    const dateError = checkDates(startDate, dueDate);
    if (dateError) throw new TRPCError({ code: "BAD_REQUEST", message: dateError });
    if (input.ownerId) {
      const member = await ctx.db.membership.findUnique({
        where: { userId_municipalityId: { userId: input.ownerId, municipalityId: ctx.municipality.id } },
      });
      if (!member) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.action.ownerNotMember" });
    }
    const data: Prisma.ActionUpdateInput = {};
    if (input.status !== undefined) data.status = input.status;
    if (input.ownerId !== undefined) data.owner = input.ownerId ? { connect: { id: input.ownerId } } : { disconnect: true };
    if (input.startDate !== undefined) data.startDate = dateOf(input.startDate);
    if (input.dueDate !== undefined) data.dueDate = dateOf(input.dueDate);
    if (input.budgetCents !== undefined) data.budgetCents = input.budgetCents === null ? null : BigInt(input.budgetCents);
    if (input.tags !== undefined) data.tags = [...new Set(input.tags)];
    await ctx.db.$transaction(async (tx) => {
      const updated = await tx.action.update({ where: { id: current.id }, data });
      await audit(tx, {
        municipalityId: ctx.municipality.id,
        actorId: ctx.user.id,
        action: "action.track",
        entityType: "Action",
        entityId: current.id,
        before: snapshot(current),
        after: { ...snapshot(updated), ...(input.statusReason ? { reason: input.statusReason } : {}) },
      });
      await notifyMadeOwner(tx, ctx, { actionId: current.id, title: updated.title, previousOwnerId: current.ownerId, ownerId: updated.ownerId });
    });
    trackingChanged(ctx, current.programmeId, [current.id]);
    return { id: current.id };
  });

/**
 * A progress report; when it names another status, the action moves there (same rules).
 * Those who track actions may write one, and so may the action's owner (asked for an update,
 * a council member who owns an action must be able to give it). It answers the action's open
 * update requests.
 */
export const addUpdate = actionProcedure("programme.view")
  .input(
    z.object({
      date: isoDateSchema,
      status: actionTrackingFields.shape.status.unwrap(),
      text: z.string().trim().min(1, { error: "errors.update.textRequired" }).max(5000, { error: "errors.update.textTooLong" }),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const current = ctx.resource;
    if (!mayReportProgress(ctx.membership, current)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    if (input.status !== current.status) {
      const verdict = checkStatusTransition(current.status, input.status, input.text);
      if (!verdict.ok) throw new TRPCError({ code: "BAD_REQUEST", message: verdict.error });
    }
    const result = await ctx.db.$transaction(async (tx) => {
      const update = await tx.actionUpdate.create({
        data: { actionId: current.id, date: dateOf(input.date), status: input.status, text: input.text, authorId: ctx.user.id },
      });
      if (input.status !== current.status) await tx.action.update({ where: { id: current.id }, data: { status: input.status } });
      await answerRequestItems(tx, current.id, update.id);
      await audit(tx, {
        municipalityId: ctx.municipality.id,
        actorId: ctx.user.id,
        action: "action.addUpdate",
        entityType: "Action",
        entityId: current.id,
        before: { status: current.status },
        after: { status: input.status, updateId: update.id, date: input.date },
      });
      return { id: update.id };
    });
    trackingChanged(ctx, current.programmeId, [current.id]);
    return result;
  });

/** Archiving keeps every tracking field and report; restoring brings the action back as it was. */
export const setArchived = actionProcedure("action.edit")
  .input(z.object({ archived: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const current = ctx.resource;
    if ((current.archivedAt !== null) === input.archived) return { id: current.id };
    await ctx.db.$transaction(async (tx) => {
      // Restored on its page: it goes back into the text as a new block (textBlockKey null).
      await tx.action.update({
        where: { id: current.id },
        data: input.archived ? { archivedAt: new Date() } : { archivedAt: null, textBlockKey: null },
      });
      await audit(tx, {
        municipalityId: ctx.municipality.id,
        actorId: ctx.user.id,
        action: input.archived ? "action.archive" : "action.restore",
        entityType: "Action",
        entityId: current.id,
        before: { archived: !input.archived },
        after: { archived: input.archived },
      });
    });
    await textFollows(ctx, current.programmeId, [current.id]);
    return { id: current.id };
  });
