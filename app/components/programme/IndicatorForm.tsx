import { INDICATOR_DIRECTIONS } from "@koers/domain";
import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { FormField, selectClass, textboxClass } from "../FormField";

type Props = {
  errors: { fields: Record<string, string>; form: string | null } | null;
  values: Record<string, string> | null;
};

/**
 * "Indicator toevoegen". Values are text fields with a decimal keyboard, so "12,5" can be
 * typed the Dutch way; the route's action reads them with parseDecimal.
 */
export function IndicatorForm({ errors, values }: Props) {
  const t = useT();
  const fields = errors?.fields ?? {};
  const textField = (name: string, label: string, extra: { type?: string; inputMode?: "decimal"; description?: string } = {}) => (
    <FormField id={`indicator-${name}`} label={label} error={fields[name]} {...(extra.description ? { description: extra.description } : {})}>
      {(props) => (
        <input
          {...props}
          name={name}
          type={extra.type ?? "text"}
          inputMode={extra.inputMode}
          autoComplete="off"
          defaultValue={values?.[name] ?? ""}
          className={textboxClass(Boolean(fields[name]))}
        />
      )}
    </FormField>
  );
  const point = (prefix: "baseline" | "target") => (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset koers-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t(`programme.indicator.${prefix}`)}</legend>
      <div className="koers-fieldset__row">
        {textField(`${prefix}Value`, t("programme.indicator.fields.value"), {
          inputMode: "decimal",
          description: t("programme.indicator.fields.valueHint"),
        })}
        {textField(`${prefix}Date`, t("programme.indicator.fields.date"), {
          type: "date",
        })}
      </div>
    </fieldset>
  );
  return (
    <section className="koers-section koers-card" aria-labelledby="indicator-toevoegen">
      <h2 className="utrecht-heading-2" id="indicator-toevoegen">
        {t("programme.indicator.add")}
      </h2>
      <p className="utrecht-paragraph">{t("programme.indicator.addIntro")}</p>
      <FormAlert message={errors?.form} />
      <form method="post" noValidate className="koers-form">
        <input type="hidden" name="intent" value="addIndicator" />
        {textField("name", t("programme.indicator.fields.name"))}
        {textField("unit", t("programme.indicator.fields.unit"), {
          description: t("programme.indicator.fields.unitHint"),
        })}
        <FormField id="indicator-direction" label={t("programme.indicator.fields.direction")} error={fields.direction}>
          {(props) => (
            <select {...props} name="direction" defaultValue={values?.direction ?? "higher_is_better"} className={selectClass(Boolean(fields.direction))}>
              {INDICATOR_DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {t(`indicatorDirection.${direction}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {point("baseline")}
        {point("target")}
        {textField("source", t("programme.indicator.fields.source"), {
          description: t("programme.indicator.fields.sourceHint"),
        })}
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("programme.indicator.submit")}
        </button>
      </form>
    </section>
  );
}
