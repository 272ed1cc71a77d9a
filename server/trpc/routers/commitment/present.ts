import { allowedCommitmentOperations, type Actor } from "@koers/domain";
import type { Prisma } from "../../../db.server.js";
import { centsOf, isoDate } from "../../../services/serialize.js";

/** What the pages show of a commitment, loaded in one query with its organisation and reports. */
export const commitmentInclude = {
  organisation: { select: { id: true, name: true } },
  createdBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
  reports: { orderBy: [{ date: "desc" }, { createdAt: "desc" }], select: { id: true, date: true, text: true, author: { select: { name: true } } } },
  action: {
    select: {
      id: true,
      title: true,
      status: true,
      archivedAt: true,
      primaryDomain: { select: { id: true, name: true } },
    },
  },
} satisfies Prisma.CommitmentInclude;

type Row = Prisma.CommitmentGetPayload<{ include: typeof commitmentInclude }>;

/** Newest first within a status, so the list reads like a log of promises. */
export const commitmentOrder = [{ createdAt: "desc" }, { id: "asc" }] satisfies Prisma.CommitmentOrderByWithRelationInput[];

/**
 * A commitment as the API gives it: money in cents (number), days as "YYYY-MM-DD", and the
 * operations this member can do on it now, so a page shows only the buttons that work.
 */
export function presentCommitment(row: Row, actor: Actor) {
  return {
    id: row.id,
    status: row.status,
    organisation: row.organisation,
    contribution: row.contribution,
    capacityHours: row.capacityHours,
    capacityCents: centsOf(row.capacityCents),
    periodStart: isoDate(row.periodStart),
    periodEnd: isoDate(row.periodEnd),
    reason: row.reason,
    createdBy: row.createdBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    decidedBy: row.decidedBy?.name ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    action: {
      id: row.action.id,
      title: row.action.title,
      status: row.action.status,
      archived: row.action.archivedAt !== null,
      primaryDomain: row.action.primaryDomain,
    },
    reports: row.reports.map((report) => ({ id: report.id, date: isoDate(report.date), text: report.text, author: report.author?.name ?? null })),
    operations: allowedCommitmentOperations(actor, row),
  };
}

export type PresentedCommitment = ReturnType<typeof presentCommitment>;
