import { TRPCError } from "@trpc/server";
import { can, checkProgrammeTransition, isoDateSchema, PROGRAMME_STATUSES } from "@koers/domain";
import { z } from "zod";
import { textFollows } from "../../text-follows.js";
import { audit } from "../../../services/audit.js";
import { dateOf, isoDate } from "../../../services/serialize.js";
import { municipalityProcedure } from "../../init.js";
import { domainProcedure, programmeProcedure } from "../../guards.js";

/** The chapters every new programme starts with (DESIGN.md); more can be added. */
export const DEFAULT_DOMAINS = [
  { name: "Onderwijs", description: "" },
  { name: "Gezondheid", description: "Inclusief sport, vrije tijd en medisch." },
  { name: "Veiligheid", description: "" },
  { name: "Ruimtelijk domein", description: "" },
];

const titleSchema = z.string().trim().min(1, { error: "errors.programme.titleRequired" }).max(200, { error: "errors.programme.titleTooLong" });
const term = z
  .object({ title: titleSchema, termStart: isoDateSchema, termEnd: isoDateSchema })
  .refine((v) => v.termEnd > v.termStart, { path: ["termEnd"], message: "errors.programme.termEndBeforeStart" });
const domainName = z.string().trim().min(1, { error: "errors.domain.nameRequired" }).max(120, { error: "errors.domain.nameTooLong" });

export const create = municipalityProcedure("programme.manage")
  .input(term)
  .mutation(async ({ ctx, input }) =>
    ctx.db.$transaction(async (tx) => {
      const programme = await tx.programme.create({
        data: {
          municipalityId: ctx.municipality.id,
          title: input.title,
          termStart: dateOf(input.termStart),
          termEnd: dateOf(input.termEnd),
          domains: { create: DEFAULT_DOMAINS.map((d, order) => ({ ...d, order })) },
        },
      });
      await audit(tx, { municipalityId: ctx.municipality.id, actorId: ctx.user.id, action: "programme.create", entityType: "Programme", entityId: programme.id, after: input });
      return { id: programme.id };
    }),
  );

export const update = programmeProcedure("programme.manage")
  .input(term)
  .mutation(async ({ ctx, input }) => {
    const before = ctx.resource;
    await ctx.db.$transaction(async (tx) => {
      await tx.programme.update({ where: { id: before.id }, data: { title: input.title, termStart: dateOf(input.termStart), termEnd: dateOf(input.termEnd) } });
      await audit(tx, {
        municipalityId: ctx.municipality.id,
        actorId: ctx.user.id,
        action: "programme.update",
        entityType: "Programme",
        entityId: before.id,
        before: { title: before.title, termStart: isoDate(before.termStart), termEnd: isoDate(before.termEnd) },
        after: input,
      });
    });
    return { id: before.id };
  });

/** Draft → consultation → adopted → archived. Adopting is the council's act (version.adopt). */
export const setStatus = programmeProcedure("programme.publish")
  .input(z.object({ status: z.enum(PROGRAMME_STATUSES) }))
  .mutation(async ({ ctx, input }) => {
    const before = ctx.resource;
    const verdict = checkProgrammeTransition(before.status, input.status);
    if (!verdict.ok) throw new TRPCError({ code: "BAD_REQUEST", message: verdict.error });
    if (input.status === "adopted" && !can(ctx.membership, "version.adopt")) throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    await ctx.db.$transaction(async (tx) => {
      await tx.programme.update({ where: { id: before.id }, data: { status: input.status } });
      await audit(tx, { municipalityId: ctx.municipality.id, actorId: ctx.user.id, action: "programme.setStatus", entityType: "Programme", entityId: before.id, before: { status: before.status }, after: { status: input.status } });
    });
    return { id: before.id };
  });

export const addDomain = programmeProcedure("domain.manage")
  .input(z.object({ name: domainName, description: z.string().trim().max(2000).default("") }))
  .mutation(async ({ ctx, input }) => {
    const created = await ctx.db.$transaction(async (tx) => {
      const last = await tx.domain.aggregate({ where: { programmeId: ctx.resource.id }, _max: { order: true } });
      const domain = await tx.domain.create({ data: { programmeId: ctx.resource.id, name: input.name, description: input.description, order: (last._max.order ?? -1) + 1 } });
      await audit(tx, { municipalityId: ctx.municipality.id, actorId: ctx.user.id, action: "domain.create", entityType: "Domain", entityId: domain.id, after: input });
      return { id: domain.id };
    });
    // A new domain is a new chapter of the text.
    await textFollows(ctx, ctx.resource.id);
    return created;
  });

export const renameDomain = domainProcedure("domain.manage")
  .input(z.object({ name: domainName, description: z.string().trim().max(2000).optional() }))
  .mutation(async ({ ctx, input }) => {
    const before = ctx.resource;
    await ctx.db.$transaction(async (tx) => {
      await tx.domain.update({ where: { id: before.id }, data: { name: input.name, ...(input.description !== undefined ? { description: input.description } : {}) } });
      await audit(tx, { municipalityId: ctx.municipality.id, actorId: ctx.user.id, action: "domain.rename", entityType: "Domain", entityId: before.id, before: { name: before.name, description: before.description }, after: input });
    });
    await textFollows(ctx, before.programmeId);
    return { id: before.id };
  });

/** Moves a domain one place up or down among the programme's active domains. */
export const moveDomain = domainProcedure("domain.manage")
  .input(z.object({ direction: z.enum(["up", "down"]) }))
  .mutation(async ({ ctx, input }) => {
    const domain = ctx.resource;
    await ctx.db.$transaction(async (tx) => {
      const siblings = await tx.domain.findMany({ where: { programmeId: domain.programmeId, archivedAt: null }, orderBy: { order: "asc" } });
      const index = siblings.findIndex((d) => d.id === domain.id);
      const swapWith = siblings[input.direction === "up" ? index - 1 : index + 1];
      if (index < 0 || !swapWith) return;
      const reordered = [...siblings];
      reordered[index] = swapWith;
      reordered[input.direction === "up" ? index - 1 : index + 1] = siblings[index]!;
      for (const [order, d] of reordered.entries()) if (d.order !== order) await tx.domain.update({ where: { id: d.id }, data: { order } });
      await audit(tx, { municipalityId: ctx.municipality.id, actorId: ctx.user.id, action: "domain.move", entityType: "Domain", entityId: domain.id, before: { order: siblings.map((d) => d.id) }, after: { order: reordered.map((d) => d.id) } });
    });
    await textFollows(ctx, domain.programmeId);
    return { id: domain.id };
  });

/** Archives a domain (its chapter disappears); refused while active actions still have it as primary domain. */
export const archiveDomain = domainProcedure("domain.manage")
  .input(z.object({ archived: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const domain = ctx.resource;
    if (input.archived) {
      const active = await ctx.db.action.count({ where: { primaryDomainId: domain.id, archivedAt: null } });
      if (active > 0) throw new TRPCError({ code: "BAD_REQUEST", message: "errors.domain.hasActions" });
    }
    await ctx.db.$transaction(async (tx) => {
      await tx.domain.update({ where: { id: domain.id }, data: { archivedAt: input.archived ? new Date() : null } });
      await audit(tx, { municipalityId: ctx.municipality.id, actorId: ctx.user.id, action: input.archived ? "domain.archive" : "domain.restore", entityType: "Domain", entityId: domain.id });
    });
    await textFollows(ctx, domain.programmeId);
    return { id: domain.id };
  });
