import type { ActionStatus } from "@koers/domain";

export type Pattern = "none" | "dots" | "diagonal" | "cross" | "horizontal";

/**
 * How each action status is drawn in charts. Every colour has at least 4.5:1 contrast with
 * white (so white numbers on it are readable and the shape stands out from the page), and
 * most statuses add a pattern, so no status is told apart by colour alone. The legend and
 * the data table beside every chart name the statuses in words.
 */
export const ACTION_STATUS_STYLE: Record<ActionStatus, { fill: string; pattern: Pattern }> = {
  proposed: { fill: "#5b6472", pattern: "dots" },
  planned: { fill: "#01689b", pattern: "none" },
  in_progress: { fill: "#94560a", pattern: "diagonal" },
  done: { fill: "#1a7f37", pattern: "none" },
  blocked: { fill: "#b42318", pattern: "cross" },
  dropped: { fill: "#3f3f46", pattern: "horizontal" },
};

/** The one-series bars (budget, indicator counts): Koers blue. */
export const BAR_FILL = "#01689b";
