import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../../server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;

type Fetched = Outputs["action"]["get"];

/** One entry of an action's change history; before/after are the audit log's snapshots. */
export type HistoryEvent = Omit<NonNullable<Fetched["history"]>[number], "before" | "after"> & { before?: unknown; after?: unknown };

/**
 * One action as action.get gives it. The audit snapshots are typed `unknown` here: they are
 * free-form JSON, read field by field in History.tsx (Prisma's JSON type is too deep to
 * serialise through Remix's types).
 */
export type ActionDetail = Omit<Fetched, "history"> & { history: HistoryEvent[] | null };
/** What the action forms choose from (programme.choices). */
export type ProgrammeChoices = Outputs["programme"]["choices"];

/** Field name → translation key, and a message for the form as a whole. */
export type FieldErrors = { fields: Record<string, string>; form: string | null } | null;
/** What the person typed, to show again when the form comes back with errors. */
export type FormValues = Record<string, string | string[]> | null;

export function valueOf(values: FormValues, key: string): string | undefined {
  const value = values?.[key];
  return Array.isArray(value) ? value[0] : value;
}
