import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { StoredText } from "../text/StoredText";
import { useFormat } from "./format";
import type { ActionDetail } from "./types";

/** What an action is about and where it stands, as a list of facts everyone may read. */
export function ActionFacts({ action, slug }: { action: ActionDetail; slug: string }) {
  const t = useT();
  const format = useFormat();
  const none = <span className="koers-muted">{t("actionDetail.notSet")}</span>;
  const facts: [string, ReactNode][] = [
    [
      t("actionFields.programme"),
      <Link key="p" to={`/g/${slug}/programma/${action.programme.id}`} className="utrecht-link">
        {action.programme.title}
      </Link>,
    ],
    [t("actionFields.primaryDomain"), action.primaryDomain.name],
    [t("actionFields.otherDomains"), action.otherDomains.length ? action.otherDomains.map((d) => d.name).join(", ") : none],
    [
      t("actionFields.goals"),
      action.goals.length ? (
        <ul className="koers-plain-list">
          {action.goals.map((goal) => (
            <li key={goal.id}>
              <Link to={`/g/${slug}/doelen/${goal.id}`} className="utrecht-link">
                {goal.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        none
      ),
    ],
    [t("actionFields.owner"), action.owner?.name ?? none],
    [t("actionFields.startDate"), action.startDate ? format.date(action.startDate) : none],
    [t("actionFields.dueDate"), action.dueDate ? format.date(action.dueDate) : none],
    [t("actionFields.budget"), action.budgetCents === null ? none : format.money(action.budgetCents)],
    [t("actionFields.tags"), action.tags.length ? action.tags.join(", ") : none],
  ];
  // Where the action came from, when it was put on the agenda as a signal the reader may see.
  if (action.fromSignals.length > 0) {
    facts.push([
      t("actionFields.fromSignal"),
      <ul key="s" className="koers-plain-list">
        {action.fromSignals.map((signal) => (
          <li key={signal.id}>
            <Link to={`/g/${slug}/programma/${action.programme.id}/signalen/${signal.id}`} className="utrecht-link">
              {signal.title}
            </Link>
          </li>
        ))}
      </ul>,
    ]);
  }
  return (
    <section aria-labelledby="facts-heading" className="koers-facts">
      <h2 className="koers-visually-hidden" id="facts-heading">
        {t("actionDetail.facts")}
      </h2>
      {action.descriptionText ? (
        <StoredText text={action.descriptionText} className="koers-action-description" />
      ) : action.description ? (
        <p className="utrecht-paragraph utrecht-paragraph--lead koers-prewrap">{action.description}</p>
      ) : null}
      <dl className="utrecht-data-list utrecht-data-list--rows koers-data-list">
        {facts.map(([key, value]) => (
          <div key={key} className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{key}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
