import { useT } from "../../lib/i18n";

type Counts = { total: number; answered: number; open: number; overdue: number };

/**
 * How far a request is answered: a bar, and the same in words ("7 van 12 beantwoord"), with
 * what is still open or overdue. The bar is decoration; the words carry the meaning.
 */
export function RequestProgress({ counts }: { counts: Counts }) {
  const t = useT();
  const share = counts.total === 0 ? 0 : counts.answered / counts.total;
  const rest = [
    counts.open > 0 ? t("requests.counts.open", { count: counts.open }) : null,
    counts.overdue > 0 ? t("requests.counts.overdue", { count: counts.overdue }) : null,
  ].filter(Boolean);
  return (
    <div className="koers-request-progress">
      <div className="koers-request-progress__bar" aria-hidden="true">
        <div className="koers-request-progress__fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <p className="utrecht-paragraph koers-request-progress__text">
        <span className="koers-request-progress__answered">{t("requests.counts.answered", { answered: counts.answered, total: counts.total })}</span>
        {rest.length > 0 ? <span className="koers-request-progress__rest">{` (${rest.join(", ")})`}</span> : null}
      </p>
    </div>
  );
}
