import { useT } from "../../lib/i18n";
import { FormField, textboxClass } from "../FormField";

type Props = {
  idPrefix: string;
  errors: Record<string, string>;
  values: { title?: string; termStart?: string; termEnd?: string } | null;
};

/** A programme's title and term (first and last day), for creating and for changing it. */
export function ProgrammeTermFields({ idPrefix, errors, values }: Props) {
  const t = useT();
  return (
    <>
      <FormField id={`${idPrefix}-title`} label={t("programme.fields.title")} error={errors.title}>
        {(props) => <input {...props} name="title" autoComplete="off" defaultValue={values?.title ?? ""} className={textboxClass(Boolean(errors.title))} />}
      </FormField>
      <div className="koers-fieldset__row">
        <FormField id={`${idPrefix}-term-start`} label={t("programme.fields.termStart")} error={errors.termStart}>
          {(props) => (
            <input {...props} name="termStart" type="date" defaultValue={values?.termStart ?? ""} className={textboxClass(Boolean(errors.termStart))} />
          )}
        </FormField>
        <FormField id={`${idPrefix}-term-end`} label={t("programme.fields.termEnd")} error={errors.termEnd}>
          {(props) => <input {...props} name="termEnd" type="date" defaultValue={values?.termEnd ?? ""} className={textboxClass(Boolean(errors.termEnd))} />}
        </FormField>
      </div>
    </>
  );
}
