import { useT } from "../../lib/i18n";
import { selectClass } from "../FormField";
import type { DashboardScope, ProgrammeChoices } from "./types";

/**
 * Chooses what the dashboard shows: a GET form (no JavaScript needed). The one select holds
 * domains and goals; the page turns the choice into ?domein=… or ?doel=….
 */
export function ScopeForm({ choices, scope }: { choices: ProgrammeChoices; scope: DashboardScope }) {
  const t = useT();
  const current = scope.kind === "domain" ? `domein:${scope.id}` : scope.kind === "goal" ? `doel:${scope.id}` : "";
  return (
    <form method="get" className="koers-scope">
      <div className="utrecht-form-field utrecht-form-field--select">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="dashboard-scope">
            {t("insight.dashboard.scope.label")}
          </label>
        </div>
        <div className="utrecht-form-field__input">
          <select id="dashboard-scope" name="bereik" defaultValue={current} className={selectClass(false)}>
            <option value="">{t("insight.dashboard.scope.programme")}</option>
            <optgroup label={t("insight.dashboard.scope.domains")}>
              {choices.domains.map((domain) => (
                <option key={domain.id} value={`domein:${domain.id}`}>
                  {domain.name}
                </option>
              ))}
            </optgroup>
            {choices.goals.length > 0 ? (
              <optgroup label={t("insight.dashboard.scope.goals")}>
                {choices.goals.map((goal) => (
                  <option key={goal.id} value={`doel:${goal.id}`}>
                    {goal.title}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t("insight.dashboard.scope.submit")}
      </button>
    </form>
  );
}
