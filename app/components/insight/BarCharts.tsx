import { AxisBottom } from "@visx/axis";
import { GridColumns } from "@visx/grid";
import { Group } from "@visx/group";
import { Bar } from "@visx/shape";
import { ChartSvg } from "./ChartSvg";
import { BAR_CHART_SIZE, barModel, clip, labelChars, stackedBarModel, type BarChartSize, type StackRow } from "./bar-chart-model";
import { PatternDefs, PatternRect, Swatch, usePatternPrefix } from "./Patterns";
import { BAR_FILL, type Pattern } from "./status-styles";

const AXIS = "#4b5563";
const GRID = "#dfe5ec";
const INK = "#1a1a1a";

type Text = { title: string; description: string; axisLabel: string; size?: BarChartSize };

type BarProps = Text & {
  rows: { key: string; label: string; value: number }[];
  /** The value as written at the end of each bar, e.g. "€ 1,3 mln." or "12". */
  formatValue: (value: number) => string;
  formatTick?: (value: number) => string;
};

/** One horizontal bar per row, its value written at its end. */
export function BarChart({ rows, title, description, axisLabel, formatValue, formatTick, size = BAR_CHART_SIZE }: BarProps) {
  const model = barModel(rows, size);
  const { margin } = model;
  return (
    <ChartSvg title={title} description={description} width={model.width} height={model.height}>
      <Group left={margin.left} top={margin.top}>
        <GridColumns scale={model.xScale} height={model.innerHeight} tickValues={model.xTicks} stroke={GRID} />
        {model.rows.map((row) => (
          <g key={row.key} data-row={row.key}>
            <text x={-10} y={row.y + row.height / 2} dy="0.35em" textAnchor="end" fontSize={13} fill={INK}>
              {clip(row.label, labelChars(margin.left))}
            </text>
            {row.total > 0 ? <Bar x={0} y={row.y} width={row.end} height={row.height} fill={BAR_FILL} /> : null}
            <text x={row.end + 6} y={row.y + row.height / 2} dy="0.35em" fontSize={13} fontWeight={700} fill={INK}>
              {formatValue(row.total)}
            </text>
          </g>
        ))}
        <BottomAxis model={model} label={axisLabel} formatTick={formatTick} />
      </Group>
    </ChartSvg>
  );
}

type StackProps<K extends string> = Text & {
  rows: StackRow<K>[];
  keys: readonly K[];
  styles: Record<K, { fill: string; pattern: Pattern }>;
  /** Said in each segment's tooltip: "Gepland: 3". */
  keyLabel: (key: K) => string;
};

/**
 * One horizontal stack per row (say, a domain), a segment per key (say, a status), each
 * with its own colour and pattern and the count written in it where it fits.
 */
export function StackedBarChart<K extends string>({
  rows,
  keys,
  styles,
  keyLabel,
  title,
  description,
  axisLabel,
  size = BAR_CHART_SIZE,
}: StackProps<K>) {
  const model = stackedBarModel(rows, keys, size);
  const prefix = usePatternPrefix();
  const { margin } = model;
  return (
    <ChartSvg title={title} description={description} width={model.width} height={model.height}>
      <PatternDefs prefix={prefix} />
      <Group left={margin.left} top={margin.top}>
        <GridColumns scale={model.xScale} height={model.innerHeight} tickValues={model.xTicks} stroke={GRID} />
        {model.rows.map((row) => (
          <g key={row.key} data-row={row.key}>
            <text x={-10} y={row.y + row.height / 2} dy="0.35em" textAnchor="end" fontSize={13} fill={INK}>
              {clip(row.label, labelChars(margin.left))}
            </text>
            {row.segments.map((segment) => (
              <g key={segment.key} data-segment={segment.key} data-value={segment.value}>
                <title>{`${keyLabel(segment.key)}: ${segment.value}`}</title>
                <PatternRect x={segment.x} y={row.y} width={segment.width} height={row.height} {...styles[segment.key]} prefix={prefix} />
                <line
                  x1={segment.x + segment.width}
                  x2={segment.x + segment.width}
                  y1={row.y}
                  y2={row.y + row.height}
                  stroke="#fff"
                  strokeWidth={2}
                />
                {segment.width >= 20 ? (
                  <text
                    x={segment.x + segment.width / 2}
                    y={row.y + row.height / 2}
                    dy="0.35em"
                    textAnchor="middle"
                    fontSize={12}
                    fontWeight={700}
                    fill="#fff"
                    stroke={styles[segment.key].fill}
                    strokeWidth={3}
                    paintOrder="stroke"
                  >
                    {segment.value}
                  </text>
                ) : null}
              </g>
            ))}
            <text x={row.end + 6} y={row.y + row.height / 2} dy="0.35em" fontSize={13} fontWeight={700} fill={INK}>
              {row.total}
            </text>
          </g>
        ))}
        <BottomAxis model={model} label={axisLabel} />
      </Group>
    </ChartSvg>
  );
}

function BottomAxis({
  model,
  label,
  formatTick,
}: {
  model: Pick<ReturnType<typeof barModel>, "innerHeight" | "xScale" | "xTicks">;
  label: string;
  formatTick?: ((value: number) => string) | undefined;
}) {
  return (
    <AxisBottom
      top={model.innerHeight}
      scale={model.xScale}
      tickValues={model.xTicks}
      tickFormat={(value) => (formatTick ? formatTick(Number(value)) : String(value))}
      stroke={AXIS}
      tickStroke={AXIS}
      tickLabelProps={{ fill: INK, fontSize: 12, textAnchor: "middle" }}
      label={label}
      labelProps={{ fill: INK, fontSize: 13, textAnchor: "middle" }}
      labelOffset={8}
    />
  );
}

/** The key to a stacked chart, as an HTML list beside it. */
export function ChartLegend<K extends string>({
  keys,
  styles,
  keyLabel,
  label,
}: {
  keys: readonly K[];
  styles: Record<K, { fill: string; pattern: Pattern }>;
  keyLabel: (key: K) => string;
  label: string;
}) {
  return (
    <ul className="koers-legend" aria-label={label}>
      {keys.map((key) => (
        <li key={key} className="koers-legend__item">
          <Swatch {...styles[key]} />
          {keyLabel(key)}
        </li>
      ))}
    </ul>
  );
}
