import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../../server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;

/** What signal.list gives: one page of the signals the member may see, the totals, and the form's choices. */
export type SignalList = Outputs["signal"]["list"];
export type SignalRow = SignalList["rows"][number];
/** One signal with its history (signal.get). */
export type SignalDetail = Outputs["signal"]["get"];

/** Field name → translation key, and a message for the form as a whole. */
export type FormErrors = { fields: Record<string, string>; form: string | null } | null;
