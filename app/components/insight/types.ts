import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../../server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;

/** insight.dashboard for a programme, domain or goal. */
export type DashboardData = Outputs["insight"]["dashboard"];
/** insight.gaps: the gap analysis with example actions. */
export type GapsData = Outputs["insight"]["gaps"];
/** The lists the scope form chooses from. */
export type ProgrammeChoices = Outputs["programme"]["choices"];

/** What the dashboard shows: the whole programme, one domain, or one goal. */
export type DashboardScope = { kind: "programme" } | { kind: "domain" | "goal"; id: string; name: string };
