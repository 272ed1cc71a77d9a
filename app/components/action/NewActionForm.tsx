import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { DomainField, FormField, textboxClass } from "../FormField";

type Props = {
  domains: { id: string; name: string }[];
  errors: { fields: Record<string, string>; form: string | null } | null;
  values: Record<string, string> | null;
};

/** A new action needs only a title and its domain; the rest is filled in on its own page. */
export function NewActionForm({ domains, errors, values }: Props) {
  const t = useT();
  const fields = errors?.fields ?? {};
  return (
    <section aria-labelledby="new-action-heading" className="koers-section koers-card koers-new-action">
      <h2 className="utrecht-heading-2" id="new-action-heading">
        {t("actionList.create.title")}
      </h2>
      <FormAlert message={errors?.form} />
      <form method="post" noValidate className="koers-form koers-form--row">
        <input type="hidden" name="intent" value="create" />
        <FormField id="new-action-title" label={t("actionFields.title")} error={fields.title}>
          {(props) => <input {...props} name="title" defaultValue={values?.title} className={textboxClass(Boolean(fields.title))} />}
        </FormField>
        <DomainField
          id="new-action-domain"
          label={t("actionFields.primaryDomain")}
          name="primaryDomainId"
          error={fields.primaryDomainId}
          domains={domains}
          defaultValue={values?.primaryDomainId ?? domains[0]?.id}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("actionList.create.submit")}
        </button>
      </form>
    </section>
  );
}
