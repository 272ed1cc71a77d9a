import { isoDateSchema } from "@koers/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { presentIndicator } from "../../../services/indicators.js";
import { audit } from "../../../services/audit.js";
import { dateOf, isoDate } from "../../../services/serialize.js";
import { router } from "../../init.js";
import { goalProcedure, indicatorProcedure } from "../../guards.js";

const value = z.number({ error: "errors.measurement.valueRequired" }).finite({ error: "errors.measurement.valueRequired" });

const indicatorFields = z
  .object({
    name: z.string().trim().min(1, { error: "errors.indicator.nameRequired" }).max(300),
    unit: z.string().trim().min(1, { error: "errors.indicator.unitRequired" }).max(40),
    direction: z.enum(["higher_is_better", "lower_is_better"]),
    baselineValue: value,
    baselineDate: isoDateSchema,
    targetValue: value,
    targetDate: isoDateSchema,
    source: z.string().trim().max(300).default(""),
  })
  .refine((v) => v.targetDate > v.baselineDate, { path: ["targetDate"], message: "errors.indicator.targetBeforeBaseline" });

export const indicatorRouter = router({
  /** The indicator page: its series, baseline, target and status. */
  get: indicatorProcedure("programme.view").query(async ({ ctx }) => {
    const indicator = await ctx.db.indicator.findUniqueOrThrow({
      where: { id: ctx.resource.id },
      include: {
        measurements: { orderBy: { date: "asc" }, include: { author: { select: { name: true } } } },
        goal: { select: { id: true, title: true, programmeId: true } },
      },
    });
    return {
      ...presentIndicator(indicator),
      goal: indicator.goal,
      measurements: indicator.measurements.map((m) => ({ id: m.id, date: isoDate(m.date), value: m.value, note: m.note, author: m.author?.name ?? null })),
    };
  }),

  create: goalProcedure("indicator.manage")
    .input(indicatorFields)
    .mutation(async ({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const indicator = await tx.indicator.create({
          data: { ...input, goalId: ctx.resource.id, baselineDate: dateOf(input.baselineDate), targetDate: dateOf(input.targetDate) },
        });
        await audit(tx, { municipalityId: ctx.municipality.id, actorId: ctx.user.id, action: "indicator.create", entityType: "Indicator", entityId: indicator.id, after: input });
        return { id: indicator.id };
      }),
    ),

  /** Records the value for a date; a second value for the same date replaces the first. */
  recordMeasurement: indicatorProcedure("indicator.record")
    .input(z.object({ date: isoDateSchema, value, note: z.string().trim().max(1000).default("") }))
    .mutation(async ({ ctx, input }) => {
      if (input.date > isoDate(new Date())) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.measurement.inFuture" });
      return ctx.db.$transaction(async (tx) => {
        const key = { indicatorId_date: { indicatorId: ctx.resource.id, date: dateOf(input.date) } };
        const before = await tx.measurement.findUnique({ where: key });
        const measurement = await tx.measurement.upsert({
          where: key,
          create: { indicatorId: ctx.resource.id, date: dateOf(input.date), value: input.value, note: input.note, authorId: ctx.user.id },
          update: { value: input.value, note: input.note, authorId: ctx.user.id },
        });
        await audit(tx, {
          municipalityId: ctx.municipality.id,
          actorId: ctx.user.id,
          action: "indicator.recordMeasurement",
          entityType: "Indicator",
          entityId: ctx.resource.id,
          before: before ? { date: input.date, value: before.value, note: before.note } : undefined,
          after: input,
        });
        return { id: measurement.id };
      });
    }),
});
