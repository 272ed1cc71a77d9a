import { Link } from "@remix-run/react";
import type { UpdateRequestFilters } from "@koers/domain";
import { useT } from "../../lib/i18n";
import { useFormat } from "../action/format";
import { ScrollBox } from "../insight/ScrollBox";
import { ItemStatus } from "./ItemStatus";
import { RequestProgress } from "./RequestProgress";
import type { RequestDetail, RequestSummary } from "./types";

type Props = {
  requests: RequestSummary[];
  /** The request whose actions are shown (?verzoek=…), with its items. */
  opened: RequestDetail | null;
  slug: string;
  /** The page's address with this request opened (or none), keeping the chosen filters. */
  openHref: (requestId: string | null) => string;
  describe: (filters: UpdateRequestFilters) => string;
};

/**
 * The requests sent so far, newest first: who asked, by when, for which actions, and how far
 * they are answered. One request at a time opens to show its actions (a link, so it works
 * without JavaScript and can be shared).
 */
export function RequestList({ requests, opened, slug, openHref, describe }: Props) {
  const t = useT();
  const { date, moment } = useFormat();
  if (requests.length === 0) return <p className="utrecht-paragraph">{t("requests.list.empty")}</p>;
  return (
    <ol className="koers-request-list">
      {requests.map((request) => {
        const isOpen = opened?.id === request.id;
        const headingId = `verzoek-${request.id}-heading`;
        return (
          <li key={request.id} id={`verzoek-${request.id}`} className="koers-card koers-request">
            <article aria-labelledby={headingId}>
              <h3 className="utrecht-heading-3" id={headingId}>
                {t("requests.list.heading", { deadline: date(request.deadline) })}
              </h3>
              <p className="utrecht-paragraph koers-request__meta">
                {t("requests.list.meta", { requester: request.requester?.name ?? t("requests.list.someone"), created: moment(request.createdAt) })}
                <br />
                {describe(request.filters)}
              </p>
              {request.message ? <blockquote className="koers-request__message">{request.message}</blockquote> : null}
              <RequestProgress counts={request.counts} />
              <p className="utrecht-paragraph">
                <Link
                  to={`${openHref(isOpen ? null : request.id)}#verzoek-${request.id}`}
                  className="utrecht-link"
                  preventScrollReset
                >
                  {isOpen ? t("requests.list.hideItems") : t("requests.list.showItems", { count: request.counts.total })}
                </Link>
              </p>
              {isOpen && opened ? <RequestItems detail={opened} slug={slug} /> : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}

function RequestItems({ detail, slug }: { detail: RequestDetail; slug: string }) {
  const t = useT();
  const { date } = useFormat();
  return (
    <ScrollBox label={t("requests.items.caption", { deadline: date(detail.deadline) })}>
      <table className="utrecht-table koers-table koers-request-items">
        <caption className="utrecht-table__caption">{t("requests.items.caption", { deadline: date(detail.deadline) })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t("requests.items.action")}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t("requests.items.owner")}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t("requests.items.status")}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t("requests.items.answer")}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {detail.items.map((item) => (
            <tr key={item.action.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell koers-row-header">
                <Link to={`/g/${slug}/acties/${item.action.id}`} className="utrecht-link">
                  {item.action.title}
                </Link>
              </th>
              <td className="utrecht-table__cell">{item.owner?.name ?? t("requests.items.noOwner")}</td>
              <td className="utrecht-table__cell">
                <ItemStatus status={item.status} />
              </td>
              <td className="utrecht-table__cell">
                {item.update ? (
                  <>
                    <time dateTime={item.update.date}>{date(item.update.date)}</time>
                    {item.update.author ? ` · ${item.update.author}` : null}
                    <span className="koers-request-items__text">{item.update.text}</span>
                  </>
                ) : (
                  <span className="koers-muted">{t("requests.items.noAnswer")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
