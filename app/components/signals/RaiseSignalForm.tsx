import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { DomainField, FormField, selectClass, textboxClass } from "../FormField";
import type { FormErrors, SignalList } from "./types";

type Props = {
  domains: SignalList["domains"];
  actions: SignalList["actions"];
  errors: FormErrors;
  values: Record<string, string> | null;
};

/** "Signaal agenderen": open to every member; a plain POST that works without JavaScript. */
export function RaiseSignalForm({ domains, actions, errors, values }: Props) {
  const t = useT();
  const fields = errors?.fields ?? {};
  return (
    <section aria-labelledby="agenderen" className="koers-card koers-signal-raise">
      <h2 className="utrecht-heading-2" id="agenderen" tabIndex={-1}>
        {t("signals.form.title")}
      </h2>
      <p className="utrecht-paragraph">{t("signals.form.intro")}</p>
      <FormAlert message={errors?.form} />
      <form method="post" noValidate className="koers-form koers-signal-form">
        <input type="hidden" name="intent" value="raise" />
        <FormField id="signal-title" label={t("signals.form.fieldTitle")} description={t("signals.form.fieldTitleHint")} error={fields.title}>
          {(props) => <input {...props} name="title" defaultValue={values?.title} maxLength={200} className={textboxClass(Boolean(fields.title))} />}
        </FormField>
        <FormField id="signal-text" label={t("signals.form.fieldText")} error={fields.text}>
          {(props) => (
            <textarea
              {...props}
              name="text"
              rows={5}
              defaultValue={values?.text}
              className={`utrecht-textarea utrecht-textarea--html-textarea${fields.text ? " utrecht-textarea--invalid" : ""}`}
            />
          )}
        </FormField>
        <div className="koers-signal-form__pair">
          <DomainField
            id="signal-domain"
            label={t("signals.form.fieldDomain")}
            name="domainId"
            error={fields.domainId}
            domains={domains}
            defaultValue={values?.domainId ?? domains[0]?.id}
          />
          <FormField id="signal-action" label={t("signals.form.fieldAction")} error={fields.linkedActionId}>
            {(props) => (
              <select {...props} name="linkedActionId" defaultValue={values?.linkedActionId ?? ""} className={selectClass(Boolean(fields.linkedActionId))}>
                <option value="">{t("signals.form.noAction")}</option>
                {domains.map((domain) => {
                  const inDomain = actions.filter((action) => action.domainId === domain.id);
                  return inDomain.length ? (
                    <optgroup key={domain.id} label={domain.name}>
                      {inDomain.map((action) => (
                        <option key={action.id} value={action.id}>
                          {action.title}
                        </option>
                      ))}
                    </optgroup>
                  ) : null;
                })}
              </select>
            )}
          </FormField>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("signals.form.submit")}
        </button>
      </form>
    </section>
  );
}
