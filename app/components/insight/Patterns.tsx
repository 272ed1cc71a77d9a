import { useId } from "react";
import type { Pattern } from "./status-styles";

/** Pattern ids within one SVG: `${prefix}-dots` etc. */
export function usePatternPrefix(): string {
  return `p${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
}

/**
 * Light lines or dots drawn over a coloured shape, so statuses differ in more than colour
 * (also in greyscale print and for colour-blind readers).
 */
export function PatternDefs({ prefix }: { prefix: string }) {
  const stroke = { stroke: "#fff", strokeOpacity: 0.55, strokeWidth: 1.5 };
  return (
    <defs>
      <pattern id={`${prefix}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
        <circle cx="3" cy="3" r="1.2" fill="#fff" fillOpacity="0.6" />
      </pattern>
      <pattern id={`${prefix}-diagonal`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="6" {...stroke} />
      </pattern>
      <pattern id={`${prefix}-cross`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="6" {...stroke} />
        <line x1="0" y1="0" x2="6" y2="0" {...stroke} />
      </pattern>
      <pattern id={`${prefix}-horizontal`} width="6" height="5" patternUnits="userSpaceOnUse">
        <line x1="0" y1="2.5" x2="6" y2="2.5" {...stroke} />
      </pattern>
    </defs>
  );
}

type RectProps = { x: number; y: number; width: number; height: number; fill: string; pattern: Pattern; prefix: string };

/** A coloured rectangle with its pattern on top. */
export function PatternRect({ x, y, width, height, fill, pattern, prefix }: RectProps) {
  return (
    <>
      <rect x={x} y={y} width={width} height={height} fill={fill} />
      {pattern === "none" ? null : <rect x={x} y={y} width={width} height={height} fill={`url(#${prefix}-${pattern})`} />}
    </>
  );
}

/** A legend swatch: the same colour and pattern as in the chart, hidden from screen readers. */
export function Swatch({ fill, pattern }: { fill: string; pattern: Pattern }) {
  const prefix = usePatternPrefix();
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false" className="koers-swatch">
      <PatternDefs prefix={prefix} />
      <PatternRect x={0} y={0} width={18} height={18} fill={fill} pattern={pattern} prefix={prefix} />
    </svg>
  );
}
