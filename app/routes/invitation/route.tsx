import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { TRPCError } from "@trpc/server";
import { CurrentPasswordField } from "../../components/CurrentPasswordField";
import { FormAlert } from "../../components/FormAlert";
import { FormField, textboxClass } from "../../components/FormField";
import { NewPasswordFields } from "../../components/NewPasswordFields";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf } from "../../lib/trpc-errors.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "invitation.title");

export async function loader({ params, context }: LoaderFunctionArgs) {
  try {
    return { invitation: await koers(context).trpc.invitation.get({ token: params.token ?? "" }) };
  } catch (error) {
    // An expired, used or unknown link is an ordinary situation, not a broken page.
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return { invitation: null };
    }
    throw error;
  }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await request.formData();
  try {
    const { municipalitySlug } = await koers(context).trpc.invitation.accept({
      token: params.token ?? "",
      password: String(form.get("password") ?? ""),
      confirm: String(form.get("confirm") ?? ""),
    });
    return redirect(`/g/${municipalitySlug}`);
  } catch (error) {
    return json({ errors: formErrorsOf(error, request) }, { status: 400 });
  }
}

export default function Invitation() {
  const t = useT();
  const { invitation } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (!invitation) {
    return (
      <div className="koers-narrow">
        <h1 className="utrecht-heading-1">{t("invitation.title")}</h1>
        <FormAlert message="errors.invite.invalid" />
      </div>
    );
  }
  const errors = result?.errors;
  return (
    <div className="koers-narrow">
      <h1 className="utrecht-heading-1">{t("invitation.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {t("invitation.intro", {
          name: invitation.name,
          municipality: invitation.municipality,
          role: t(`roles.${invitation.role}`),
        })}
        {invitation.organisation ? ` ${t("invitation.forOrganisation", { organisation: invitation.organisation })}` : null}
      </p>
      <FormAlert message={errors?.form} />
      <Form method="post" noValidate className="koers-form">
        <FormField id="email" label={t("fields.email")}>
          {(props) => <input {...props} type="email" readOnly value={invitation.email} className={textboxClass(false)} />}
        </FormField>
        {invitation.hasAccount ? (
          <>
            <p className="utrecht-paragraph">{t("invitation.hasAccount")}</p>
            <CurrentPasswordField error={errors?.fields.password} />
          </>
        ) : (
          <>
            <p className="utrecht-paragraph">{t("invitation.choosePassword")}</p>
            <NewPasswordFields errors={errors?.fields} />
          </>
        )}
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("invitation.accept")}
        </button>
      </Form>
    </div>
  );
}
