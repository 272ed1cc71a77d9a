import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { serialize } from "cookie";
import { isLocale } from "@koers/i18n";
import { koers } from "../../lib/context.server";
import { safeRedirect } from "../../lib/trpc-errors.server";

/** Stores the chosen language in a cookie (and on the account) and goes back. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  const back = safeRedirect(form.get("redirectTo"), "/");
  if (!isLocale(locale)) return redirect(back);
  const { trpc, user } = koers(context);
  if (user) await trpc.auth.setLocale({ locale });
  const cookie = serialize("koers_lang", locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  return redirect(back, { headers: { "Set-Cookie": cookie } });
}

export async function loader() {
  return redirect("/");
}
