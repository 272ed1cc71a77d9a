import { TRPCError } from "@trpc/server";
import {
  actionDescriptionSchema,
  actionTitleSchema,
  checkSignalTransition,
  idSchema,
  raiseSignalFields,
  rolesWith,
  signalReasonSchema,
  type SignalStatus,
} from "@koers/domain";
import { z } from "zod";
import type { Prisma } from "../../../db.server.js";
import { audit } from "../../../services/audit.js";
import { createAction } from "../../../services/create-action.js";
import { notify } from "../../../services/notify.js";
import type { Context } from "../../context.js";
import { FieldError } from "../../errors.js";
import { programmeProcedure } from "../../guards.js";
import { textFollows } from "../../text-follows.js";
import { signalProcedure } from "./guard.js";

type Tx = Prisma.TransactionClient;

function fieldError(field: string, message: string): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message, cause: new FieldError(field, message) });
}

/** Where the raiser reads their signal: the link in their notification. */
export function signalPath(slug: string, programmeId: string, signalId: string): string {
  return `/g/${slug}/programma/${programmeId}/signalen/${signalId}`;
}

type StepContext = Pick<Context, "publicUrl"> & {
  user: { id: string };
  municipality: { id: string; slug: string };
  signal: { id: string; programmeId: string; title: string; status: SignalStatus; raisedById: string | null };
};

/**
 * One triage step, in the caller's transaction: the status moves only if nobody moved it
 * meanwhile (two triagers at once: the second is refused, never a second action), the step
 * joins the history, the audit trail records it and the raiser is told.
 */
async function recordStep(
  tx: Tx,
  ctx: StepContext,
  to: SignalStatus,
  extra: { reason?: string; resultActionId?: string } = {},
): Promise<void> {
  const { signal } = ctx;
  const moved = await tx.signal.updateMany({
    where: { id: signal.id, status: signal.status },
    data: { status: to, ...(extra.reason !== undefined ? { reason: extra.reason } : {}), ...(extra.resultActionId ? { resultActionId: extra.resultActionId } : {}) },
  });
  if (moved.count !== 1) throw new TRPCError({ code: "CONFLICT", message: "errors.signal.changedMeanwhile" });
  await tx.signalEvent.create({ data: { signalId: signal.id, actorId: ctx.user.id, status: to, reason: extra.reason ?? null } });
  await audit(tx, {
    municipalityId: ctx.municipality.id,
    actorId: ctx.user.id,
    action: `signal.${to}`,
    entityType: "Signal",
    entityId: signal.id,
    before: { status: signal.status },
    after: { status: to, ...extra },
  });
  await notify(
    tx,
    {
      municipalityId: ctx.municipality.id,
      kind: "signal_status",
      recipientIds: signal.raisedById ? [signal.raisedById] : [],
      actorId: ctx.user.id,
      params: { signal: signal.title, status: to },
      link: signalPath(ctx.municipality.slug, signal.programmeId, signal.id),
    },
    ctx.publicUrl,
  );
}

type RaiseContext = Pick<Context, "publicUrl"> & { user: { id: string; name: string }; municipality: { id: string; slug: string } };

/**
 * A new signal waits for triage: everyone in the municipality who may triage it (signal.triage
 * in the capability matrix) hears of it, in the raise's transaction, with the raiser's
 * organisation when they spoke for one. The raiser is the actor, so never told of their own.
 */
async function tellTriagers(
  tx: Tx,
  ctx: RaiseContext,
  signal: { id: string; programmeId: string; title: string; organisationId: string | null },
  domain: { name: string },
): Promise<void> {
  const triagers = await tx.membership.findMany({
    where: { municipalityId: ctx.municipality.id, role: { in: rolesWith("signal.triage") } },
    select: { userId: true },
  });
  const organisation = signal.organisationId
    ? await tx.organisation.findUnique({ where: { id: signal.organisationId }, select: { name: true } })
    : null;
  await notify(
    tx,
    {
      municipalityId: ctx.municipality.id,
      kind: "signal_raised",
      recipientIds: triagers.map((m) => m.userId),
      actorId: ctx.user.id,
      params: { signal: signal.title, actor: ctx.user.name, ...(organisation ? { organisation: organisation.name } : {}), domain: domain.name },
      link: signalPath(ctx.municipality.slug, signal.programmeId, signal.id),
    },
    ctx.publicUrl,
  );
}

