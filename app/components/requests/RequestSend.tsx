import { Form, Link, useNavigation } from "@remix-run/react";
import { searchParamsFromFilters, UPDATE_REQUEST_MESSAGE_MAX, type UpdateRequestFilters } from "@koers/domain";
import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { FormField, textboxClass } from "../FormField";
import type { RequestPreview } from "./types";

type Props = {
  filters: UpdateRequestFilters;
  preview: RequestPreview;
  today: string;
  /** The action list with the same filters and no owner: where to assign the skipped ones. */
  withoutOwnerHref: string;
  errors: { fields: Record<string, string>; form: string | null } | null;
  values: Record<string, string> | null;
};

/**
 * Step 2: whom the request reaches ("Dit verzoek gaat naar N eigenaren over M acties"), then
 * the deadline and an optional message. The filters of step 1 travel along as hidden fields.
 */
export function RequestSend({ filters, preview, today, withoutOwnerHref, errors, values }: Props) {
  const t = useT();
  const navigation = useNavigation();
  const fields = errors?.fields ?? {};
  const hidden = [...searchParamsFromFilters(filters).entries()];
  const owners = t("requests.preview.owners", { count: preview.owners });
  const actions = t("requests.preview.actions", { count: preview.actions });
  return (
    <Form method="post" className="koers-form koers-request-send" aria-labelledby="request-send-heading" noValidate>
      <h3 className="utrecht-heading-3" id="request-send-heading">
        {t("requests.form.when")}
      </h3>
      <div className="koers-request-preview" role="status" aria-live="polite" aria-atomic="true">
        <p className="utrecht-paragraph koers-request-preview__sentence">
          {preview.actions > 0 ? t("requests.preview.sentence", { owners, actions }) : t("requests.preview.nobody")}
        </p>
        {preview.skippedWithoutOwner > 0 ? (
          <p className="utrecht-paragraph">
            {t("requests.preview.skipped", { count: preview.skippedWithoutOwner })}{" "}
            <Link to={withoutOwnerHref} className="utrecht-link">
              {t("requests.preview.skippedLink")}
            </Link>
          </p>
        ) : null}
      </div>
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <FormAlert message={errors?.form} />
      <FormField id="request-deadline" label={t("requests.form.deadline")} description={t("requests.form.deadlineHint")} error={fields.deadline}>
        {(props) => <input {...props} type="date" name="deadline" min={today} required defaultValue={values?.deadline ?? ""} className={textboxClass(Boolean(fields.deadline))} />}
      </FormField>
      <FormField id="request-message" label={t("requests.form.message")} description={t("requests.form.messageHint", { max: UPDATE_REQUEST_MESSAGE_MAX })} error={fields.message}>
        {(props) => (
          <textarea
            {...props}
            name="message"
            rows={4}
            maxLength={UPDATE_REQUEST_MESSAGE_MAX}
            defaultValue={values?.message ?? ""}
            className={`utrecht-textarea utrecht-textarea--html-textarea${fields.message ? " utrecht-textarea--invalid" : ""}`}
          />
        )}
      </FormField>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={preview.actions === 0 || navigation.state === "submitting"}>
        {t("requests.form.submit")}
      </button>
    </Form>
  );
}
