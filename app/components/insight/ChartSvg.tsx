import { useId, type ReactNode } from "react";

type Props = {
  /** Short name of the chart, read out first. */
  title: string;
  /** The chart's message in words: what a sighted reader takes from it. */
  description: string;
  width: number;
  height: number;
  className?: string;
  children: ReactNode;
};

/**
 * An accessible, server-rendered chart: one image with a title and a description in words.
 * Its parts are not read out one by one; the data table beside every chart has the numbers.
 * It scales with the page (viewBox) and prints as it shows; on a phone it keeps a legible
 * size and scrolls sideways in a focusable box.
 */
export function ChartSvg({ title, description, width, height, className, children }: Props) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <div className="koers-scroll koers-scroll--chart" role="region" aria-label={title} tabIndex={0}>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        preserveAspectRatio="xMinYMin meet"
        style={{ maxWidth: `${width}px` }}
        className={`koers-chart${className ? ` ${className}` : ""}`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {children}
      </svg>
    </div>
  );
}
