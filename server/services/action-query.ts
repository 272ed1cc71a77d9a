import type { ActionListFilters } from "@koers/domain";
import type { Db, Prisma } from "../db.server.js";
import { centsOf, dateOf, isoDate, todayInNetherlands } from "./serialize.js";

const OPEN_STATUSES = ["proposed", "planned", "in_progress", "blocked"] as const;

/** The WHERE of the action list: a programme's non-archived actions, narrowed by the filters. */
export function actionWhere(programmeId: string, filters: Omit<ActionListFilters, "sort" | "direction" | "page" | "pageSize">, today = todayInNetherlands()): Prisma.ActionWhereInput {
  const and: Prisma.ActionWhereInput[] = [{ programmeId, archivedAt: null }];
  if (filters.domainId) {
    // An action belongs to a domain's list when it is its primary domain or it touches it.
    and.push({ OR: [{ primaryDomainId: filters.domainId }, { otherDomains: { some: { domainId: filters.domainId } } }] });
  }
  if (filters.status?.length) and.push({ status: { in: filters.status } });
  if (filters.ownerId === "none") and.push({ ownerId: null });
  else if (filters.ownerId) and.push({ ownerId: filters.ownerId });
  if (filters.goalId) and.push({ goals: { some: { goalId: filters.goalId } } });
  if (filters.tag) and.push({ tags: { has: filters.tag } });
  if (filters.overdue) and.push({ status: { in: [...OPEN_STATUSES] }, dueDate: { lt: dateOf(today) } });
  if (filters.withoutDueDate) and.push({ dueDate: null });
  if (filters.q) and.push({ title: { contains: filters.q, mode: "insensitive" } });
  return { AND: and };
}

function orderBy(sort: ActionListFilters["sort"], direction: ActionListFilters["direction"]): Prisma.ActionOrderByWithRelationInput[] {
  const nulls = direction === "asc" ? "last" : "first";
  switch (sort) {
    case "title":
      return [{ title: direction }, { id: "asc" }];
    case "status":
      return [{ status: direction }, { title: "asc" }, { id: "asc" }];
    case "dueDate":
      return [{ dueDate: { sort: direction, nulls } }, { id: "asc" }];
    case "updatedAt":
      return [{ updatedAt: direction }, { id: "asc" }];
    case "budget":
      return [{ budgetCents: { sort: direction, nulls } }, { id: "asc" }];
    default:
      return [{ primaryDomainOrder: direction }, { order: direction }, { id: "asc" }];
  }
}

const listSelect = {
  id: true,
  title: true,
  status: true,
  startDate: true,
  dueDate: true,
  budgetCents: true,
  tags: true,
  order: true,
  updatedAt: true,
  primaryDomain: { select: { id: true, name: true } },
  owner: { select: { id: true, name: true } },
  otherDomains: { select: { domain: { select: { id: true, name: true } } } },
  goals: { select: { goal: { select: { id: true, title: true } } } },
} satisfies Prisma.ActionSelect;

type ListRow = Prisma.ActionGetPayload<{ select: typeof listSelect }>;

function present(row: ListRow, today: string) {
  const dueDate = isoDate(row.dueDate);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    startDate: isoDate(row.startDate),
    dueDate,
    overdue: dueDate !== null && dueDate < today && (OPEN_STATUSES as readonly string[]).includes(row.status),
    budgetCents: centsOf(row.budgetCents),
    tags: row.tags,
    primaryDomain: row.primaryDomain,
    otherDomains: row.otherDomains.map((d) => d.domain),
    owner: row.owner,
    goals: row.goals.map((g) => g.goal),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type ActionListRow = ReturnType<typeof present>;

/** One page of the action list, and how many actions match in all. */
export async function listActions(db: Db, programmeId: string, filters: ActionListFilters) {
  const today = todayInNetherlands();
  const where = actionWhere(programmeId, filters, today);
  const [rows, total] = await Promise.all([
    db.action.findMany({
      where,
      select: listSelect,
      orderBy: orderBy(filters.sort, filters.direction),
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
    }),
    db.action.count({ where }),
  ]);
  return { rows: rows.map((row) => present(row, today)), total, page: filters.page, pageSize: filters.pageSize };
}

/** Every matching action, for the CSV export (read in chunks to bound memory). */
export async function exportActions(db: Db, programmeId: string, filters: ActionListFilters): Promise<ActionListRow[]> {
  const today = todayInNetherlands();
  const where = actionWhere(programmeId, filters, today);
  const out: ActionListRow[] = [];
  const chunk = 2000;
  for (let skip = 0; ; skip += chunk) {
    const rows = await db.action.findMany({ where, select: listSelect, orderBy: orderBy(filters.sort, filters.direction), skip, take: chunk });
    out.push(...rows.map((row) => present(row, today)));
    if (rows.length < chunk) return out;
  }
}
