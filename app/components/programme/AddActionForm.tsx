import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { DomainField, FormField, textboxClass } from "../FormField";

type Props = {
  domains: { id: string; name: string }[];
  errors: { fields: Record<string, string>; form: string | null } | null;
  values: Record<string, string> | null;
};

/** "Actie toevoegen": a title and a chapter; the action's own page then asks for the rest. */
export function AddActionForm({ domains, errors, values }: Props) {
  const t = useT();
  const fields = errors?.fields ?? {};
  return (
    <section className="koers-card" aria-labelledby="actie-toevoegen">
      <h3 className="utrecht-heading-3" id="actie-toevoegen">
        {t("programme.overview.addAction")}
      </h3>
      <p className="utrecht-paragraph">{t("programme.overview.addActionIntro")}</p>
      <FormAlert message={errors?.form} />
      {/* "?index": a plain POST to the overview's URL would otherwise reach the programme layout. */}
      <form method="post" action="?index" noValidate className="koers-form">
        <input type="hidden" name="intent" value="addAction" />
        <FormField id="new-action-title" label={t("programme.action.fields.title")} error={fields.title}>
          {(props) => <input {...props} name="title" autoComplete="off" defaultValue={values?.title ?? ""} className={textboxClass(Boolean(fields.title))} />}
        </FormField>
        <DomainField
          id="new-action-domain"
          label={t("programme.action.fields.domain")}
          name="primaryDomainId"
          error={fields.primaryDomainId}
          domains={domains}
          defaultValue={values?.primaryDomainId ?? domains[0]?.id ?? ""}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("programme.overview.addActionSubmit")}
        </button>
      </form>
    </section>
  );
}
