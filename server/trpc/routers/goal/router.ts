import { idSchema } from "@koers/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { presentIndicator } from "../../../services/indicators.js";
import { audit } from "../../../services/audit.js";
import { isoDate } from "../../../services/serialize.js";
import { router } from "../../init.js";
import { goalProcedure, programmeProcedure } from "../../guards.js";

const goalFields = z.object({
  title: z.string().trim().min(1, { error: "errors.goal.titleRequired" }).max(300, { error: "errors.goal.titleTooLong" }),
  description: z.string().trim().max(5000).default(""),
  domainId: z.preprocess((v) => (v === "" ? null : v), idSchema.nullable()).default(null),
});

export const goalRouter = router({
  /** The goal page: what it is, which actions serve it and which indicators track it. */
  get: goalProcedure("programme.view").query(async ({ ctx }) => {
    const goal = await ctx.db.goal.findUniqueOrThrow({
      where: { id: ctx.resource.id },
      include: {
        domain: { select: { id: true, name: true } },
        programme: { select: { id: true, title: true } },
        indicators: { where: { archivedAt: null }, include: { measurements: { select: { date: true, value: true }, orderBy: [{ date: "asc" }, { createdAt: "asc" }] } }, orderBy: { createdAt: "asc" } },
        actions: {
          where: { action: { archivedAt: null } },
          select: { action: { select: { id: true, title: true, status: true, dueDate: true, owner: { select: { name: true } }, primaryDomain: { select: { name: true } } } } },
        },
      },
    });
    return {
      id: goal.id,
      title: goal.title,
      description: goal.description,
      domain: goal.domain,
      programme: goal.programme,
      indicators: goal.indicators.map((i) => presentIndicator(i)),
      actions: goal.actions
        .map(({ action }) => ({ id: action.id, title: action.title, status: action.status, dueDate: isoDate(action.dueDate), owner: action.owner?.name ?? null, domain: action.primaryDomain.name }))
        .sort((a, b) => a.title.localeCompare(b.title, "nl")),
    };
  }),

  create: programmeProcedure("goal.manage")
    .input(goalFields)
    .mutation(async ({ ctx, input }) => {
      if (input.domainId) {
        const domain = await ctx.db.domain.findFirst({ where: { id: input.domainId, programmeId: ctx.resource.id } });
        if (!domain) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.action.domainUnknown" });
      }
      return ctx.db.$transaction(async (tx) => {
        const goal = await tx.goal.create({
          data: { programmeId: ctx.resource.id, title: input.title, description: input.description, domainId: input.domainId },
        });
        await audit(tx, { municipalityId: ctx.municipality.id, actorId: ctx.user.id, action: "goal.create", entityType: "Goal", entityId: goal.id, after: input });
        return { id: goal.id };
      });
    }),

  update: goalProcedure("goal.manage")
    .input(goalFields)
    .mutation(async ({ ctx, input }) => {
      const before = ctx.resource;
      if (input.domainId) {
        const domain = await ctx.db.domain.findFirst({ where: { id: input.domainId, programmeId: before.programmeId } });
        if (!domain) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.action.domainUnknown" });
      }
      await ctx.db.$transaction(async (tx) => {
        await tx.goal.update({ where: { id: before.id }, data: { title: input.title, description: input.description, domainId: input.domainId } });
        await audit(tx, { municipalityId: ctx.municipality.id, actorId: ctx.user.id, action: "goal.update", entityType: "Goal", entityId: before.id, before: { title: before.title, description: before.description, domainId: before.domainId }, after: input });
      });
      return { id: before.id };
    }),
});
