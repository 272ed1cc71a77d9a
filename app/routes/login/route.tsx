import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect } from "react";
import { CurrentPasswordField } from "../../components/CurrentPasswordField";
import { FormAlert } from "../../components/FormAlert";
import { FormField, textboxClass } from "../../components/FormField";
import { koers } from "../../lib/context.server";
import { forgetLocalCopies, LOGGED_OUT } from "../../lib/local-copies";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, safeRedirect } from "../../lib/trpc-errors.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "login.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirect(url.searchParams.get("redirectTo"), "/");
  if (koers(context).user) throw redirect(redirectTo);
  return { redirectTo, notice: url.searchParams.get("melding") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  const redirectTo = safeRedirect(form.get("redirectTo"), "/");
  try {
    await koers(context).trpc.auth.login({ email, password: String(form.get("password") ?? "") });
  } catch (error) {
    const errors = formErrorsOf(error, request);
    const status = errors.form === "errors.login.rateLimited" ? 429 : errors.form ? 401 : 400;
    return json({ errors, email }, { status });
  }
  return redirect(redirectTo);
}

export default function Login() {
  const t = useT();
  const { redirectTo, notice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const errors = result?.errors;
  // Just logged out: remove the local copies here too, for browsers that ignore Clear-Site-Data.
  useEffect(() => {
    if (notice === LOGGED_OUT) void forgetLocalCopies();
  }, [notice]);
  return (
    <div className="koers-narrow">
      <h1 className="utrecht-heading-1">{t("login.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("login.intro")}</p>
      {notice === "wachtwoord-gewijzigd" ? <FormAlert kind="ok" message="login.passwordChanged" /> : null}
      {notice === LOGGED_OUT ? <FormAlert kind="ok" message="login.loggedOut" /> : null}
      <FormAlert message={errors?.form} values={errors?.values} />
      <Form method="post" noValidate className="koers-form">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <FormField id="email" label={t("fields.email")} error={errors?.fields.email}>
          {(props) => (
            <input
              {...props}
              name="email"
              type="email"
              autoComplete="username"
              required
              defaultValue={result?.email}
              className={textboxClass(Boolean(errors?.fields.email))}
            />
          )}
        </FormField>
        <CurrentPasswordField error={errors?.fields.password} />
        <div className="utrecht-button-group">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy || undefined}>
            {busy ? t("login.busy") : t("login.submit")}
          </button>
        </div>
      </Form>
      <p className="utrecht-paragraph">
        <Link to="/wachtwoord-vergeten" className="utrecht-link">
          {t("login.forgot")}
        </Link>
      </p>
    </div>
  );
}
