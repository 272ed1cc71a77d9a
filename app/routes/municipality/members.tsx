import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, load } from "../../lib/trpc-errors.server";
import { FormAlert } from "../../components/FormAlert";
import { IntentButton } from "../../components/IntentButton";
import { InviteForm } from "../../components/members/InviteForm";
import { MemberRow } from "../../components/members/MemberRow";
import type { MunicipalityData } from "./layout";
import { text } from "../../lib/form-data";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "members.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  return load(request, () => trpc.members.list({ municipalitySlug: params.slug ?? "" }));
}


/** One action per form on the page, told apart by `intent`; every one goes through a procedure. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const municipalitySlug = params.slug ?? "";
  const form = await request.formData();
  const intent = text(form, "intent");
  try {
    switch (intent) {
      case "invite":
        await trpc.members.invite({
          municipalitySlug,
          email: text(form, "email"),
          name: text(form, "name"),
          role: text(form, "role") as never,
          organisationId: text(form, "organisationId"),
        });
        return json({ intent, ok: "members.invited", errors: null, values: null });
      case "changeRole":
        await trpc.members.changeRole({
          municipalitySlug,
          membershipId: text(form, "membershipId"),
          role: text(form, "role") as never,
          organisationId: text(form, "organisationId"),
        });
        return json({ intent, ok: "members.roleChanged", errors: null, values: null });
      case "remove":
        await trpc.members.remove({ municipalitySlug, membershipId: text(form, "membershipId") });
        return json({ intent, ok: "members.removed", errors: null, values: null });
      case "revokeInvitation":
        await trpc.members.revokeInvitation({ municipalitySlug, invitationId: text(form, "invitationId") });
        return json({ intent, ok: "members.invitationRevoked", errors: null, values: null });
      default:
        return json({ intent, ok: null, errors: { fields: {}, form: "errors.generic" }, values: null }, { status: 400 });
    }
  } catch (error) {
    const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
    return json({ intent, ok: null, errors: formErrorsOf(error, request), values }, { status: 400 });
  }
}

export default function Members() {
  const t = useT();
  const { members, invitations, organisations } = useLoaderData<typeof loader>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const result = useActionData<typeof action>();
  const canManage = municipality?.capabilities.includes("member.manage") ?? false;
  const inviteErrors = result?.intent === "invite" ? result.errors : null;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("members.title")}</h1>
      <FormAlert kind="ok" message={result?.ok} />
      {result?.intent !== "invite" ? <FormAlert message={result?.errors?.form} /> : null}
      <table className="utrecht-table koers-table">
        <caption className="utrecht-table__caption">{t("members.caption", { count: members.length })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("fields.name")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("fields.email")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("fields.role")}</th>
            {canManage ? <th className="utrecht-table__header-cell" scope="col">{t("members.actions")}</th> : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {members.map((member) => (
            <MemberRow key={member.id} member={member} organisations={organisations} canManage={canManage} />
          ))}
        </tbody>
      </table>

      {invitations.length > 0 ? (
        <section aria-labelledby="invitations-heading" className="koers-section">
          <h2 className="utrecht-heading-2" id="invitations-heading">{t("members.openInvitations")}</h2>
          <ul className="utrecht-unordered-list">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="utrecht-unordered-list__item koers-invitation">
                {invitation.name} ({invitation.email}) — {t(`roles.${invitation.role}`)}
                {invitation.organisation ? `, ${invitation.organisation.name}` : ""}
                {canManage ? (
                  <IntentButton
                    intent="revokeInvitation"
                    fields={{ invitationId: invitation.id }}
                    label={t("members.revoke")}
                    context={invitation.email}
                    className="utrecht-button utrecht-button--subtle"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {canManage ? <InviteForm organisations={organisations} errors={inviteErrors} values={result?.intent === "invite" && !result.ok ? result.values : null} /> : null}
    </>
  );
}
