import { TRPCError } from "@trpc/server";
import {
  LIVE_COMMITMENT_STATUSES,
  actionClosedToCommitments,
  can,
  checkCommitmentTransition,
  commitmentAnchor,
  commitmentDeclineInput,
  commitmentFields,
  commitmentReportInput,
  commitmentWithdrawInput,
  type CommitmentFields,
  type CommitmentStatus,
} from "@koers/domain";
import type { Prisma } from "../../../db.server.js";
import { audit } from "../../../services/audit.js";
import { notify, type NotificationKind } from "../../../services/notify.js";
import { centsOf, dateOf, isoDate, todayInNetherlands } from "../../../services/serialize.js";
import { FieldError } from "../../errors.js";
import { actionProcedure } from "../../guards.js";
import { trackingChanged } from "../../text-follows.js";
import { commitmentProcedure, type CommitmentContext } from "./access.js";

type Tx = Prisma.TransactionClient;

function snapshot(row: {
  status: CommitmentStatus;
  contribution: string;
  capacityHours: number | null;
  capacityCents: bigint | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  reason: string | null;
}) {
  return {
    status: row.status,
    contribution: row.contribution,
    capacityHours: row.capacityHours,
    capacityCents: centsOf(row.capacityCents),
    periodStart: isoDate(row.periodStart),
    periodEnd: isoDate(row.periodEnd),
    reason: row.reason,
  };
}

/** The form's fields as columns; an empty optional field clears the column. */
function columns(input: CommitmentFields) {
  return {
    contribution: input.contribution,
    capacityHours: input.capacityHours ?? null,
    capacityCents: input.capacityCents === null || input.capacityCents === undefined ? null : BigInt(input.capacityCents),
    periodStart: dateOf(input.periodStart ?? null),
    periodEnd: dateOf(input.periodEnd ?? null),
  };
}

const linkTo = (slug: string, actionId: string) => `/g/${slug}/acties/${actionId}#toezeggingen`;
/** Straight to one commitment's card, for news about that commitment alone (its progress, its fulfilment). */
const linkToCommitment = (slug: string, actionId: string, commitmentId: string) => `/g/${slug}/acties/${actionId}#${commitmentAnchor(commitmentId)}`;

/** Who hears of an offer or a withdrawal: the action's owner, or every civil servant when it has none. */
async function actionPeople(tx: Tx, municipalityId: string, ownerId: string | null): Promise<string[]> {
  if (ownerId) return [ownerId];
  const servants = await tx.membership.findMany({ where: { municipalityId, role: "civil_servant" }, select: { userId: true } });
  return servants.map((m) => m.userId);
}

/** Who hears of a decision: every partner member of the organisation. */
async function organisationPeople(tx: Tx, municipalityId: string, organisationId: string): Promise<string[]> {
  const partners = await tx.membership.findMany({ where: { municipalityId, organisationId, role: "partner" }, select: { userId: true } });
  return partners.map((m) => m.userId);
}

/** Who hears of a fulfilment: the organisation's partners, as for a decision, and the member who offered it. */
async function offererAndOrganisation(tx: Tx, municipalityId: string, commitment: { organisationId: string; createdById: string | null }): Promise<string[]> {
  const partners = await organisationPeople(tx, municipalityId, commitment.organisationId);
  return commitment.createdById ? [commitment.createdById, ...partners] : partners;
}

/** Who hears of progress: the action's owner and the member who accepted the commitment. */
function progressPeople(commitment: { decidedById: string | null; action: { ownerId: string | null } }): string[] {
  return [commitment.action.ownerId, commitment.decidedById].filter((id): id is string => id !== null);
}

/**
 * A partner commits their own organisation to an action. An organisation has at most one
 * live (offered or accepted) commitment per action: the action's row is locked while this is
 * checked, so two offers sent at once cannot both pass. Archived, done and dropped actions
 * take no new commitments.
 */
