import { clampPage, OPEN_SIGNAL_STATUSES, sliceOfGroups, type Paging } from "@koers/domain";
import type { Db, Prisma } from "../db.server.js";

const listInclude = {
  domain: { select: { id: true, name: true } },
  raisedBy: { select: { id: true, name: true } },
  organisation: { select: { id: true, name: true } },
} satisfies Prisma.SignalInclude;

const newestFirst: Prisma.SignalOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "asc" }];

/**
 * One page of the signals matching `where` (visibility and filters, decided by the caller),
 * newest first. With `openFirst` the signals waiting for triage (new, in review) come before
 * the decided ones, each group newest first: the order is the query's, not the page's, so a
 * page holds exactly its slice of the whole list. A page past the last is the last page.
 * `sections` counts the two groups (null without `openFirst`).
 */
export async function pageOfSignals(db: Db, where: Prisma.SignalWhereInput, paging: Paging, openFirst: boolean) {
  const open = [...OPEN_SIGNAL_STATUSES];
  const groups: Prisma.SignalWhereInput[] = openFirst
    ? [{ AND: [where, { status: { in: open } }] }, { AND: [where, { status: { notIn: open } }] }]
    : [where];
  const counts = await Promise.all(groups.map((group) => db.signal.count({ where: group })));
  const total = counts.reduce((sum, count) => sum + count, 0);
  const page = clampPage(paging.page, paging.pageSize, total);
  const slices = sliceOfGroups(counts, { page, pageSize: paging.pageSize });
  const parts = await Promise.all(
    groups.map((group, index) => {
      const { skip, take } = slices[index]!;
      return take === 0 ? [] : db.signal.findMany({ where: group, orderBy: newestFirst, include: listInclude, skip, take });
    }),
  );
  return {
    rows: parts.flat(),
    total,
    page,
    pageSize: paging.pageSize,
    sections: openFirst ? { open: counts[0]!, decided: counts[1]! } : null,
  };
}
