import { ROLES } from "@koers/domain";
import { useT } from "../../lib/i18n";

/** The five roles as <option>s, in the user's language. */
export function RoleOptions() {
  const t = useT();
  return (
    <>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </>
  );
}

/** "No organisation" and the municipality's partner organisations as <option>s. */
export function OrganisationOptions({ organisations }: { organisations: { id: string; name: string }[] }) {
  const t = useT();
  return (
    <>
      <option value="">{t("members.invite.noOrganisation")}</option>
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </>
  );
}
