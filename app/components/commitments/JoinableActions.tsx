import { Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { StatusBadge } from "../StatusBadge";
import type { CommitmentOverview } from "./types";
import { OFFER_FORM_ID } from "./types";

type Props = { actions: CommitmentOverview["openActions"]; slug: string; filtered: boolean };

/** "Acties waar u aan kunt bijdragen": open actions the organisation has no running commitment on. */
export function JoinableActions({ actions, slug, filtered }: Props) {
  const t = useT();
  return (
    <section className="koers-section" aria-labelledby="joinable-heading">
      <h2 className="utrecht-heading-2" id="joinable-heading">
        {t("commitments.joinable.title")}
      </h2>
      <p className="utrecht-paragraph koers-muted">{t("commitments.joinable.intro")}</p>
      {actions.length === 0 ? (
        <p className="utrecht-paragraph">{t(filtered ? "commitments.joinable.emptyFiltered" : "commitments.joinable.empty")}</p>
      ) : (
        <ul className="koers-joinable">
          {actions.map((action) => (
            <li key={action.id} className="koers-joinable__item">
              <div>
                <h3 className="utrecht-heading-3 koers-joinable__title">
                  <Link className="utrecht-link" to={`/g/${slug}/acties/${action.id}`}>
                    {action.title}
                  </Link>
                </h3>
                <p className="koers-joinable__meta">
                  {action.primaryDomain.name} · <StatusBadge kind="action" status={action.status} /> ·{" "}
                  {t("commitments.joinable.committed", { count: action.commitments })}
                </p>
              </div>
              <Link className="utrecht-link koers-joinable__cta" to={`/g/${slug}/acties/${action.id}#${OFFER_FORM_ID}`}>
                {t("commitments.joinable.offer")}
                <span className="koers-visually-hidden"> {t("commitments.joinable.offerFor", { title: action.title })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
