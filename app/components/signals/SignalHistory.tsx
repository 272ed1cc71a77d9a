import { useT } from "../../lib/i18n";
import { useSignalFormat } from "./format";
import { SignalBadge } from "./SignalBadge";
import type { SignalDetail } from "./types";

/** Every step of the signal, oldest first: what happened, who did it, when, and why (declined). */
export function SignalHistory({ history }: { history: SignalDetail["history"] }) {
  const t = useT();
  const format = useSignalFormat();
  return (
    <section aria-labelledby="signal-history-heading" className="koers-signal-section">
      <h2 className="utrecht-heading-2" id="signal-history-heading">
        {t("signalDetail.history.title")}
      </h2>
      <ol className="koers-signal-timeline">
        {history.map((step) => (
          <li key={step.id} className="koers-signal-timeline__item">
            <h3 className="utrecht-heading-3 koers-signal-timeline__heading">{t(`signalDetail.history.steps.${step.status}`)}</h3>
            <p className="koers-signal-timeline__meta">
              <SignalBadge status={step.status} />
              <span>{step.actor ? t("signalDetail.history.by", { name: step.actor.name }) : t("signalDetail.history.byUnknown")}</span>
              <time dateTime={step.at} className="koers-muted">
                {format.moment(step.at)}
              </time>
            </p>
            {step.reason ? <p className="utrecht-paragraph koers-signal-prewrap">{t("signalDetail.history.reason", { reason: step.reason })}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
