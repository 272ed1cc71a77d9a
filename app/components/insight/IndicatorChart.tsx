import { AxisBottom, AxisLeft } from "@visx/axis";
import { GridRows } from "@visx/grid";
import { Group } from "@visx/group";
import { Line, LinePath } from "@visx/shape";
import { useLocale, useT } from "../../lib/i18n";
import { ChartSvg } from "./ChartSvg";
import { indicatorChartModel, labelPositions, type ChartIndicator } from "./indicator-chart-model";
import { decimalsFor, formatDate, formatMonthYear, formatNumber, formatQuantity, formatTick, isCountUnit } from "./numbers";

export const CHART_COLOURS = {
  series: "#01689b",
  baseline: "#4b5563",
  target: "#154273",
  trend: "#94560a",
  grid: "#dfe5ec",
  axis: "#4b5563",
} as const;

/** A white halo behind labels, so they stay readable where they cross a line. */
const HALO = { stroke: "#fff", strokeWidth: 4, strokeLinejoin: "round", paintOrder: "stroke" } as const;

type Props = { indicator: ChartIndicator & { name: string; unit: string; projection: { projected: number | null } } };

/**
 * The measurements of an indicator over time, with its baseline (dashed line and point), its
 * target (a ringed point at the target date) and the trend the status rule sees (dotted).
 */
export function IndicatorChart({ indicator }: Props) {
  const t = useT();
  const locale = useLocale();
  const model = indicatorChartModel(indicator);
  const digits = decimalsFor([indicator.baseline.value, indicator.target.value, ...indicator.measurements.map((m) => m.value)]);
  const quantity = (value: number, digits = 2) => formatQuantity(value, indicator.unit, locale, digits);
  const latest = model.measurements.at(-1);
  const description = [
    t("insight.chart.descBaseline", { value: quantity(indicator.baseline.value), date: formatDate(indicator.baseline.date, locale) }),
    latest
      ? t("insight.chart.descMeasurements", {
          count: model.measurements.length,
          value: quantity(latest.value),
          date: formatDate(latest.date, locale),
        })
      : t("insight.chart.descNoMeasurements"),
    t("insight.chart.descTarget", { value: quantity(indicator.target.value), month: formatMonthYear(indicator.target.date, locale) }),
    model.trend ? t("insight.chart.descTrend", { value: quantity(model.trend.to.value, digits) }) : "",
  ]
    .filter(Boolean)
    .join(" ");

  const { margin, innerWidth, innerHeight, xScale, yScale } = model;
  const { baselineBelow, targetLabelY, trendLabelY } = labelPositions(model);
  return (
    <ChartSvg
      title={t("insight.chart.title", { name: indicator.name })}
      description={description}
      width={model.width}
      height={model.height}
    >
      <Group left={margin.left} top={margin.top}>
        <GridRows scale={yScale} width={innerWidth} tickValues={model.yTicks} stroke={CHART_COLOURS.grid} />
        <AxisLeft
          scale={yScale}
          tickValues={model.yTicks}
          tickFormat={(value) => formatNumber(Number(value), locale)}
          stroke={CHART_COLOURS.axis}
          tickStroke={CHART_COLOURS.axis}
          tickLabelProps={{ fill: "#1a1a1a", fontSize: 13, textAnchor: "end", dx: -4, dy: 4 }}
          label={isCountUnit(indicator.unit) ? t("insight.chart.axisCount") : t("insight.chart.axisValue", { unit: indicator.unit })}
          labelProps={{ fill: "#1a1a1a", fontSize: 14, textAnchor: "middle" }}
          labelOffset={40}
        />
        <AxisBottom
          top={innerHeight}
          scale={xScale}
          tickValues={model.xTicks.map((time) => new Date(time))}
          tickFormat={(value) => formatTick((value as Date).getTime(), locale)}
          stroke={CHART_COLOURS.axis}
          tickStroke={CHART_COLOURS.axis}
          tickLabelProps={{ fill: "#1a1a1a", fontSize: 13, textAnchor: "middle" }}
          label={t("insight.chart.axisDate")}
          labelProps={{ fill: "#1a1a1a", fontSize: 14, textAnchor: "middle" }}
          labelOffset={16}
        />

        {/* Baseline: dashed across the chart, with its point. */}
        <Line
          from={{ x: 0, y: model.baseline.y }}
          to={{ x: innerWidth, y: model.baseline.y }}
          stroke={CHART_COLOURS.baseline}
          strokeWidth={1.5}
          strokeDasharray="8 5"
          data-series="baseline"
        />
        <rect
          x={model.baseline.x - 5}
          y={model.baseline.y - 5}
          width={10}
          height={10}
          fill="#fff"
          stroke={CHART_COLOURS.baseline}
          strokeWidth={2}
        />

        {/* Target: a vertical guide at the target date and a ringed point. */}
        <Line
          from={{ x: model.target.x, y: 0 }}
          to={{ x: model.target.x, y: innerHeight }}
          stroke={CHART_COLOURS.target}
          strokeWidth={1}
          strokeDasharray="2 4"
        />
        <circle
          cx={model.target.x}
          cy={model.target.y}
          r={9}
          fill="none"
          stroke={CHART_COLOURS.target}
          strokeWidth={2}
          data-series="target"
        />
        <circle cx={model.target.x} cy={model.target.y} r={3.5} fill={CHART_COLOURS.target} />

        {/* Trend to the target date: dotted. */}
        {model.trend ? (
          <>
            <Line
              from={model.trend.from}
              to={model.trend.to}
              stroke={CHART_COLOURS.trend}
              strokeWidth={2}
              strokeDasharray="2 5"
              strokeLinecap="round"
              data-series="trend"
            />
          </>
        ) : null}

        {/* The measurements. */}
        <LinePath
          data={model.measurements}
          x={(p) => p.x}
          y={(p) => p.y}
          stroke={CHART_COLOURS.series}
          strokeWidth={2.5}
          data-series="measurements"
        />
        {model.measurements.map((m) => (
          <circle
            key={m.date}
            cx={m.x}
            cy={m.y}
            r={4.5}
            fill={CHART_COLOURS.series}
            stroke="#fff"
            strokeWidth={1.5}
            data-date={m.date}
            data-value={m.value}
            className="koers-chart__point"
          >
            <title>{`${formatDate(m.date, locale)}: ${quantity(m.value)}`}</title>
          </circle>
        ))}
        {/* Labels last, with a halo, so no line crosses them. */}
        <text x={model.baseline.x + 10} y={model.baseline.y + (baselineBelow ? 20 : -10)} fontSize={13} fill="#1a1a1a" {...HALO}>
          {t("insight.chart.baselineLabel", { value: quantity(indicator.baseline.value) })}
        </text>
        <text
          x={model.target.x - 14}
          y={targetLabelY}
          fontSize={13}
          fontWeight={700}
          fill={CHART_COLOURS.target}
          textAnchor="end"
          {...HALO}
        >
          {t("insight.chart.targetLabel", {
            value: quantity(indicator.target.value),
            month: formatMonthYear(indicator.target.date, locale),
          })}
        </text>
        {model.trend && trendLabelY !== null ? (
          <text x={model.trend.to.x - 14} y={trendLabelY} fontSize={13} fill={CHART_COLOURS.trend} textAnchor="end" {...HALO}>
            {t("insight.chart.trendLabel", { value: quantity(model.trend.to.value, digits) })}
          </text>
        ) : null}
      </Group>
    </ChartSvg>
  );
}

