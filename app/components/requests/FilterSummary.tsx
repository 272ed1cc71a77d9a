import type { UpdateRequestFilters } from "@koers/domain";
import { useT } from "../../lib/i18n";
import type { FilterChoices } from "./types";

/** Which actions a request asked about, in words: "Domein: Veiligheid · Status: Gepland". */
export function useFilterSummary(choices: FilterChoices) {
  const t = useT();
  return (filters: UpdateRequestFilters): string => {
    const parts: string[] = [];
    if (filters.domainId) {
      const name = choices.domains.find((d) => d.id === filters.domainId)?.name ?? t("requests.filters.unknown");
      parts.push(`${t("actionList.filters.domain")}: ${name}`);
    }
    if (filters.status?.length) parts.push(`${t("actionList.filters.status")}: ${filters.status.map((s) => t(`actionStatus.${s}`)).join(", ")}`);
    if (filters.ownerId) {
      const name =
        filters.ownerId === "none" ? t("actionList.filters.noOwner") : (choices.owners.find((o) => o.id === filters.ownerId)?.name ?? t("requests.filters.unknown"));
      parts.push(`${t("actionList.filters.owner")}: ${name}`);
    }
    if (filters.goalId) {
      const title = choices.goals.find((g) => g.id === filters.goalId)?.title ?? t("requests.filters.unknown");
      parts.push(`${t("actionList.filters.goal")}: ${title}`);
    }
    if (filters.tag) parts.push(`${t("actionList.filters.tag")}: ${filters.tag}`);
    if (filters.q) parts.push(`${t("actionList.filters.search")}: „${filters.q}”`);
    if (filters.overdue) parts.push(t("requests.filters.overdueOnly"));
    if (filters.withoutDueDate) parts.push(t("actionList.filters.withoutDueDateOnly"));
    return parts.length > 0 ? parts.join(" · ") : t("requests.filters.all");
  };
}
