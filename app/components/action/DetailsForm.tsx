import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { FormField, selectClass, textboxClass } from "../FormField";
import { IntentButton } from "../IntentButton";
import { Checkboxes } from "./Checkboxes";
import { valueOf, type ActionDetail, type FieldErrors, type FormValues, type ProgrammeChoices } from "./types";

type Props = { action: ActionDetail; choices: ProgrammeChoices; errors: FieldErrors; values: FormValues };

function listOf(values: FormValues, key: string, fallback: string[]): string[] {
  if (!values) return fallback;
  const value = values[key];
  return Array.isArray(value) ? value : value ? [value] : [];
}

/** What the council decides about an action: its title, text, domains and goals; and archiving it. */
export function DetailsForm({ action, choices, errors, values }: Props) {
  const t = useT();
  const fields = errors?.fields ?? {};
  return (
    <section aria-labelledby="details-heading" className="koers-section koers-card">
      <h2 className="utrecht-heading-2" id="details-heading">
        {t("actionDetail.details.title")}
      </h2>
      <FormAlert message={errors?.form} />
      <form method="post" noValidate className="koers-form">
        <input type="hidden" name="intent" value="details" />
        <FormField id="details-title" label={t("actionFields.title")} error={fields.title}>
          {(props) => <input {...props} name="title" defaultValue={valueOf(values, "title") ?? action.title} className={textboxClass(Boolean(fields.title))} />}
        </FormField>
        <FormField id="details-description" label={t("actionFields.description")} error={fields.description}>
          {(props) => (
            <textarea
              {...props}
              name="description"
              rows={5}
              defaultValue={valueOf(values, "description") ?? action.description}
              className={`utrecht-textarea utrecht-textarea--html-textarea${fields.description ? " utrecht-textarea--invalid" : ""}`}
            />
          )}
        </FormField>
        <FormField id="details-domain" label={t("actionFields.primaryDomain")} error={fields.primaryDomainId}>
          {(props) => (
            <select
              {...props}
              name="primaryDomainId"
              defaultValue={valueOf(values, "primaryDomainId") ?? action.primaryDomain.id}
              className={selectClass(Boolean(fields.primaryDomainId))}
            >
              {choices.domains.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <Checkboxes
          id="details-other-domains"
          name="otherDomainIds"
          legend={t("actionFields.otherDomains")}
          options={choices.domains.map((d) => ({ value: d.id, label: d.name }))}
          checked={listOf(values, "otherDomainIds", action.otherDomains.map((d) => d.id))}
          error={fields.otherDomainIds}
        />
        <Checkboxes
          id="details-goals"
          name="goalIds"
          legend={t("actionFields.goals")}
          options={choices.goals.map((g) => ({ value: g.id, label: g.title }))}
          checked={listOf(values, "goalIds", action.goals.map((g) => g.id))}
          error={fields.goalIds}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("actionDetail.details.submit")}
        </button>
      </form>
      <div className="koers-archive">
        <p className="utrecht-paragraph">{action.archived ? t("actionDetail.archive.restoreIntro") : t("actionDetail.archive.intro")}</p>
        <IntentButton
          intent={action.archived ? "restore" : "archive"}
          fields={{}}
          label={action.archived ? t("actionDetail.archive.restore") : t("actionDetail.archive.archive")}
          context={action.title}
          className="utrecht-button utrecht-button--secondary-action"
        />
      </div>
    </section>
  );
}
