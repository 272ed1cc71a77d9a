import { Link } from "@remix-run/react";
import { useLocale, useT } from "../../lib/i18n";
import { ChapterProgress } from "./ChapterProgress";
import { StatusBadge } from "../StatusBadge";
import { TableScroll } from "./TableScroll";
import { formatIsoDate } from "./format";

type ChapterData = {
  domain: { id: string; name: string; description: string };
  goals: { id: string; title: string }[];
  actions: {
    id: string;
    title: string;
    status: string;
    owner: string | null;
    dueDate: string | null;
  }[];
  progress: { total: number; done: number; share: number };
};

/** One domain as a chapter of the programme: what it is about, its goals, its actions. */
export function Chapter({ slug, chapter }: { slug: string; chapter: ChapterData }) {
  const t = useT();
  const locale = useLocale();
  const { domain, goals, actions, progress } = chapter;
  const id = `hoofdstuk-${domain.id}`;
  return (
    <section className="koers-chapter" id={id} aria-labelledby={`${id}-titel`}>
      <h2 className="utrecht-heading-2" id={`${id}-titel`}>
        {domain.name}
      </h2>
      {domain.description ? <p className="utrecht-paragraph koers-chapter__description">{domain.description}</p> : null}
      <ChapterProgress domainName={domain.name} progress={progress} />

      <h3 className="utrecht-heading-3">{t("programme.chapter.goals")}</h3>
      {goals.length > 0 ? (
        <ul className="utrecht-unordered-list koers-chapter__goals">
          {goals.map((goal) => (
            <li key={goal.id} className="utrecht-unordered-list__item">
              <Link className="utrecht-link" to={`/g/${slug}/doelen/${goal.id}`}>
                {goal.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph koers-muted">{t("programme.chapter.noGoals")}</p>
      )}

      <h3 className="utrecht-heading-3">{t("programme.chapter.actions", { count: actions.length })}</h3>
      {actions.length > 0 ? (
        <TableScroll labelledBy={`${id}-acties`}>
          <table className="utrecht-table koers-table koers-chapter__actions">
            <caption className="utrecht-table__caption koers-visually-hidden" id={`${id}-acties`}>
              {t("programme.chapter.actionsCaption", { domain: domain.name })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t("programme.columns.action")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("programme.columns.status")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("programme.columns.owner")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("programme.columns.dueDate")}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {actions.map((action) => (
                <tr key={action.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link" to={`/g/${slug}/acties/${action.id}`}>
                      {action.title}
                    </Link>
                  </td>
                  <td className="utrecht-table__cell">
                    <StatusBadge kind="action" status={action.status} />
                  </td>
                  <td className="utrecht-table__cell">{action.owner ?? <span className="koers-muted">{t("programme.noOwner")}</span>}</td>
                  <td className="utrecht-table__cell koers-nowrap">
                    {action.dueDate ? formatIsoDate(action.dueDate, locale) : <span className="koers-muted">{t("programme.noDueDate")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="utrecht-paragraph koers-muted">{t("programme.chapter.noActions")}</p>
      )}
      <p className="utrecht-paragraph koers-chapter__top">
        <a className="utrecht-link" href="#inhoudsopgave">
          {t("programme.chapter.backToContents")}
        </a>
      </p>
    </section>
  );
}
