import { redirect } from "@remix-run/node";
import { TRPCError } from "@trpc/server";

export type FormErrors = {
  /** Field name → translation key, shown next to the field. */
  fields: Record<string, string>;
  /** A translation key for the form as a whole. */
  form: string | null;
  /** Interpolation values for the form message (e.g. minutes to wait). */
  values?: Record<string, string | number>;
};

/**
 * Turns what a procedure refused into what the page shows. Not found, forbidden and
 * not-logged-in become the 404/403 pages and the login redirect; invalid input becomes
 * messages next to the fields. Anything else is a real failure and goes on to the 500 page.
 */
export function formErrorsOf(error: unknown, request: Request): FormErrors {
  if (!(error instanceof TRPCError)) throw error;
  rethrowAsResponse(error, request);
  const cause = error.cause as { issues?: { path: PropertyKey[]; message: string }[]; field?: string; seconds?: number } | undefined;
  if (cause?.issues) {
    const fields: Record<string, string> = {};
    for (const issue of cause.issues) {
      const key = issue.path.map(String).join(".") || "_form";
      fields[key] ??= issue.message;
    }
    return { fields, form: fields._form ?? null };
  }
  if (cause?.field) return { fields: { [cause.field]: error.message }, form: null };
  if (typeof cause?.seconds === "number") {
    return { fields: {}, form: error.message, values: { minutes: Math.max(1, Math.ceil(cause.seconds / 60)) } };
  }
  if (error.code === "INTERNAL_SERVER_ERROR") throw error;
  return { fields: {}, form: error.message.startsWith("errors.") ? error.message : "errors.generic" };
}

/** For loaders: a refused read becomes the matching error page or the login redirect. */
export async function load<T>(request: Request, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof TRPCError) rethrowAsResponse(error, request);
    throw error;
  }
}

function rethrowAsResponse(error: TRPCError, request: Request): void {
  // Only "not logged in" sends people to the login page; a refused password is a form error.
  if (error.code === "UNAUTHORIZED" && error.message === "errors.unauthenticated") {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (error.code === "NOT_FOUND") {
    throw new Response("Not Found", { status: 404 });
  }
  if (error.code === "FORBIDDEN") throw new Response("Forbidden", { status: 403 });
}

/** Only same-site paths may be redirected to after login (no open redirect). */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
