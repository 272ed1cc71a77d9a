import { TRPCError } from "@trpc/server";
import type { Prisma } from "../db.server.js";
import { audit } from "./audit.js";
import { centsOf, isoDate } from "./serialize.js";

type Tx = Prisma.TransactionClient;

/** Domains and goals must belong to the action's own programme (live domains only). */
export async function assertInProgramme(tx: Tx, programmeId: string, domainIds: string[], goalIds: string[]): Promise<void> {
  // One after the other: a transaction is one connection, and pg 9 refuses a query while
  // another is running on it.
  const domains = await tx.domain.count({ where: { programmeId, id: { in: domainIds }, archivedAt: null } });
  const goals = await tx.goal.count({ where: { programmeId, id: { in: goalIds } } });
  if (domains !== new Set(domainIds).size) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.action.domainUnknown" });
  if (goals !== new Set(goalIds).size) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.action.goalUnknown" });
}

/** The fields of an action the audit trail records before and after a change. */
export function actionSnapshot(action: {
  title: string;
  status: string;
  ownerId: string | null;
  startDate: Date | null;
  dueDate: Date | null;
  budgetCents: bigint | null;
  tags: string[];
  primaryDomainId: string;
  archivedAt?: Date | null;
}) {
  return {
    title: action.title,
    status: action.status,
    ownerId: action.ownerId,
    startDate: isoDate(action.startDate),
    dueDate: isoDate(action.dueDate),
    budgetCents: centsOf(action.budgetCents),
    tags: action.tags,
    primaryDomainId: action.primaryDomainId,
  };
}

export type NewAction = {
  municipalityId: string;
  actorId: string;
  programmeId: string;
  title: string;
  description: string;
  primaryDomainId: string;
  otherDomainIds: string[];
  goalIds: string[];
};

/**
 * A new action at the end of its domain, status "proposed", audited as "action.create" — in
 * the caller's transaction, so whatever made it (the action list, a signal turned into an
 * action) commits with it. The caller lets the programme text follow after the commit
 * (textFollows), which writes the action's block into its chapter.
 */
export async function createAction(tx: Tx, input: NewAction): Promise<{ id: string }> {
  const { programmeId } = input;
  const otherDomainIds = input.otherDomainIds.filter((id) => id !== input.primaryDomainId);
  await assertInProgramme(tx, programmeId, [input.primaryDomainId, ...otherDomainIds], input.goalIds);
  const last = await tx.action.aggregate({ where: { programmeId, primaryDomainId: input.primaryDomainId }, _max: { order: true } });
  const action = await tx.action.create({
    data: {
      programmeId,
      primaryDomainId: input.primaryDomainId,
      title: input.title,
      description: input.description,
      order: (last._max.order ?? -1) + 1,
      otherDomains: { create: [...new Set(otherDomainIds)].map((domainId) => ({ domainId })) },
      goals: { create: [...new Set(input.goalIds)].map((goalId) => ({ goalId })) },
    },
  });
  await audit(tx, {
    municipalityId: input.municipalityId,
    actorId: input.actorId,
    action: "action.create",
    entityType: "Action",
    entityId: action.id,
    after: { ...actionSnapshot(action), otherDomainIds, goalIds: input.goalIds },
  });
  return { id: action.id };
}
