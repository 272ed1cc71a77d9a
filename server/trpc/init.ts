import { initTRPC, TRPCError } from "@trpc/server";
import { can, slugSchema, type Capability } from "@koers/domain";
import { z, ZodError } from "zod";
import type { Context } from "./context.js";
import { FieldError, RetryAfter } from "./errors.js";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field → translation key, for forms that show the error next to the field.
        fieldErrors:
          cause instanceof ZodError
            ? fieldErrorsOf(cause)
            : cause instanceof FieldError
              ? { [cause.field]: cause.message }
              : null,
        retryAfterSeconds: cause instanceof RetryAfter ? cause.seconds : null,
      },
    };
  },
});

export function fieldErrorsOf(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fields[key] ??= issue.message;
  }
  return fields;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** For the few things anyone may do: log in, ask for a password reset, accept an invitation. */
export const publicProcedure = t.procedure;

/** Requires a logged-in user. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "errors.unauthenticated" });
  return next({ ctx: { ...ctx, session: ctx.session, user: ctx.session.user } });
});

/**
 * The guard for everything a municipality owns. Loads the caller's membership of the
 * municipality named in the input — fresh on every call, so a changed role or a removal takes
 * effect on the very next request — and checks the capability with `can()`.
 * Not a member: NOT_FOUND (existence is not revealed). Member without the capability: FORBIDDEN.
 */
export function municipalityProcedure(capability: Capability) {
  return authedProcedure
    .input(z.object({ municipalitySlug: slugSchema }))
    .use(async ({ ctx, input, next }) => {
      const membership = await ctx.db.membership.findFirst({
        where: { userId: ctx.user.id, municipality: { slug: input.municipalitySlug } },
        include: { municipality: true },
      });
      if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
      if (!can(membership, capability)) throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
      return next({ ctx: { ...ctx, membership, municipality: membership.municipality } });
    });
}
