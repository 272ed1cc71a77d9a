import { Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { useFormat } from "../action/format";
import { AskedOfYou } from "./AskedOfYou";
import { RequestProgress } from "./RequestProgress";
import type { RequestOverview } from "./types";

type Props = { overview: RequestOverview; slug: string; requestsHref: string };

/**
 * The dashboard's "Voortgangsverzoeken": for those who ask for updates, the requests still
 * waiting for answers and the overdue items; for owners, what is asked of them.
 */
export function DashboardRequests({ overview, slug, requestsHref }: Props) {
  const t = useT();
  const { date } = useFormat();
  const staff = overview.requests !== null;
  if (!staff && overview.mine.length === 0) return null;
  return (
    <section aria-labelledby="requests-heading" className="koers-section koers-requests-section">
      <h2 className="utrecht-heading-2" id="requests-heading">
        {t("requests.dashboard.title")}
      </h2>
      <div className="koers-requests-dashboard">
        {overview.mine.length > 0 ? <AskedOfYou items={overview.mine} slug={slug} /> : null}
        {overview.requests !== null ? (
          <div className="koers-card">
            <h3 className="utrecht-heading-3">{t("requests.dashboard.open")}</h3>
            {overview.requests.length === 0 ? (
              <p className="utrecht-paragraph">{t("requests.dashboard.noOpen")}</p>
            ) : (
              <ul className="koers-requests-dashboard__list">
                {overview.requests.map((request) => (
                  <li key={request.id}>
                    <Link to={`${requestsHref}?verzoek=${request.id}#verzoek-${request.id}`} className="utrecht-link">
                      {t("requests.list.heading", { deadline: date(request.deadline) })}
                    </Link>
                    <span className="koers-muted">{` · ${request.requester?.name ?? t("requests.list.someone")}`}</span>
                    <RequestProgress counts={request.counts} />
                  </li>
                ))}
              </ul>
            )}
            <p className="utrecht-paragraph koers-requests-dashboard__more">
              <Link to={requestsHref} className="utrecht-link">
                {t("requests.dashboard.toPage")}
              </Link>
            </p>
          </div>
        ) : null}
        {overview.overdue !== null ? (
          <div className="koers-card">
            <h3 className="utrecht-heading-3">{t("requests.dashboard.overdue")}</h3>
            {overview.overdue.length === 0 ? (
              <p className="utrecht-paragraph">{t("requests.dashboard.noOverdue")}</p>
            ) : (
              <table className="utrecht-table koers-table">
                <caption className="utrecht-table__caption koers-visually-hidden">{t("requests.dashboard.overdueCaption")}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {t("requests.items.action")}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t("requests.items.owner")}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t("requests.items.deadline")}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {overview.overdue.map((item) => (
                    <tr key={`${item.requestId}-${item.action.id}`} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__cell koers-row-header">
                        <Link to={`/g/${slug}/acties/${item.action.id}`} className="utrecht-link">
                          {item.action.title}
                        </Link>
                      </th>
                      <td className="utrecht-table__cell">{item.owner?.name ?? t("requests.items.noOwner")}</td>
                      <td className="utrecht-table__cell koers-nowrap">
                        <time dateTime={item.deadline}>{date(item.deadline)}</time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}
