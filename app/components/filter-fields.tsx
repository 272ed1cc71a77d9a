import type { ReactNode } from "react";
import { selectClass } from "./FormField";

/** A labelled field in a list's filter form (no description or error: filters cannot be invalid). */
export function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="utrecht-form-field utrecht-form-field--text">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/**
 * The domain filter's select: `?domein=<id>`, the same parameter on every list, with an empty
 * first choice for all domains.
 */
export function DomainSelect({
  id,
  domains,
  defaultValue,
  allLabel,
}: {
  id: string;
  domains: { id: string; name: string }[];
  defaultValue: string;
  allLabel: string;
}) {
  return (
    <select id={id} name="domein" defaultValue={defaultValue} className={selectClass(false)}>
      <option value="">{allLabel}</option>
      {domains.map((domain) => (
        <option key={domain.id} value={domain.id}>
          {domain.name}
        </option>
      ))}
    </select>
  );
}