export const offer = actionProcedure("commitment.make")
  .input(commitmentFields)
  .mutation(async ({ ctx, input }) => {
    const organisationId = ctx.membership.organisationId;
    if (!organisationId || !can(ctx.membership, "commitment.make", { organisationId })) {
      throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    }
    const actionId = ctx.resource.id;
    const created = await ctx.db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Action" WHERE id = ${actionId}::uuid FOR UPDATE`;
      const action = await tx.action.findUniqueOrThrow({ where: { id: actionId }, select: { title: true, status: true, archivedAt: true, ownerId: true } });
      const closed = actionClosedToCommitments({ archived: action.archivedAt !== null, status: action.status });
      if (closed) throw new TRPCError({ code: "BAD_REQUEST", message: closed });
      const live = await tx.commitment.findFirst({ where: { actionId, organisationId, status: { in: [...LIVE_COMMITMENT_STATUSES] } }, select: { id: true } });
      if (live) throw new TRPCError({ code: "CONFLICT", message: "errors.commitment.alreadyLive" });
      const row = await tx.commitment.create({
        data: { actionId, organisationId, createdById: ctx.user.id, ...columns(input) },
        include: { organisation: { select: { name: true } } },
      });
      await audit(tx, {
        municipalityId: ctx.municipality.id,
        actorId: ctx.user.id,
        action: "commitment.offer",
        entityType: "Commitment",
        entityId: row.id,
        after: { ...snapshot(row), actionId, organisationId },
      });
      await notify(
        tx,
        {
          municipalityId: ctx.municipality.id,
          kind: "commitment_offered",
          recipientIds: await actionPeople(tx, ctx.municipality.id, action.ownerId),
          actorId: ctx.user.id,
          params: { organisation: row.organisation.name, action: action.title },
          link: linkTo(ctx.municipality.slug, actionId),
        },
        ctx.publicUrl,
      );
      return { id: row.id };
    });
    trackingChanged(ctx, ctx.resource.programmeId, [actionId]);
    return created;
  });

/** While nobody has decided on it yet, the organisation may change what it offers. */
export const edit = commitmentProcedure("edit")
  .input(commitmentFields)
  .mutation(async ({ ctx, input }) => {
    const current = ctx.commitment;
    await ctx.db.$transaction(async (tx) => {
      const moved = await tx.commitment.updateMany({ where: { id: current.id, status: "offered" }, data: columns(input) });
      if (moved.count === 0) throw new TRPCError({ code: "CONFLICT", message: "errors.commitment.changedMeanwhile" });
      const after = await tx.commitment.findUniqueOrThrow({ where: { id: current.id } });
      await audit(tx, {
        municipalityId: ctx.municipality.id,
        actorId: ctx.user.id,
        action: "commitment.edit",
        entityType: "Commitment",
        entityId: current.id,
        before: snapshot(current),
        after: snapshot(after),
      });
    });
    trackingChanged(ctx, current.action.programmeId, [current.action.id]);
    return { id: current.id };
  });

type Move = {
  to: CommitmentStatus;
  reason?: string | null;
  /** Accepting and declining record who decided and when. */
  decided?: boolean;
  notice?: {
    kind: NotificationKind;
    recipients: (tx: Tx) => Promise<string[]>;
    params?: Record<string, string>;
    /** Straight to the commitment's card instead of the action's list of commitments. */
    toCard?: boolean;
  };
};

/**
 * Moves a commitment along (accept, decline, withdraw, fulfil) by the transition rules, only
 * from the status the guard saw: if someone else moved it meanwhile, nothing changes and the
 * person is told so. The change, its audit trace and the notifications commit together.
 */
async function move(ctx: CommitmentContext, change: Move) {
  const current = ctx.commitment;
  const verdict = checkCommitmentTransition(current.status, change.to, change.reason);
  if (!verdict.ok) throw new TRPCError({ code: "BAD_REQUEST", message: verdict.error });
  await ctx.db.$transaction(async (tx) => {
    const data: Prisma.CommitmentUncheckedUpdateManyInput = { status: change.to };
    if (change.reason !== undefined) data.reason = change.reason;
    if (change.decided) {
      data.decidedById = ctx.user.id;
      data.decidedAt = new Date();
    }
    const moved = await tx.commitment.updateMany({ where: { id: current.id, status: current.status }, data });
    if (moved.count === 0) throw new TRPCError({ code: "CONFLICT", message: "errors.commitment.changedMeanwhile" });
    await audit(tx, {
      municipalityId: ctx.municipality.id,
      actorId: ctx.user.id,
      action: `commitment.${change.to}`,
      entityType: "Commitment",
      entityId: current.id,
      before: { status: current.status },
      after: { status: change.to, ...(change.reason ? { reason: change.reason } : {}) },
    });
    if (change.notice) {
      await notify(
        tx,
        {
          municipalityId: ctx.municipality.id,
          kind: change.notice.kind,
          recipientIds: await change.notice.recipients(tx),
          actorId: ctx.user.id,
          params: { organisation: current.organisation.name, action: current.action.title, ...change.notice.params },
          link: change.notice.toCard ? linkToCommitment(ctx.municipality.slug, current.action.id, current.id) : linkTo(ctx.municipality.slug, current.action.id),
        },
        ctx.publicUrl,
      );
    }
  });
  trackingChanged(ctx, current.action.programmeId, [current.action.id]);
  return { id: current.id };
}

