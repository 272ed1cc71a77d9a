import type { TFunction } from "i18next";

/**
 * The sentence for one notification, in the reader's language. Params hold raw values (names,
 * titles, ISO dates, status codes) stored when the event happened; labels are made here, so
 * the inbox and the mail read the same in either language.
 *   status → statusLabel (signalStatus.<status>), dueDate → dueDateLabel, deadline → deadlineLabel,
 *   actor (+ organisation, when they spoke for one) → actorLabel ("Pieter Partner (De Horizon)").
 */
export function notificationMessage(t: TFunction, locale: string, kind: string, params: Record<string, unknown>): string {
  const date = (iso: unknown) =>
    typeof iso === "string" && /^\d{4}-\d{2}-\d{2}$/.test(iso)
      ? new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`))
      : "";
  const actor = typeof params.actor === "string" ? params.actor : "";
  const organisation = typeof params.organisation === "string" ? params.organisation : "";
  return t(`notifications.kinds.${kind}`, {
    ...params,
    statusLabel: typeof params.status === "string" ? t(`signalStatus.${params.status}`) : "",
    dueDateLabel: date(params.dueDate),
    deadlineLabel: date(params.deadline),
    actorLabel: actor && organisation ? t("notifications.actorOfOrganisation", { actor, organisation }) : actor,
  });
}
