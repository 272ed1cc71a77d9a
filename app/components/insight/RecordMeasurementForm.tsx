import { Form, useNavigation } from "@remix-run/react";
import { FormAlert } from "../FormAlert";
import { FormField, textboxClass } from "../FormField";
import type { FormErrors } from "../../lib/trpc-errors.server";
import { useT } from "../../lib/i18n";

type Props = {
  unit: string;
  today: string;
  errors: FormErrors | null;
  values: { date: string; value: string; note: string } | null;
};

/** "Meetwaarde vastleggen": date, value (Dutch decimal comma) and an optional note. Works without JavaScript. */
export function RecordMeasurementForm({ unit, today, errors, values }: Props) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  return (
    <section aria-labelledby="record-heading" className="koers-section koers-record">
      <h2 className="utrecht-heading-2" id="record-heading">
        {t("insight.record.title")}
      </h2>
      <p className="utrecht-paragraph">{t("insight.record.intro")}</p>
      <FormAlert message={errors?.form} values={errors?.values} />
      <Form method="post" noValidate className="koers-record__form">
        <FormField id="measurement-date" label={t("insight.record.date")} error={errors?.fields.date}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="date"
              max={today}
              defaultValue={values?.date ?? today}
              required
              className={textboxClass(Boolean(errors?.fields.date))}
            />
          )}
        </FormField>
        <FormField
          id="measurement-value"
          label={t("insight.record.value", { unit })}
          description={t("insight.record.valueHint")}
          error={errors?.fields.value}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="decimal"
              name="value"
              autoComplete="off"
              defaultValue={values?.value ?? ""}
              required
              className={`${textboxClass(Boolean(errors?.fields.value))} koers-textbox--short`}
            />
          )}
        </FormField>
        <FormField id="measurement-note" label={t("insight.record.note")} error={errors?.fields.note}>
          {(props) => (
            <textarea
              {...props}
              name="note"
              rows={3}
              maxLength={1000}
              defaultValue={values?.note ?? ""}
              className="utrecht-textarea utrecht-textarea--html-textarea"
            />
          )}
        </FormField>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy || undefined}>
          {t("insight.record.submit")}
        </button>
      </Form>
    </section>
  );
}
