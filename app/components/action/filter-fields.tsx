import type { ActionStatus } from "@koers/domain";
import { useT } from "../../lib/i18n";
import { DomainSelect, FilterField } from "../filter-fields";
import { selectClass } from "../FormField";
import { Checkboxes } from "./Checkboxes";

/*
 * The action list's filter fields, shared by the action list and by step 1 of an update request,
 * which picks its actions with the same filters and URL parameters. Each caller gives its own ids.
 */

type Named = { id: string; name: string };

/** Domain (?domein=…). */
export function DomainFilter({ id, domains, defaultValue }: { id: string; domains: Named[]; defaultValue: string }) {
  const t = useT();
  return (
    <FilterField id={id} label={t("actionList.filters.domain")}>
      <DomainSelect id={id} domains={domains} defaultValue={defaultValue} allLabel={t("actionList.filters.allDomains")} />
    </FilterField>
  );
}

/** Owner (?eigenaar=…); `offerNone` adds "no owner" (?eigenaar=none). */
export function OwnerFilter({ id, owners, defaultValue, offerNone = false }: { id: string; owners: Named[]; defaultValue: string; offerNone?: boolean }) {
  const t = useT();
  return (
    <FilterField id={id} label={t("actionList.filters.owner")}>
      <select id={id} name="eigenaar" defaultValue={defaultValue} className={selectClass(false)}>
        <option value="">{t("actionList.filters.allOwners")}</option>
        {offerNone ? <option value="none">{t("actionList.filters.noOwner")}</option> : null}
        {owners.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

/** The statuses to show (?status=…&status=…), one checkbox each. */
export function StatusChoices({ id, statuses, checked }: { id: string; statuses: readonly ActionStatus[]; checked: string[] }) {
  const t = useT();
  return (
    <Checkboxes
      id={id}
      name="status"
      legend={t("actionList.filters.status")}
      options={statuses.map((status) => ({ value: status, label: t(`actionStatus.${status}`) }))}
      checked={checked}
    />
  );
}

/** Only actions past their end date (?te-laat=1). */
export function OverdueOnly({ id, checked }: { id: string; checked: boolean }) {
  const t = useT();
  return <FilterCheckbox id={id} name="te-laat" label={t("actionList.filters.overdueOnly")} checked={checked} />;
}

/** A yes/no filter: one checkbox that sends `name=1` when ticked. */
export function FilterCheckbox({ id, name, label, checked }: { id: string; name: string; label: string; checked: boolean }) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox koers-check">
      <input id={id} type="checkbox" name={name} value="1" defaultChecked={checked} className="utrecht-checkbox utrecht-checkbox--html-input" />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
    </div>
  );
}
