import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { DomainField, FormField, textboxClass } from "../FormField";
import type { FormErrors, SignalDetail } from "./types";

type Props = {
  signal: SignalDetail;
  domains: { id: string; name: string }[];
  /** The refused form (by intent), its errors and what was typed. */
  refused: { intent: string; errors: FormErrors; values: Record<string, string> | null } | null;
};

const textareaClass = (invalid: boolean) => `utrecht-textarea utrecht-textarea--html-textarea${invalid ? " utrecht-textarea--invalid" : ""}`;

/**
 * The triager's three steps, each a plain POST form: take in review (only while new), turn
 * into an action (title, domain and description filled in from the signal) or decline with a
 * reason. Shown only to those who may triage; the server checks again.
 */
export function TriageForms({ signal, domains, refused }: Props) {
  const t = useT();
  const of = (intent: string) => (refused?.intent === intent ? refused : null);
  const convert = of("convert");
  const decline = of("decline");
  const convertFields = convert?.errors?.fields ?? {};
  const declineFields = decline?.errors?.fields ?? {};
  return (
    <section aria-labelledby="triage-heading" className="koers-signal-section koers-signal-triage">
      <h2 className="utrecht-heading-2" id="triage-heading">
        {t("signalDetail.triage.title")}
      </h2>
      <p className="utrecht-paragraph">{t("signalDetail.triage.intro")}</p>
      {signal.status === "new" ? (
        <div className="koers-card koers-signal-review">
          <h3 className="utrecht-heading-3">{t("signalDetail.triage.review.title")}</h3>
          <p className="utrecht-paragraph">{t("signalDetail.triage.review.intro")}</p>
          <FormAlert message={of("review")?.errors?.form} />
          <form method="post">
            <input type="hidden" name="intent" value="review" />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("signalDetail.triage.review.submit")}
            </button>
          </form>
        </div>
      ) : null}
      <div className="koers-cards koers-signal-triage__cards">
        <div className="koers-card">
          <h3 className="utrecht-heading-3" id="convert-heading">
            {t("signalDetail.triage.convert.title")}
          </h3>
          <p className="utrecht-paragraph">{t("signalDetail.triage.convert.intro")}</p>
          <FormAlert message={convert?.errors?.form} />
          <form method="post" noValidate className="koers-form koers-signal-form" aria-labelledby="convert-heading">
            <input type="hidden" name="intent" value="convert" />
            <FormField id="convert-title" label={t("signalDetail.triage.convert.fieldTitle")} error={convertFields.title}>
              {(props) => (
                <input {...props} name="title" defaultValue={convert?.values?.title ?? signal.title} className={textboxClass(Boolean(convertFields.title))} />
              )}
            </FormField>
            <DomainField
              id="convert-domain"
              label={t("signalDetail.triage.convert.fieldDomain")}
              name="primaryDomainId"
              error={convertFields.primaryDomainId}
              domains={domains}
              defaultValue={convert?.values?.primaryDomainId ?? signal.domain.id}
            />
            <FormField id="convert-description" label={t("signalDetail.triage.convert.fieldDescription")} error={convertFields.description}>
              {(props) => (
                <textarea
                  {...props}
                  name="description"
                  rows={6}
                  defaultValue={convert?.values?.description ?? signal.text}
                  className={textareaClass(Boolean(convertFields.description))}
                />
              )}
            </FormField>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("signalDetail.triage.convert.submit")}
            </button>
          </form>
        </div>
        <div className="koers-card">
          <h3 className="utrecht-heading-3" id="decline-heading">
            {t("signalDetail.triage.decline.title")}
          </h3>
          <p className="utrecht-paragraph">{t("signalDetail.triage.decline.intro")}</p>
          <FormAlert message={decline?.errors?.form} />
          <form method="post" noValidate className="koers-form koers-signal-form" aria-labelledby="decline-heading">
            <input type="hidden" name="intent" value="decline" />
            <FormField id="decline-reason" label={t("signalDetail.triage.decline.fieldReason")} error={declineFields.reason}>
              {(props) => (
                <textarea
                  {...props}
                  name="reason"
                  rows={4}
                  aria-required="true"
                  defaultValue={decline?.values?.reason ?? ""}
                  className={textareaClass(Boolean(declineFields.reason))}
                />
              )}
            </FormField>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("signalDetail.triage.decline.submit")}
            </button>
          </form>
        </div>
      </div>
    </section>
  );
}
