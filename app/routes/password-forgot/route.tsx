import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { FormAlert } from "../../components/FormAlert";
import { FormField, textboxClass } from "../../components/FormField";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf } from "../../lib/trpc-errors.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "passwordForgot.title");

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  try {
    await koers(context).trpc.auth.requestPasswordReset({ email });
    return json({ sent: true as const, errors: null, email });
  } catch (error) {
    return json({ sent: false as const, errors: formErrorsOf(error, request), email }, { status: 400 });
  }
}

export default function PasswordForgot() {
  const t = useT();
  const result = useActionData<typeof action>();
  return (
    <div className="koers-narrow">
      <h1 className="utrecht-heading-1">{t("passwordForgot.title")}</h1>
      {result?.sent ? (
        <FormAlert kind="ok" message="passwordForgot.sent" />
      ) : (
        <>
          <p className="utrecht-paragraph">{t("passwordForgot.intro")}</p>
          <Form method="post" noValidate className="koers-form">
            <FormField id="email" label={t("fields.email")} error={result?.errors?.fields.email}>
              {(props) => (
                <input
                  {...props}
                  name="email"
                  type="email"
                  autoComplete="email"
                  defaultValue={result?.email}
                  className={textboxClass(Boolean(result?.errors?.fields.email))}
                />
              )}
            </FormField>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("passwordForgot.submit")}
            </button>
          </Form>
        </>
      )}
      <p className="utrecht-paragraph">
        <Link to="/login" className="utrecht-link">
          {t("passwordForgot.back")}
        </Link>
      </p>
    </div>
  );
}
