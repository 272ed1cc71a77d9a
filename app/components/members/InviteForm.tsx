import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { FormField, selectClass, textboxClass } from "../FormField";
import { OrganisationOptions, RoleOptions } from "./options";

type Props = {
  organisations: { id: string; name: string }[];
  errors: { fields: Record<string, string>; form: string | null } | null;
  values: Record<string, string> | null;
};

/** Invite by e-mail with a role; partners also name their organisation. */
export function InviteForm({ organisations, errors, values }: Props) {
  const t = useT();
  const fields = errors?.fields ?? {};
  return (
    <section aria-labelledby="invite-heading" className="koers-section koers-card">
      <h2 className="utrecht-heading-2" id="invite-heading">{t("members.invite.title")}</h2>
      <p className="utrecht-paragraph">{t("members.invite.intro")}</p>
      <FormAlert message={errors?.form} />
      <form method="post" noValidate className="koers-form">
        <input type="hidden" name="intent" value="invite" />
        <FormField id="invite-name" label={t("fields.name")} error={fields.name}>
          {(props) => <input {...props} name="name" autoComplete="off" defaultValue={values?.name} className={textboxClass(Boolean(fields.name))} />}
        </FormField>
        <FormField id="invite-email" label={t("fields.email")} error={fields.email}>
          {(props) => (
            <input {...props} name="email" type="email" autoComplete="off" defaultValue={values?.email} className={textboxClass(Boolean(fields.email))} />
          )}
        </FormField>
        <FormField id="invite-role" label={t("fields.role")} error={fields.role}>
          {(props) => (
            <select {...props} name="role" defaultValue={values?.role ?? "viewer"} className={selectClass(Boolean(fields.role))}>
              <RoleOptions />
            </select>
          )}
        </FormField>
        <FormField
          id="invite-organisation"
          label={t("fields.organisation")}
          description={t("members.invite.organisationHint")}
          error={fields.organisationId}
        >
          {(props) => (
            <select {...props} name="organisationId" defaultValue={values?.organisationId ?? ""} className={selectClass(Boolean(fields.organisationId))}>
              <OrganisationOptions organisations={organisations} />
            </select>
          )}
        </FormField>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("members.invite.submit")}
        </button>
      </form>
    </section>
  );
}
