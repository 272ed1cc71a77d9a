import { TRPCError } from "@trpc/server";
import {
  ACTION_STATUSES,
  COMMITMENT_STATUSES,
  LIVE_COMMITMENT_STATUSES,
  actionClosedToCommitments,
  can,
  idSchema,
  isOpenStatus,
} from "@koers/domain";
import { z } from "zod";
import type { Db, Prisma } from "../../../db.server.js";
import { isoDate } from "../../../services/serialize.js";
import { actionProcedure } from "../../guards.js";
import { municipalityProcedure } from "../../init.js";
import { isStaff, visibleWhere } from "./access.js";
import { commitmentInclude, commitmentOrder, presentCommitment, type PresentedCommitment } from "./present.js";

/**
 * The commitments on one action that the caller may see, and whether the caller's own
 * organisation can offer one now (and if not, why not: the page says so instead of a form).
 */
export const forAction = actionProcedure("programme.view").query(async ({ ctx }) => {
  const action = ctx.resource;
  const membership = ctx.membership;
  const rows = await ctx.db.commitment.findMany({
    where: { actionId: action.id, ...visibleWhere(membership) },
    include: commitmentInclude,
    orderBy: commitmentOrder,
  });
  const organisation = membership.organisationId
    ? await ctx.db.organisation.findUnique({ where: { id: membership.organisationId }, select: { id: true, name: true } })
    : null;
  const mayMake = organisation !== null && can(membership, "commitment.make", { organisationId: organisation.id });
  const live = mayMake ? rows.find((row) => row.organisationId === organisation.id && LIVE_COMMITMENT_STATUSES.includes(row.status)) : undefined;
  const blockedBy = !mayMake
    ? null
    : live
      ? "errors.commitment.alreadyLive"
      : actionClosedToCommitments({ archived: action.archivedAt !== null, status: action.status });
  return {
    commitments: rows.map((row) => presentCommitment(row, membership)),
    /** The caller's organisation (partners), for the form's heading. */
    organisation: mayMake ? organisation : null,
    canOffer: mayMake && blockedBy === null,
    /** Why a partner cannot offer now (an error key), or null. */
    offerBlockedBy: blockedBy,
  };
});

/** Without a status, staff get the offers awaiting their decision and partners every status. */
const overviewInput = z.object({
  domainId: idSchema.optional(),
  status: z.enum([...COMMITMENT_STATUSES, "all"], { error: "errors.generic" }).optional(),
});

/**
 * "Onze toezeggingen" for a partner: their organisation's commitments in every status and the
 * open actions they could still join; "Toezeggingen" for staff: every organisation's
 * commitments, to decide on. Both for the municipality's current programme, filtered by
 * domain (an action counts under its main domain and every domain it touches) and status.
 */
export const overview = municipalityProcedure("municipality.view")
  .input(overviewInput)
  .query(async ({ ctx, input }) => {
    const membership = ctx.membership;
    const staff = isStaff(membership);
    if (!staff && !can(membership, "commitment.make")) throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });

    const programmes = await ctx.db.programme.findMany({
      where: { municipalityId: ctx.municipality.id },
      select: { id: true, title: true, status: true },
      orderBy: [{ termStart: "desc" }, { createdAt: "desc" }],
    });
    const programme = programmes.find((p) => p.status !== "archived") ?? programmes[0] ?? null;
    const organisation = membership.organisationId
      ? await ctx.db.organisation.findUnique({ where: { id: membership.organisationId }, select: { id: true, name: true } })
      : null;
    const empty = {
      view: staff ? ("staff" as const) : ("partner" as const),
      organisation,
      programme: null,
      filters: { domainId: null, status: null },
      domains: [] as { id: string; name: string }[],
      commitments: [] as PresentedCommitment[],
      counts: countsOf([]),
      openActions: [] as Awaited<ReturnType<typeof joinableActions>>,
    };
    if (!programme) return empty;

    const domains = await ctx.db.domain.findMany({
      where: { programmeId: programme.id, archivedAt: null },
      select: { id: true, name: true },
      orderBy: [{ order: "asc" }, { name: "asc" }],
    });
    const domainId = input.domainId && domains.some((d) => d.id === input.domainId) ? input.domainId : undefined;
    const inDomain: Prisma.ActionWhereInput = domainId ? { OR: [{ primaryDomainId: domainId }, { otherDomains: { some: { domainId } } }] } : {};
    const scope: Prisma.CommitmentWhereInput = {
      action: { programmeId: programme.id, ...inDomain },
      // A partner's page is about their own organisation (can() above made sure they have one).
      ...(staff ? {} : { organisationId: membership.organisationId! }),
      ...visibleWhere(membership),
    };

    const requested = input.status ?? (staff ? "offered" : "all");
    const status = requested === "all" ? null : requested;
    const [rows, grouped, openActions] = await Promise.all([
      ctx.db.commitment.findMany({
        where: { ...scope, ...(status ? { status } : {}) },
        include: commitmentInclude,
        orderBy: commitmentOrder,
        take: 500,
      }),
      ctx.db.commitment.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
      !staff && organisation ? joinableActions(ctx.db, programme.id, organisation.id, inDomain) : Promise.resolve([]),
    ]);
    return {
      view: empty.view,
      organisation,
      programme: { id: programme.id, title: programme.title },
      filters: { domainId: domainId ?? null, status },
      domains,
      commitments: rows.map((row) => presentCommitment(row, membership)),
      counts: countsOf(grouped.map((g) => ({ status: g.status, count: g._count._all }))),
      openActions,
    };
  });

function countsOf(groups: { status: (typeof COMMITMENT_STATUSES)[number]; count: number }[]) {
  const counts = Object.fromEntries(COMMITMENT_STATUSES.map((status) => [status, 0])) as Record<(typeof COMMITMENT_STATUSES)[number], number>;
  for (const group of groups) counts[group.status] = group.count;
  return counts;
}

/** Open actions of the programme on which the organisation has no live commitment, in text order. */
async function joinableActions(db: Db, programmeId: string, organisationId: string, inDomain: Prisma.ActionWhereInput) {
  const rows = await db.action.findMany({
    where: {
      programmeId,
      archivedAt: null,
      status: { in: ACTION_STATUSES.filter(isOpenStatus) },
      commitments: { none: { organisationId, status: { in: [...LIVE_COMMITMENT_STATUSES] } } },
      ...inDomain,
    },
    orderBy: [{ primaryDomainOrder: "asc" }, { order: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      dueDate: true,
      primaryDomain: { select: { id: true, name: true } },
      _count: { select: { commitments: { where: { status: { in: ["accepted", "fulfilled"] } } } } },
    },
    take: 300,
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    dueDate: isoDate(row.dueDate),
    primaryDomain: row.primaryDomain,
    /** Accepted and fulfilled commitments of other organisations already on it. */
    commitments: row._count.commitments,
  }));
}
