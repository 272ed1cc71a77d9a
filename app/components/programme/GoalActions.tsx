import { Link } from "@remix-run/react";
import { useLocale, useT } from "../../lib/i18n";
import { StatusBadge } from "../StatusBadge";
import { TableScroll } from "./TableScroll";
import { formatIsoDate } from "./format";

type Action = {
  id: string;
  title: string;
  status: string;
  dueDate: string | null;
  owner: string | null;
  domain: string;
};

/** The actions that serve a goal, from whichever chapter they come. */
export function GoalActions({ slug, actions }: { slug: string; actions: Action[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="koers-section" aria-labelledby="acties">
      <h2 className="utrecht-heading-2" id="acties">
        {t("programme.goal.actions")}
      </h2>
      {actions.length === 0 ? (
        <p className="utrecht-paragraph koers-muted">{t("programme.goal.noActions")}</p>
      ) : (
        <TableScroll labelledBy="acties-tabel">
          <table className="utrecht-table koers-table koers-goal-table">
            <caption className="utrecht-table__caption" id="acties-tabel">
              {t("programme.goal.actionsCaption", { count: actions.length })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t("programme.columns.action")}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t("programme.columns.domain")}
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
                  <td className="utrecht-table__cell">{action.domain}</td>
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
      )}
    </section>
  );
}
