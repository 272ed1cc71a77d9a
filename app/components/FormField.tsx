import type { ReactNode } from "react";
import { useT } from "../lib/i18n";

type Props = {
  id: string;
  label: string;
  error?: string | null | undefined;
  description?: string;
  children: (props: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined }) => ReactNode;
};

/**
 * NL Design System form field: label, optional description, the control, and the error right
 * next to it, tied to the control with aria-describedby so screen readers read it out.
 */
export function FormField({ id, label, error, description, children }: Props) {
  const t = useT();
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {t(error)}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined })}
      </div>
    </div>
  );
}

export function textboxClass(invalid: boolean): string {
  return `utrecht-textbox utrecht-textbox--html-input${invalid ? " utrecht-textbox--invalid" : ""}`;
}

export function selectClass(invalid: boolean): string {
  return `utrecht-select utrecht-select--html-select${invalid ? " utrecht-select--invalid" : ""}`;
}

/**
 * A form's domain choice: a labelled select of the programme's domains with its error, and an
 * optional empty first choice (`emptyLabel`) where no domain is allowed.
 */
export function DomainField({
  id,
  label,
  name,
  error,
  domains,
  defaultValue,
  emptyLabel,
}: {
  id: string;
  label: string;
  name: string;
  error: string | null | undefined;
  domains: readonly { id: string; name: string }[];
  defaultValue: string | undefined;
  emptyLabel?: string;
}) {
  return (
    <FormField id={id} label={label} error={error}>
      {(props) => (
        <select {...props} name={name} defaultValue={defaultValue} className={selectClass(Boolean(error))}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {domains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domain.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