const REASON_ERRORS = new Set(["errors.signal.reasonRequired", "errors.signal.reasonTooLong"]);

/** The step is allowed from where the signal is now (checked again, atomically, in recordStep). */
function assertStep(from: SignalStatus, to: SignalStatus, reason?: string): void {
  const verdict = checkSignalTransition(from, to, reason);
  if (!verdict.ok) {
    if (REASON_ERRORS.has(verdict.error)) throw fieldError("reason", verdict.error);
    throw new TRPCError({ code: "BAD_REQUEST", message: verdict.error });
  }
}

/**
 * Any member puts something on the agenda: a title, what they see, the domain it belongs to
 * and, if it concerns one, an action of the programme. A partner's signal records their
 * organisation, so colleagues of that organisation follow it too. Those who triage are told.
 */
export const raise = programmeProcedure("signal.raise")
  .input(raiseSignalFields)
  .mutation(async ({ ctx, input }) => {
    const programmeId = ctx.resource.id;
    return ctx.db.$transaction(async (tx) => {
      const domain = await tx.domain.findFirst({ where: { id: input.domainId, programmeId, archivedAt: null }, select: { id: true, name: true } });
      if (!domain) throw fieldError("domainId", "errors.signal.domainUnknown");
      if (input.linkedActionId) {
        const action = await tx.action.findFirst({ where: { id: input.linkedActionId, programmeId, archivedAt: null }, select: { id: true } });
        if (!action) throw fieldError("linkedActionId", "errors.signal.actionUnknown");
      }
      const organisationId = ctx.membership.role === "partner" ? ctx.membership.organisationId : null;
      const signal = await tx.signal.create({
        data: {
          programmeId,
          raisedById: ctx.user.id,
          organisationId,
          title: input.title,
          text: input.text,
          domainId: input.domainId,
          linkedActionId: input.linkedActionId ?? null,
          events: { create: { actorId: ctx.user.id, status: "new" } },
        },
      });
      await audit(tx, {
        municipalityId: ctx.municipality.id,
        actorId: ctx.user.id,
        action: "signal.raise",
        entityType: "Signal",
        entityId: signal.id,
        after: { title: signal.title, text: signal.text, domainId: signal.domainId, linkedActionId: signal.linkedActionId, organisationId, status: signal.status },
      });
      await tellTriagers(tx, ctx, signal, domain);
      return { id: signal.id };
    });
  });

/** A civil servant takes the signal up: the raiser knows someone is looking at it. */
export const startReview = signalProcedure("signal.triage").mutation(async ({ ctx }) => {
  assertStep(ctx.signal.status, "in_review");
  await ctx.db.$transaction((tx) => recordStep(tx, ctx, "in_review"));
  return { id: ctx.signal.id, status: "in_review" as const };
});

/** Declined, with the reason the raiser reads back in the history. */
export const decline = signalProcedure("signal.triage")
  .input(z.object({ reason: signalReasonSchema }))
  .mutation(async ({ ctx, input }) => {
    assertStep(ctx.signal.status, "declined", input.reason);
    await ctx.db.$transaction((tx) => recordStep(tx, ctx, "declined", { reason: input.reason }));
    return { id: ctx.signal.id, status: "declined" as const };
  });

/**
 * The signal becomes an action of the programme: the action (at the end of its domain, as
 * action.create makes it) and the signal's step commit together, the signal pointing at its
 * action. Then the programme text follows: the action's block appears in its chapter.
 */
export const convert = signalProcedure("signal.triage")
  .input(z.object({ title: actionTitleSchema, primaryDomainId: idSchema, description: actionDescriptionSchema.default("") }))
  .mutation(async ({ ctx, input }) => {
    assertStep(ctx.signal.status, "became_action");
    const programmeId = ctx.signal.programmeId;
    const action = await ctx.db.$transaction(async (tx) => {
      const created = await createAction(tx, {
        municipalityId: ctx.municipality.id,
        actorId: ctx.user.id,
        programmeId,
        title: input.title,
        description: input.description,
        primaryDomainId: input.primaryDomainId,
        otherDomainIds: [],
        goalIds: [],
      });
      await recordStep(tx, ctx, "became_action", { resultActionId: created.id });
      return created;
    });
    await textFollows(ctx, programmeId, [action.id]);
    return { id: ctx.signal.id, status: "became_action" as const, actionId: action.id };
  });
