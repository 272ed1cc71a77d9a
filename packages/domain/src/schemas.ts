import { z } from "zod";
import { ORGANISATION_TYPES, ROLES } from "./roles.js";

/*
 * Input schemas shared by forms, tRPC procedures and tests. Messages are translation keys
 * (app/i18n/*.json, section "errors"), so the domain stays language-free and the UI shows
 * Dutch or English.
 */

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export const emailSchema = z
  .string({ error: "errors.email.required" })
  .trim()
  .min(1, { error: "errors.email.required" })
  .max(254, { error: "errors.email.invalid" })
  .pipe(z.email({ error: "errors.email.invalid" }))
  .transform((email) => email.toLowerCase());

export const newPasswordSchema = z
  .string({ error: "errors.password.required" })
  .min(PASSWORD_MIN_LENGTH, { error: "errors.password.tooShort" })
  .max(PASSWORD_MAX_LENGTH, { error: "errors.password.tooLong" });

export const loginInput = z.object({
  email: emailSchema,
  password: z
    .string({ error: "errors.password.required" })
    .min(1, { error: "errors.password.required" })
    .max(PASSWORD_MAX_LENGTH, { error: "errors.login.failed" }),
});
export type LoginInput = z.infer<typeof loginInput>;

export const roleSchema = z.enum(ROLES, { error: "errors.role.invalid" });
export const organisationTypeSchema = z.enum(ORGANISATION_TYPES, { error: "errors.organisation.type" });

export const personNameSchema = z
  .string({ error: "errors.name.required" })
  .trim()
  .min(1, { error: "errors.name.required" })
  .max(120, { error: "errors.name.tooLong" });

export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "errors.slug.invalid" });

export const idSchema = z.uuid({ error: "errors.id.invalid" });

/** An invitation: partners must name their organisation, other roles must not. */
export const inviteInput = z
  .object({
    municipalitySlug: slugSchema,
    email: emailSchema,
    name: personNameSchema,
    role: roleSchema,
    organisationId: z.preprocess((v) => (v === "" ? undefined : v), idSchema.optional()),
  })
  .superRefine((value, ctx) => {
    if (value.role === "partner" && !value.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "errors.organisation.required" });
    }
    if (value.role !== "partner" && value.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "errors.organisation.onlyPartner" });
    }
  });
export type InviteInput = z.infer<typeof inviteInput>;

export const changeRoleInput = z
  .object({
    municipalitySlug: slugSchema,
    membershipId: idSchema,
    role: roleSchema,
    organisationId: z.preprocess((v) => (v === "" ? undefined : v), idSchema.optional()),
  })
  .superRefine((value, ctx) => {
    if (value.role === "partner" && !value.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "errors.organisation.required" });
    }
  });

export const setPasswordInput = z
  .object({
    token: z.string().min(20).max(200),
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, {
    path: ["confirm"],
    message: "errors.password.mismatch",
  });
