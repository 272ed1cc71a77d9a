import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { useSignalFormat } from "./format";
import type { SignalDetail } from "./types";

/** What the signal is about: domain, raiser, date, the action it concerns and what became of it. */
export function SignalFacts({ signal, slug }: { signal: SignalDetail; slug: string }) {
  const t = useT();
  const format = useSignalFormat();
  const actionLink = (action: { id: string; title: string; archived: boolean }) => (
    <>
      <Link to={`/g/${slug}/acties/${action.id}`} className="utrecht-link">
        {action.title}
      </Link>
      {action.archived ? <span className="koers-muted"> {t("signalDetail.facts.archived")}</span> : null}
    </>
  );
  const facts: [string, ReactNode][] = [
    [t("signalDetail.facts.domain"), signal.domain.name],
    [t("signalDetail.facts.raisedBy"), format.raiser(signal.raisedBy, signal.organisation)],
    [t("signalDetail.facts.raisedAt"), <time key="at" dateTime={signal.createdAt}>{format.moment(signal.createdAt)}</time>],
    [
      t("signalDetail.facts.linkedAction"),
      signal.linkedAction ? actionLink(signal.linkedAction) : <span className="koers-muted">{t("signalDetail.facts.noLinkedAction")}</span>,
    ],
  ];
  if (signal.resultAction) {
    facts.push([
      t("signalDetail.facts.resultAction"),
      <span key="result">{actionLink(signal.resultAction)}</span>,
    ]);
  }
  if (signal.status === "declined" && signal.reason) {
    facts.push([t("signalDetail.facts.reason"), <span key="reason" className="koers-signal-prewrap">{signal.reason}</span>]);
  }
  return (
    <section aria-labelledby="signal-facts-heading" className="koers-signal-facts">
      <h2 className="koers-visually-hidden" id="signal-facts-heading">
        {t("signalDetail.facts.title")}
      </h2>
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
