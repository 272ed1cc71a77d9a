import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { ProgrammeTermFields } from "./ProgrammeTermFields";

type Props = {
  errors: { fields: Record<string, string>; form: string | null } | null;
  values: Record<string, string> | null;
  /**
   * Where the form posts. On an index route (the municipality home) a plain POST to the
   * page's own URL reaches the parent layout's action, hence "?index".
   */
  action?: string;
};

/**
 * "Nieuw programma" for admins (programme.manage): title and term. The programme starts as a
 * draft with the four default domains. Pair it with `newProgrammeAction` from
 * ./new-programme.server.ts as the route's action.
 */
export function NewProgrammeForm({ errors, values, action = "?index" }: Props) {
  const t = useT();
  return (
    <section className="koers-section koers-card" aria-labelledby="nieuw-programma">
      <h2 className="utrecht-heading-2" id="nieuw-programma">
        {t("programme.new.title")}
      </h2>
      <p className="utrecht-paragraph">{t("programme.new.intro")}</p>
      <FormAlert message={errors?.form} />
      <form method="post" action={action} noValidate className="koers-form">
        <input type="hidden" name="intent" value="createProgramme" />
        <ProgrammeTermFields idPrefix="new-programme" errors={errors?.fields ?? {}} values={values} />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("programme.new.submit")}
        </button>
      </form>
    </section>
  );
}
