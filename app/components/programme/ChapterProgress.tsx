import { useLocale, useT } from "../../lib/i18n";
import { formatShare } from "./format";

type Props = {
  domainName: string;
  progress: { total: number; done: number; share: number };
};

/**
 * How far a chapter is: a bar and the same in words. Dropped actions are not counted (the
 * API's progressOf leaves them out), so dropping an action does not read as falling behind.
 */
export function ChapterProgress({ domainName, progress }: Props) {
  const t = useT();
  const locale = useLocale();
  if (progress.total === 0) {
    return <p className="utrecht-paragraph koers-muted koers-progress__text">{t("programme.progress.none")}</p>;
  }
  const text = t("programme.progress.text", {
    done: progress.done,
    total: progress.total,
    share: formatShare(progress.share, locale),
  });
  return (
    <div className="koers-progress">
      <div className="koers-progress__bar" role="img" aria-label={t("programme.progress.label", { domain: domainName, text })}>
        <div className="koers-progress__fill" style={{ width: `${Math.round(progress.share * 100)}%` }} />
      </div>
      <p className="utrecht-paragraph koers-progress__text" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}
