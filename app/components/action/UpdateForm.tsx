import { useT } from "../../lib/i18n";
import { RequestBanner, useUpdateRequest } from "../requests/RequestBanner";
import { FormAlert } from "../FormAlert";
import { FormField, selectClass, textboxClass } from "../FormField";
import { statusOptions } from "./TrackForm";
import { valueOf, type ActionDetail, type FieldErrors, type FormValues } from "./types";

type Props = { action: ActionDetail; today: string; errors: FieldErrors; values: FormValues };

/**
 * A progress report for a period: date, the status it reports, and what happened. Prefilled
 * with today and the current status, so answering an update request takes one sentence.
 * Its id "voortgang" is where an update request's mail link lands.
 */
export function UpdateForm({ action, today, errors, values }: Props) {
  const t = useT();
  // Arriving from an update request's mail (?verzoek=…#voortgang): the request above the form,
  // and the text box has the focus (the autofocus attribute works without JavaScript too).
  const request = useUpdateRequest();
  const fields = errors?.fields ?? {};
  return (
    <section aria-labelledby="update-heading" className="koers-section koers-card" id="voortgang">
      <h2 className="utrecht-heading-2" id="update-heading">
        {t("actionDetail.update.title")}
      </h2>
      <RequestBanner request={request} />
      <p className="utrecht-paragraph">{t("actionDetail.update.intro")}</p>
      <FormAlert message={errors?.form} />
      <form method="post" noValidate className="koers-form">
        <input type="hidden" name="intent" value="addUpdate" />
        <FormField id="update-date" label={t("actionFields.reportDate")} error={fields.date}>
          {(props) => <input {...props} type="date" name="date" defaultValue={valueOf(values, "date") ?? today} className={textboxClass(Boolean(fields.date))} />}
        </FormField>
        <FormField id="update-status" label={t("actionFields.status")} error={fields.status}>
          {(props) => (
            <select {...props} name="status" defaultValue={valueOf(values, "status") ?? action.status} className={selectClass(Boolean(fields.status))}>
              {statusOptions(action.status).map((status) => (
                <option key={status} value={status}>
                  {t(`actionStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="update-text" label={t("actionFields.reportText")} description={t("actionDetail.update.textHint")} error={fields.text}>
          {(props) => (
            <textarea
              {...props}
              name="text"
              rows={5}
              autoFocus={request.focus}
              defaultValue={valueOf(values, "text") ?? ""}
              className={`utrecht-textarea utrecht-textarea--html-textarea${fields.text ? " utrecht-textarea--invalid" : ""}`}
            />
          )}
        </FormField>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("actionDetail.update.submit")}
        </button>
      </form>
    </section>
  );
}
