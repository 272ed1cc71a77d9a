import type { TFunction } from "i18next";
import { useT } from "../../lib/i18n";
import { useFormat } from "./format";
import type { HistoryEvent, ProgrammeChoices } from "./types";

type Snapshot = Record<string, unknown>;

/** Fields shown in this order; anything else the audit log holds (ids, report ids) is left out. */
const FIELDS = ["title", "description", "status", "ownerId", "startDate", "dueDate", "budgetCents", "tags", "primaryDomainId", "otherDomainIds", "goalIds"] as const;

function snapshot(value: unknown): Snapshot {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : {};
}

/** The fields an event changed, as [field, before, after]. A new action lists what it started with. */
export function changesOf(event: Pick<HistoryEvent, "before" | "after">): [string, unknown, unknown][] {
  const before = snapshot(event.before);
  const after = snapshot(event.after);
  const created = event.before === null || event.before === undefined;
  return FIELDS.filter((field) => field in after || field in before)
    .filter((field) => (created ? isSet(after[field]) : JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null)))
    .map((field) => [field, before[field] ?? null, after[field] ?? null]);
}

function isSet(value: unknown): boolean {
  return value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);
}

/**
 * Who changed what and when, in words: field names, statuses, people, domains and goals by
 * name rather than by id, dates and amounts as people write them.
 */
export function History({ history, choices }: { history: HistoryEvent[]; choices: ProgrammeChoices }) {
  const t = useT();
  const format = useFormat();
  const names = new Map<string, string>([
    ...choices.owners.map((o) => [o.id, o.name] as const),
    ...choices.domains.map((d) => [d.id, d.name] as const),
    ...choices.goals.map((g) => [g.id, g.title] as const),
  ]);
  const show = (field: string, value: unknown) => describe(t, format, names, field, value);
  return (
    <section aria-labelledby="history-heading" className="koers-section">
      <h2 className="utrecht-heading-2" id="history-heading">
        {t("actionHistory.title")}
      </h2>
      {history.length === 0 ? (
        <p className="utrecht-paragraph koers-muted">{t("actionHistory.empty")}</p>
      ) : (
        <div className="koers-table-scroll">
          <table className="utrecht-table koers-table koers-history">
            <caption className="utrecht-table__caption">{t("actionHistory.caption", { count: history.length })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">{t("actionHistory.when")}</th>
                <th className="utrecht-table__header-cell" scope="col">{t("actionHistory.who")}</th>
                <th className="utrecht-table__header-cell" scope="col">{t("actionHistory.what")}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {history.map((event) => {
                const after = snapshot(event.after);
                const changes = changesOf(event);
                const created = event.before === null || event.before === undefined;
                return (
                  <tr key={event.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell koers-nowrap">
                      <time dateTime={event.at}>{format.moment(event.at)}</time>
                    </td>
                    <td className="utrecht-table__cell">{event.actor ?? <span className="koers-muted">{t("actionHistory.system")}</span>}</td>
                    <td className="utrecht-table__cell">
                      <strong>{t(`actionHistory.events.${event.action}`, { defaultValue: t("actionHistory.events.other") })}</strong>
                      {event.action === "action.addUpdate" && typeof after.date === "string" ? (
                        <span> {t("actionHistory.reportOf", { date: format.date(after.date) })}</span>
                      ) : null}
                      {changes.length > 0 ? (
                        <ul className="koers-changes">
                          {changes.map(([field, before, afterValue]) => (
                            <li key={field}>
                              {t(`actionHistory.fields.${field}`)}:{" "}
                              {created ? null : (
                                <>
                                  <span className="koers-change__before">{show(field, before)}</span>{" "}
                                  <span aria-hidden="true">→</span>
                                  <span className="koers-visually-hidden"> {t("actionHistory.becomes")} </span>{" "}
                                </>
                              )}
                              <span className="koers-change__after">{show(field, afterValue)}</span>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      {typeof after.reason === "string" && after.reason ? (
                        <p className="koers-change__reason">
                          {t("actionHistory.reason")}: {after.reason}
                        </p>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function describe(t: TFunction, format: ReturnType<typeof useFormat>, names: Map<string, string>, field: string, value: unknown): string {
  if (!isSet(value)) return t("actionHistory.none");
  const name = (id: unknown) => names.get(String(id)) ?? t("actionHistory.unknown");
  switch (field) {
    case "status":
      return t(`actionStatus.${String(value)}`);
    case "ownerId":
    case "primaryDomainId":
      return name(value);
    case "otherDomainIds":
    case "goalIds":
      return (value as unknown[]).map(name).join(", ");
    case "startDate":
    case "dueDate":
      return format.date(String(value));
    case "budgetCents":
      return format.money(Number(value));
    case "tags":
      return (value as unknown[]).map(String).join(", ");
    case "description": {
      const text = String(value);
      return text.length > 160 ? `${text.slice(0, 157)}…` : text;
    }
    default:
      return String(value);
  }
}
