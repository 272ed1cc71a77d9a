import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { GoalFields } from "./GoalFields";

type Props = {
  domains: { id: string; name: string }[];
  errors: { fields: Record<string, string>; form: string | null } | null;
  values: Record<string, string> | null;
};

/** "Doel toevoegen": a goal with its title, description and (optionally) its domain. */
export function AddGoalForm({ domains, errors, values }: Props) {
  const t = useT();
  return (
    <section className="koers-card" aria-labelledby="doel-toevoegen">
      <h3 className="utrecht-heading-3" id="doel-toevoegen">
        {t("programme.overview.addGoal")}
      </h3>
      <FormAlert message={errors?.form} />
      {/* "?index": a plain POST to the overview's URL would otherwise reach the programme layout. */}
      <form method="post" action="?index" noValidate className="koers-form">
        <input type="hidden" name="intent" value="addGoal" />
        <GoalFields idPrefix="new-goal" domains={domains} errors={errors?.fields ?? {}} values={values} />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("programme.overview.addGoalSubmit")}
        </button>
      </form>
    </section>
  );
}
