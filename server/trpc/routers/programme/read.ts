import { emptyStatusCounts, progressOf, type ActionStatus } from "@koers/domain";
import { isoDate } from "../../../services/serialize.js";
import { municipalityProcedure } from "../../init.js";
import { programmeProcedure } from "../../guards.js";
import { storedProgrammeText } from "../../../collab/stored-text.js";

function summary(p: { id: string; title: string; status: string; termStart: Date; termEnd: Date }) {
  return { id: p.id, title: p.title, status: p.status, termStart: isoDate(p.termStart), termEnd: isoDate(p.termEnd) };
}

/** A municipality's programmes, newest term first. */
export const list = municipalityProcedure("programme.view").query(async ({ ctx }) => {
  const programmes = await ctx.db.programme.findMany({
    where: { municipalityId: ctx.municipality.id },
    orderBy: [{ termStart: "desc" }, { createdAt: "desc" }],
  });
  return programmes.map(summary);
});

/**
 * The programme as people read it: one chapter per domain, in order, with its goals and its
 * actions, and the progress of each chapter.
 */
export const overview = programmeProcedure("programme.view").query(async ({ ctx }) => {
  const programmeId = ctx.resource.id;
  const [domains, goals, actions, counts] = await Promise.all([
    ctx.db.domain.findMany({ where: { programmeId, archivedAt: null }, orderBy: { order: "asc" } }),
    ctx.db.goal.findMany({ where: { programmeId, archivedAt: null }, orderBy: [{ order: "asc" }, { createdAt: "asc" }], select: { id: true, title: true, domainId: true } }),
    ctx.db.action.findMany({
      where: { programmeId, archivedAt: null },
      orderBy: [{ order: "asc" }, { createdAt: "asc" }],
      select: { id: true, title: true, status: true, primaryDomainId: true, owner: { select: { name: true } }, dueDate: true },
      take: 2000,
    }),
    ctx.db.action.groupBy({ by: ["primaryDomainId", "status"], where: { programmeId, archivedAt: null }, _count: { _all: true } }),
  ]);
  return {
    programme: summary(ctx.resource),
    chapters: domains.map((domain) => {
      const statusCounts = emptyStatusCounts();
      for (const row of counts) if (row.primaryDomainId === domain.id) statusCounts[row.status as ActionStatus] = row._count._all;
      return {
        domain: { id: domain.id, name: domain.name, description: domain.description },
        goals: goals.filter((g) => g.domainId === domain.id).map(({ id, title }) => ({ id, title })),
        actions: actions
          .filter((a) => a.primaryDomainId === domain.id)
          .map((a) => ({ id: a.id, title: a.title, status: a.status, owner: a.owner?.name ?? null, dueDate: isoDate(a.dueDate) })),
        progress: progressOf(statusCounts),
      };
    }),
    goalsWithoutDomain: goals.filter((g) => !g.domainId).map(({ id, title }) => ({ id, title })),
  };
});

/** Everything the action forms choose from: domains, goals and the members who can own an action. */
export const choices = programmeProcedure("programme.view").query(async ({ ctx }) => {
  const programmeId = ctx.resource.id;
  const [domains, goals, members, tags] = await Promise.all([
    ctx.db.domain.findMany({ where: { programmeId, archivedAt: null }, orderBy: { order: "asc" }, select: { id: true, name: true } }),
    ctx.db.goal.findMany({ where: { programmeId, archivedAt: null }, orderBy: [{ order: "asc" }, { createdAt: "asc" }], select: { id: true, title: true } }),
    ctx.db.membership.findMany({
      where: { municipalityId: ctx.municipality.id },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    ctx.db.$queryRaw<{ tag: string }[]>`
      SELECT DISTINCT unnest(tags) AS tag FROM "Action" WHERE "programmeId" = ${programmeId}::uuid AND "archivedAt" IS NULL ORDER BY tag LIMIT 200`,
  ]);
  return { domains, goals, owners: members.map((m) => m.user), tags: tags.map((t) => t.tag) };
});

/** Archived domains, so settings can bring a chapter back. */
export const archivedDomains = programmeProcedure("domain.manage").query(({ ctx }) =>
  ctx.db.domain.findMany({
    where: { programmeId: ctx.resource.id, archivedAt: { not: null } },
    orderBy: { archivedAt: "desc" },
    select: { id: true, name: true },
  }),
);

/** The programme text as stored, for reading without the live editor (no JavaScript, print). */
export const text = programmeProcedure("programme.view").query(async ({ ctx }) => ({
  programme: summary(ctx.resource),
  text: await storedProgrammeText(ctx.db, ctx.resource.id),
}));
