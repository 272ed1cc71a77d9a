import { useT } from "../../lib/i18n";
import { DomainField, FormField, textboxClass } from "../FormField";

type Props = {
  /** Prefix for the controls' ids, so two goal forms can share a page. */
  idPrefix: string;
  domains: { id: string; name: string }[];
  errors: Record<string, string>;
  values: { title?: string; description?: string; domainId?: string } | null;
};

/** Title, description and domain of a goal; used to add one and to edit one. */
export function GoalFields({ idPrefix, domains, errors, values }: Props) {
  const t = useT();
  return (
    <>
      <FormField id={`${idPrefix}-title`} label={t("programme.goal.fields.title")} error={errors.title}>
        {(props) => <input {...props} name="title" autoComplete="off" defaultValue={values?.title ?? ""} className={textboxClass(Boolean(errors.title))} />}
      </FormField>
      <FormField
        id={`${idPrefix}-description`}
        label={t("programme.goal.fields.description")}
        description={t("programme.goal.fields.descriptionHint")}
        error={errors.description}
      >
        {(props) => (
          <textarea
            {...props}
            name="description"
            rows={4}
            defaultValue={values?.description ?? ""}
            className={`utrecht-textarea utrecht-textarea--html-textarea${errors.description ? " utrecht-textarea--invalid" : ""}`}
          />
        )}
      </FormField>
      <DomainField
        id={`${idPrefix}-domain`}
        label={t("programme.goal.fields.domain")}
        name="domainId"
        error={errors.domainId}
        domains={domains}
        defaultValue={values?.domainId ?? ""}
        emptyLabel={t("programme.goal.noDomain")}
      />
    </>
  );
}
