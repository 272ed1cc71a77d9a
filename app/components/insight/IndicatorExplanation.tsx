import { useLocale, useT } from "../../lib/i18n";
import { explainIndicator, type ExplainedIndicator } from "./indicator-explanation";
import { decimalsFor, formatDate, formatMonthYear, formatQuantity, formatShare } from "./numbers";

/** One or two sentences saying why the indicator has its status, with the numbers. */
type Props = { indicator: ExplainedIndicator & { measurements: { value: number }[] }; unit: string; today: string };

export function IndicatorExplanation({ indicator, unit, today }: Props) {
  const t = useT();
  const locale = useLocale();
  const quantity = (value: number, digits = 2) => formatQuantity(value, unit, locale, digits);
  const explanation = explainIndicator(indicator, today);
  const digits = decimalsFor([indicator.baseline.value, indicator.target.value, ...indicator.measurements.map((m) => m.value)]);
  const common = { target: quantity(indicator.target.value), month: formatMonthYear(indicator.target.date, locale) };
  const sentences: string[] = [];
  switch (explanation.kind) {
    case "noData":
      sentences.push(t("insight.explain.noData", common));
      break;
    case "trend":
      sentences.push(t("insight.explain.trend", { ...common, projected: quantity(explanation.projected, digits) }));
      if (explanation.share !== null) {
        sentences.push(
          explanation.share < 0
            ? t("insight.explain.wrongWay")
            : t("insight.explain.share", { share: formatShare(explanation.share, locale) }),
        );
      }
      break;
    default:
      sentences.push(
        t(`insight.explain.${explanation.kind}`, {
          ...common,
          latest: quantity(explanation.latest.value),
          date: formatDate(explanation.latest.date, locale),
        }),
      );
  }
  return <p className="utrecht-paragraph koers-indicator-explanation">{sentences.join(" ")}</p>;
}
