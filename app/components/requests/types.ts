import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../../server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>["updateRequest"];

/** One request with its answered / open / overdue counts (updateRequest.list). */
export type RequestSummary = Outputs["list"][number];
/** One request with every action it asked about (updateRequest.get). */
export type RequestDetail = Outputs["get"];
/** What the dashboard shows (updateRequest.overview). */
export type RequestOverview = Outputs["overview"];
/** One thing asked of the reader (updateRequest.mine / overview.mine). */
export type AskedItem = Outputs["mine"][number];
/** The open requests about one action and whether the reader may answer (updateRequest.forAction). */
export type ActionRequests = Outputs["forAction"];
/** How many owners and actions a request would reach (updateRequest.preview). */
export type RequestPreview = Outputs["preview"];
/** What the filter choices are made of (programme.choices). */
export type FilterChoices = inferRouterOutputs<AppRouter>["programme"]["choices"];
