import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormAlert } from "../../components/FormAlert";
import { NewPasswordFields } from "../../components/NewPasswordFields";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf } from "../../lib/trpc-errors.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "passwordReset.title");

export async function loader({ params, context }: LoaderFunctionArgs) {
  const { valid } = await koers(context).trpc.auth.checkResetToken({ token: params.token ?? "" });
  return { valid };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await request.formData();
  try {
    await koers(context).trpc.auth.resetPassword({
      token: params.token ?? "",
      password: String(form.get("password") ?? ""),
      confirm: String(form.get("confirm") ?? ""),
    });
  } catch (error) {
    return json({ errors: formErrorsOf(error, request) }, { status: 400 });
  }
  return redirect("/login?melding=wachtwoord-gewijzigd");
}

export default function PasswordReset() {
  const t = useT();
  const { valid } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="koers-narrow">
      <h1 className="utrecht-heading-1">{t("passwordReset.title")}</h1>
      {valid ? (
        <>
          <FormAlert message={result?.errors.form} />
          <Form method="post" noValidate className="koers-form">
            <NewPasswordFields errors={result?.errors.fields} />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("passwordReset.submit")}
            </button>
          </Form>
        </>
      ) : (
        <>
          <FormAlert message="errors.reset.invalid" />
          <p className="utrecht-paragraph">
            <Link to="/wachtwoord-vergeten" className="utrecht-link">
              {t("passwordReset.again")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