/** The organisation takes its offer or promise back, with a reason if it wants to give one. */
export const withdraw = commitmentProcedure("withdraw")
  .input(commitmentWithdrawInput)
  .mutation(({ ctx, input }) =>
    move(ctx, {
      to: "withdrawn",
      reason: input.reason,
      notice: { kind: "commitment_withdrawn", recipients: (tx) => actionPeople(tx, ctx.municipality.id, ctx.commitment.action.ownerId) },
    }),
  );

/** The municipality takes the offer on; the organisation's partners hear of it. */
export const accept = commitmentProcedure("accept").mutation(({ ctx }) =>
  move(ctx, {
    to: "accepted",
    decided: true,
    notice: { kind: "commitment_accepted", recipients: (tx) => organisationPeople(tx, ctx.municipality.id, ctx.commitment.organisationId) },
  }),
);

/** The municipality declines the offer and says why; the organisation's partners read the reason. */
export const decline = commitmentProcedure("decline")
  .input(commitmentDeclineInput)
  .mutation(({ ctx, input }) =>
    move(ctx, {
      to: "declined",
      reason: input.reason,
      decided: true,
      notice: {
        kind: "commitment_declined",
        recipients: (tx) => organisationPeople(tx, ctx.municipality.id, ctx.commitment.organisationId),
        params: { reason: input.reason },
      },
    }),
  );

/** The promise was kept: marked by the municipality; the organisation hears its work is recognised. */
export const fulfil = commitmentProcedure("fulfil").mutation(({ ctx }) =>
  move(ctx, {
    to: "fulfilled",
    notice: { kind: "commitment_fulfilled", recipients: (tx) => offererAndOrganisation(tx, ctx.municipality.id, ctx.commitment), toCard: true },
  }),
);

/**
 * The organisation reports how its accepted commitment is going (not dated in the future); the
 * action's owner and whoever accepted the commitment hear of it, in the same transaction.
 */
export const report = commitmentProcedure("report")
  .input(commitmentReportInput)
  .mutation(async ({ ctx, input }) => {
    const current = ctx.commitment;
    if (input.date > todayInNetherlands()) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "errors.commitment.reportDateFuture", cause: new FieldError("date", "errors.commitment.reportDateFuture") });
    }
    const created = await ctx.db.$transaction(async (tx) => {
      // Locked, so a withdrawal at the same moment cannot slip in between the check and the report.
      const [locked] = await tx.$queryRaw<{ status: CommitmentStatus }[]>`SELECT status FROM "Commitment" WHERE id = ${current.id}::uuid FOR UPDATE`;
      if (locked?.status !== "accepted") throw new TRPCError({ code: "CONFLICT", message: "errors.commitment.changedMeanwhile" });
      const row = await tx.commitmentReport.create({
        data: { commitmentId: current.id, authorId: ctx.user.id, date: dateOf(input.date), text: input.text },
      });
      await audit(tx, {
        municipalityId: ctx.municipality.id,
        actorId: ctx.user.id,
        action: "commitment.report",
        entityType: "Commitment",
        entityId: current.id,
        after: { reportId: row.id, date: input.date, text: input.text },
      });
      await notify(
        tx,
        {
          municipalityId: ctx.municipality.id,
          kind: "commitment_reported",
          recipientIds: progressPeople(current),
          actorId: ctx.user.id,
          params: { organisation: current.organisation.name, action: current.action.title },
          link: linkToCommitment(ctx.municipality.slug, current.action.id, current.id),
        },
        ctx.publicUrl,
      );
      return { id: row.id };
    });
    trackingChanged(ctx, current.action.programmeId, [current.action.id]);
    return created;
  });