/** The key to the chart's lines, as HTML beside it. */
export function IndicatorChartLegend() {
  const t = useT();
  const items = [
    { key: "measurements", sample: <line x1="2" y1="9" x2="30" y2="9" stroke={CHART_COLOURS.series} strokeWidth={2.5} /> },
    {
      key: "baseline",
      sample: <line x1="2" y1="9" x2="30" y2="9" stroke={CHART_COLOURS.baseline} strokeWidth={1.5} strokeDasharray="8 5" />,
    },
    {
      key: "target",
      sample: (
        <>
          <circle cx="16" cy="9" r="6.5" fill="none" stroke={CHART_COLOURS.target} strokeWidth={2} />
          <circle cx="16" cy="9" r="2.5" fill={CHART_COLOURS.target} />
        </>
      ),
    },
    {
      key: "trend",
      sample: (
        <line x1="2" y1="9" x2="30" y2="9" stroke={CHART_COLOURS.trend} strokeWidth={2} strokeDasharray="2 5" strokeLinecap="round" />
      ),
    },
  ];
  return (
    <ul className="koers-legend" aria-label={t("insight.chart.legend")}>
      {items.map((item) => (
        <li key={item.key} className="koers-legend__item">
          <svg width="32" height="18" viewBox="0 0 32 18" aria-hidden="true" focusable="false">
            {item.sample}
          </svg>
          {t(`insight.chart.legendItems.${item.key}`)}
        </li>
      ))}
    </ul>
  );
}
