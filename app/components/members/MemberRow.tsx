import { useT } from "../../lib/i18n";
import { selectClass } from "../FormField";
import { IntentButton } from "../IntentButton";
import { OrganisationOptions, RoleOptions } from "./options";

type Member = {
  id: string;
  name: string;
  email: string;
  role: string;
  organisation: { id: string; name: string } | null;
  isSelf: boolean;
};

/** One member; admins get a role form and a remove button, each a plain POST form. */
export function MemberRow({
  member,
  organisations,
  canManage,
}: {
  member: Member;
  organisations: { id: string; name: string }[];
  canManage: boolean;
}) {
  const t = useT();
  const roleLabel = `${t(`roles.${member.role}`)}${member.organisation ? ` — ${member.organisation.name}` : ""}`;
  return (
    <tr className="utrecht-table__row">
      <td className="utrecht-table__cell">
        {member.name}
        {member.isSelf ? <span className="koers-muted"> ({t("members.you")})</span> : null}
      </td>
      <td className="utrecht-table__cell">{member.email}</td>
      <td className="utrecht-table__cell">{roleLabel}</td>
      {canManage ? (
        <td className="utrecht-table__cell">
          <div className="koers-row-actions">
            <form method="post" className="koers-inline-form">
              <input type="hidden" name="intent" value="changeRole" />
              <input type="hidden" name="membershipId" value={member.id} />
              <label className="koers-visually-hidden" htmlFor={`role-${member.id}`}>
                {t("members.newRoleFor", { name: member.name })}
              </label>
              <select id={`role-${member.id}`} name="role" defaultValue={member.role} className={selectClass(false)}>
                <RoleOptions />
              </select>
              <label className="koers-visually-hidden" htmlFor={`org-${member.id}`}>
                {t("members.organisationFor", { name: member.name })}
              </label>
              <select
                id={`org-${member.id}`}
                name="organisationId"
                defaultValue={member.organisation?.id ?? ""}
                className={selectClass(false)}
              >
                <OrganisationOptions organisations={organisations} />
              </select>
              <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                {t("members.changeRole")}
                <span className="koers-visually-hidden"> {member.name}</span>
              </button>
            </form>
            <IntentButton
              intent="remove"
              fields={{ membershipId: member.id }}
              label={t("members.remove")}
              context={member.name}
              className="utrecht-button utrecht-button--subtle koers-danger"
            />
          </div>
        </td>
      ) : null}
    </tr>
  );
}
