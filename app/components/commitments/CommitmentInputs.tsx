import { COMMITMENT_CONTRIBUTION_MAX } from "@koers/domain";
import { useT } from "../../lib/i18n";
import { centsForInput } from "../action/format";
import { FormField, textboxClass } from "../FormField";

type Values = {
  contribution: string;
  capacityHours: string;
  capacityEuro: string;
  periodStart: string;
  periodEnd: string;
};

/** A stored commitment's fields as the form shows them (euro the reader's way). */
export function valuesOfCommitment(
  commitment: { contribution: string; capacityHours: number | null; capacityCents: number | null; periodStart: string | null; periodEnd: string | null } | null,
  locale: "nl" | "en",
): Values {
  return {
    contribution: commitment?.contribution ?? "",
    capacityHours: commitment?.capacityHours === null || commitment?.capacityHours === undefined ? "" : String(commitment.capacityHours),
    capacityEuro: centsForInput(commitment?.capacityCents ?? null, locale),
    periodStart: commitment?.periodStart ?? "",
    periodEnd: commitment?.periodEnd ?? "",
  };
}

type Props = {
  /** Makes the ids unique on a page with several of these forms. */
  idPrefix: string;
  /** What is stored (edit) or empty (offer); what was typed wins after a refusal. */
  initial: Values;
  typed: Record<string, string> | null;
  errors: Record<string, string>;
};

/** What an organisation promises: the contribution, capacity in hours and/or euro, and the period. */
export function CommitmentInputs({ idPrefix, initial, typed, errors }: Props) {
  const t = useT();
  const value = (name: keyof Values) => typed?.[name] ?? initial[name];
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <FormField id={id("contribution")} label={t("commitments.fields.contribution")} description={t("commitments.fields.contributionHint")} error={errors.contribution}>
        {(props) => (
          <textarea
            {...props}
            name="contribution"
            rows={4}
            maxLength={COMMITMENT_CONTRIBUTION_MAX}
            aria-required="true"
            defaultValue={value("contribution")}
            className={`utrecht-textarea utrecht-textarea--html-textarea${errors.contribution ? " utrecht-textarea--invalid" : ""}`}
          />
        )}
      </FormField>
      <fieldset className="koers-commitment-fieldset">
        <legend>{t("commitments.fields.capacity")}</legend>
        <p className="utrecht-paragraph koers-muted koers-commitment-fieldset__hint">{t("commitments.fields.capacityHint")}</p>
        <div className="koers-commitment-pair">
          <FormField id={id("hours")} label={t("commitments.fields.hours")} error={errors.capacityHours}>
            {(props) => (
              <input {...props} name="capacityHours" inputMode="numeric" autoComplete="off" defaultValue={value("capacityHours")} className={textboxClass(Boolean(errors.capacityHours))} />
            )}
          </FormField>
          <FormField id={id("euro")} label={t("commitments.fields.euro")} error={errors.capacityEuro}>
            {(props) => (
              <input {...props} name="capacityEuro" inputMode="decimal" autoComplete="off" defaultValue={value("capacityEuro")} className={textboxClass(Boolean(errors.capacityEuro))} />
            )}
          </FormField>
        </div>
      </fieldset>
      <fieldset className="koers-commitment-fieldset">
        <legend>{t("commitments.fields.period")}</legend>
        <div className="koers-commitment-pair">
          <FormField id={id("start")} label={t("commitments.fields.periodStart")} error={errors.periodStart}>
            {(props) => <input {...props} type="date" name="periodStart" defaultValue={value("periodStart")} className={textboxClass(Boolean(errors.periodStart))} />}
          </FormField>
          <FormField id={id("end")} label={t("commitments.fields.periodEnd")} error={errors.periodEnd}>
            {(props) => <input {...props} type="date" name="periodEnd" defaultValue={value("periodEnd")} className={textboxClass(Boolean(errors.periodEnd))} />}
          </FormField>
        </div>
      </fieldset>
    </>
  );
}
