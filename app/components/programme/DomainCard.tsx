import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { FormField, textboxClass } from "../FormField";
import { IntentButton } from "../IntentButton";

type Props = {
  domain: { id: string; name: string; description: string };
  isFirst: boolean;
  isLast: boolean;
  /** Errors of the last form sent for this domain, if any. */
  errors: { fields: Record<string, string>; form: string | null } | null;
  values: Record<string, string> | null;
};

/** One domain in the settings: rename it, move it up or down, or archive it. */
export function DomainCard({ domain, isFirst, isLast, errors, values }: Props) {
  const t = useT();
  const fields = errors?.fields ?? {};
  const prefix = `domain-${domain.id}`;
  return (
    <li className="koers-card koers-domain">
      <h3 className="utrecht-heading-3" id={`${prefix}-heading`}>
        {domain.name}
      </h3>
      <FormAlert message={errors?.form} />
      <form method="post" noValidate className="koers-domain__rename">
        <input type="hidden" name="intent" value="renameDomain" />
        <input type="hidden" name="domainId" value={domain.id} />
        <FormField id={`${prefix}-name`} label={t("programme.settings.domainName", { name: domain.name })} error={fields.name}>
          {(props) => (
            <input {...props} name="name" autoComplete="off" defaultValue={values?.name ?? domain.name} className={textboxClass(Boolean(fields.name))} />
          )}
        </FormField>
        <FormField
          id={`${prefix}-description`}
          label={t("programme.settings.domainDescription", {
            name: domain.name,
          })}
          error={fields.description}
        >
          {(props) => (
            <input
              {...props}
              name="description"
              autoComplete="off"
              defaultValue={values?.description ?? domain.description}
              className={textboxClass(Boolean(fields.description))}
            />
          )}
        </FormField>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("programme.settings.rename")}
          <span className="koers-visually-hidden"> {domain.name}</span>
        </button>
      </form>
      <div className="koers-row-actions koers-domain__tools">
        {!isFirst ? (
          <IntentButton
            intent="moveDomain"
            fields={{ domainId: domain.id, direction: "up" }}
            label={t("programme.settings.moveUp")}
            context={domain.name}
            className="utrecht-button utrecht-button--subtle"
          />
        ) : null}
        {!isLast ? (
          <IntentButton
            intent="moveDomain"
            fields={{ domainId: domain.id, direction: "down" }}
            label={t("programme.settings.moveDown")}
            context={domain.name}
            className="utrecht-button utrecht-button--subtle"
          />
        ) : null}
        <IntentButton
          intent="archiveDomain"
          fields={{ domainId: domain.id, name: domain.name }}
          label={t("programme.settings.archive")}
          context={domain.name}
          className="utrecht-button utrecht-button--subtle koers-danger"
        />
      </div>
    </li>
  );
}
