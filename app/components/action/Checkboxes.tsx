import { useT } from "../../lib/i18n";

type Props = {
  id: string;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: string[];
  error?: string | undefined;
};

/** A group of checkboxes in a fieldset with its legend, and its error under the legend. */
export function Checkboxes({ id, name, legend, options, checked, error }: Props) {
  const t = useT();
  const selected = new Set(checked);
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset koers-fieldset${error ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {t(error)}
        </div>
      ) : null}
      <div className="koers-checks">
        {options.map((option) => (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--checkbox koers-check">
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={selected.has(option.value)}
              className="utrecht-checkbox utrecht-checkbox--html-input"
            />
            <label htmlFor={`${id}-${option.value}`} className="utrecht-form-label utrecht-form-label--checkbox">
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
