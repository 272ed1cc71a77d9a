import { commitmentAnchor } from "@koers/domain";
import { Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { useFormat } from "../action/format";
import { CommitmentActions } from "./CommitmentActions";
import { CommitmentBadge } from "./CommitmentBadge";
import type { Commitment, CommitmentFormResult } from "./types";

type Props = {
  commitment: Commitment;
  /** On an action's page the organisation heads each card; on the overview, the action does. */
  heading: "organisation" | "action";
  slug: string;
  today: string;
  result: CommitmentFormResult | undefined;
};

/**
 * One commitment: who promises what, how much and when, where it stands (by text), the
 * municipality's decision and its reason, the organisation's progress reports, and what the
 * reader may do with it.
 */
export function CommitmentCard({ commitment, heading, slug, today, result }: Props) {
  const t = useT();
  const format = useFormat();
  const anchor = commitmentAnchor(commitment.id);
  const titleId = `${anchor}-title`;
  const capacity = [
    commitment.capacityHours !== null ? t("commitments.card.hours", { count: commitment.capacityHours }) : null,
    commitment.capacityCents !== null ? format.money(commitment.capacityCents) : null,
  ].filter(Boolean);
  const period = periodText(commitment.periodStart, commitment.periodEnd);
  const context = heading === "organisation" ? commitment.organisation.name : `${commitment.action.title} (${commitment.organisation.name})`;

  function periodText(start: string | null, end: string | null): string | null {
    if (start && end) return t("commitments.card.periodBoth", { start: format.date(start), end: format.date(end) });
    if (start) return t("commitments.card.periodFrom", { start: format.date(start) });
    if (end) return t("commitments.card.periodUntil", { end: format.date(end) });
    return null;
  }

  const decision =
    commitment.status === "accepted" || commitment.status === "fulfilled"
      ? "accepted"
      : commitment.status === "declined"
        ? "declined"
        : null;

  return (
    <article className={`koers-commitment koers-commitment--${commitment.status}`} id={anchor} aria-labelledby={titleId}>
      <header className="koers-commitment__header">
        <h3 className="utrecht-heading-3 koers-commitment__title" id={titleId}>
          {heading === "organisation" ? (
            commitment.organisation.name
          ) : (
            <Link className="utrecht-link" to={`/g/${slug}/acties/${commitment.action.id}#${anchor}`}>
              {commitment.action.title}
            </Link>
          )}
        </h3>
        <CommitmentBadge status={commitment.status} />
      </header>
      {heading === "action" ? (
        <p className="utrecht-paragraph koers-commitment__meta">
          {t("commitments.card.organisationAndDomain", { organisation: commitment.organisation.name, domain: commitment.action.primaryDomain.name })}
        </p>
      ) : null}
      <p className="utrecht-paragraph koers-prewrap koers-commitment__contribution">{commitment.contribution}</p>
      <dl className="koers-commitment__facts">
        {capacity.length > 0 ? (
          <div>
            <dt>{t("commitments.card.capacity")}</dt>
            <dd>{capacity.join(" · ")}</dd>
          </div>
        ) : null}
        {period ? (
          <div>
            <dt>{t("commitments.card.period")}</dt>
            <dd>{period}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("commitments.card.offered")}</dt>
          <dd>
            {commitment.createdBy ? t("commitments.card.byOn", { name: commitment.createdBy, date: format.moment(commitment.createdAt) }) : format.moment(commitment.createdAt)}
          </dd>
        </div>
        {decision && commitment.decidedAt ? (
          <div>
            <dt>{t("commitments.card.decision")}</dt>
            <dd>
              {commitment.decidedBy
                ? t(`commitments.card.decidedBy.${decision}`, { name: commitment.decidedBy, date: format.moment(commitment.decidedAt) })
                : t(`commitments.card.decidedOn.${decision}`, { date: format.moment(commitment.decidedAt) })}
            </dd>
          </div>
        ) : null}
        {commitment.reason && (commitment.status === "declined" || commitment.status === "withdrawn") ? (
          <div className="koers-commitment__reason">
            <dt>{t(`commitments.card.reason.${commitment.status}`)}</dt>
            <dd className="koers-prewrap">{commitment.reason}</dd>
          </div>
        ) : null}
      </dl>
      {commitment.reports.length > 0 ? (
        <section className="koers-commitment__reports" aria-labelledby={`${anchor}-reports`}>
          <h4 className="utrecht-heading-4" id={`${anchor}-reports`}>
            {t("commitments.card.reports")}
          </h4>
          <ol className="koers-commitment__report-list">
            {commitment.reports.map((report) => (
              <li key={report.id}>
                <p className="koers-commitment__report-meta">
                  <time dateTime={report.date}>{format.date(report.date)}</time>
                  {report.author ? <span className="koers-muted"> — {report.author}</span> : null}
                </p>
                <p className="utrecht-paragraph koers-prewrap">{report.text}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <CommitmentActions commitment={commitment} context={context} anchor={anchor} today={today} result={result} />
    </article>
  );
}
