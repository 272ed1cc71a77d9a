import { Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { useFormat } from "../action/format";
import { ItemStatus } from "./ItemStatus";
import type { AskedItem } from "./types";

/** "Gevraagd aan u": the owner's unanswered requests, each one click from the progress form. */
export function AskedOfYou({ items, slug }: { items: AskedItem[]; slug: string }) {
  const t = useT();
  const { date } = useFormat();
  return (
    <div className="koers-card koers-asked">
      <h3 className="utrecht-heading-3">{t("requests.mine.title")}</h3>
      <p className="utrecht-paragraph">{t("requests.mine.intro")}</p>
      <ul className="koers-requests-dashboard__list">
        {items.map((item) => (
          <li key={item.action.id}>
            <Link to={`/g/${slug}/acties/${item.action.id}?verzoek=${item.requestId}#voortgang`} className="utrecht-link">
              {item.action.title}
            </Link>
            <br />
            <span>{t("requests.mine.deadline", { deadline: date(item.deadline), requester: item.requester ?? t("requests.list.someone") })}</span>{" "}
            <ItemStatus status={item.status} />
          </li>
        ))}
      </ul>
    </div>
  );
}
