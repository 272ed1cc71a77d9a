import { allowedNextStatuses, type ActionStatus } from "@koers/domain";
import { useLocale, useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { FormField, selectClass, textboxClass } from "../FormField";
import { centsForInput } from "./format";
import { valueOf, type ActionDetail, type FieldErrors, type FormValues, type ProgrammeChoices } from "./types";

type Props = { action: ActionDetail; owners: ProgrammeChoices["owners"]; errors: FieldErrors; values: FormValues };

/** The statuses a menu offers: where the action is now, then where it may go next. */
export function statusOptions(current: string): string[] {
  return [current, ...allowedNextStatuses(current as ActionStatus)];
}

/**
 * What a civil servant keeps up to date: status (only the moves the rules allow), owner,
 * dates, budget and labels, in one form.
 */
export function TrackForm({ action, owners, errors, values }: Props) {
  const t = useT();
  const locale = useLocale();
  const fields = errors?.fields ?? {};
  const value = (key: string, fallback: string) => valueOf(values, key) ?? fallback;
  return (
    <section aria-labelledby="track-heading" className="koers-section koers-card">
      <h2 className="utrecht-heading-2" id="track-heading">
        {t("actionDetail.track.title")}
      </h2>
      <FormAlert message={errors?.form} />
      <form method="post" noValidate className="koers-form">
        <input type="hidden" name="intent" value="track" />
        <input type="hidden" name="currentStatus" value={action.status} />
        <FormField id="track-status" label={t("actionFields.status")} error={fields.status}>
          {(props) => (
            <select {...props} name="status" defaultValue={value("status", action.status)} className={selectClass(Boolean(fields.status))}>
              {statusOptions(action.status).map((status) => (
                <option key={status} value={status}>
                  {status === action.status ? t("actionDetail.track.currentStatus", { status: t(`actionStatus.${status}`) }) : t(`actionStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="track-reason" label={t("actionFields.statusReason")} description={t("actionDetail.track.reasonHint")} error={fields.statusReason}>
          {(props) => (
            <textarea
              {...props}
              name="statusReason"
              rows={3}
              defaultValue={value("statusReason", "")}
              className={`utrecht-textarea utrecht-textarea--html-textarea${fields.statusReason ? " utrecht-textarea--invalid" : ""}`}
            />
          )}
        </FormField>
        <FormField id="track-owner" label={t("actionFields.owner")} error={fields.ownerId}>
          {(props) => (
            <select {...props} name="ownerId" defaultValue={value("ownerId", action.owner?.id ?? "")} className={selectClass(Boolean(fields.ownerId))}>
              <option value="">{t("actionDetail.noOwner")}</option>
              {owners.map((owner) => (
                <option key={owner.id} value={owner.id}>
                  {owner.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="koers-form__pair">
          <FormField id="track-start" label={t("actionFields.startDate")} error={fields.startDate}>
            {(props) => <input {...props} type="date" name="startDate" defaultValue={value("startDate", action.startDate ?? "")} className={textboxClass(Boolean(fields.startDate))} />}
          </FormField>
          <FormField id="track-due" label={t("actionFields.dueDate")} error={fields.dueDate}>
            {(props) => <input {...props} type="date" name="dueDate" defaultValue={value("dueDate", action.dueDate ?? "")} className={textboxClass(Boolean(fields.dueDate))} />}
          </FormField>
        </div>
        <FormField id="track-budget" label={t("actionFields.budget")} description={t("actionDetail.track.budgetHint")} error={fields.budget}>
          {(props) => (
            <input
              {...props}
              name="budget"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={value("budget", centsForInput(action.budgetCents, locale))}
              className={textboxClass(Boolean(fields.budget))}
            />
          )}
        </FormField>
        <FormField id="track-tags" label={t("actionFields.tags")} description={t("actionDetail.track.tagsHint")} error={fields.tags}>
          {(props) => <input {...props} name="tags" autoComplete="off" defaultValue={value("tags", action.tags.join(", "))} className={textboxClass(Boolean(fields.tags))} />}
        </FormField>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("actionDetail.track.submit")}
        </button>
      </form>
    </section>
  );
}
