import { z } from "zod";
import { ACTION_STATUSES, isOpenStatus, type ActionStatus } from "./action-status.js";
import { idSchema } from "./schemas.js";

/*
 * What an action's tracking fields may hold, for forms and the API alike. Money is kept in
 * euro cents as an integer, so sums never drift; dates are calendar days ("YYYY-MM-DD"), as
 * a council decides them, with no time of day or time zone.
 */

export const BUDGET_MAX_CENTS = 10 ** 13;
export const TAGS_MAX = 20;

const DUE_BEFORE_START = "errors.action.dueBeforeStart";
const DATE_INVALID = "errors.date.invalid";

/** A calendar day as "YYYY-MM-DD"; days that do not exist (2026-02-30) are refused. */
export const isoDateSchema = z.iso.date({ error: DATE_INVALID });

/** For dates that come from elsewhere than a form, such as the database or a URL. */
export function isIsoDate(value: string): boolean {
  return isoDateSchema.safeParse(value).success;
}

export const actionStatusSchema = z.enum(ACTION_STATUSES, { error: "errors.action.statusInvalid" });

export const actionTitleSchema = z
  .string({ error: "errors.action.titleRequired" })
  .trim()
  .min(1, { error: "errors.action.titleRequired" })
  .max(300, { error: "errors.action.titleTooLong" });

export const actionDescriptionSchema = z
  .string({ error: "errors.generic" })
  .max(20_000, { error: "errors.action.descriptionTooLong" });

export const budgetCentsSchema = z
  .number({ error: "errors.action.budgetInvalid" })
  .int({ error: "errors.action.budgetInvalid" })
  .min(0, { error: "errors.action.budgetNegative" })
  .max(BUDGET_MAX_CENTS, { error: "errors.action.budgetTooLarge" });

/** Tags are compared case-insensitively, so they are stored in lower case. */
export const actionTagSchema = z
  .string({ error: "errors.action.tag" })
  .trim()
  .toLowerCase()
  .min(1, { error: "errors.action.tag" })
  .max(40, { error: "errors.action.tag" });

/**
 * The fields a civil servant tracks; each is optional so a form can change one at a time, and
 * null clears it. The dates are checked against each other only when both are given here: the
 * API checks the stored one with `checkDates` when only one changes.
 */
export const actionTrackingFields = z
  .object({
    status: actionStatusSchema.optional(),
    ownerId: idSchema.nullable().optional(),
    startDate: isoDateSchema.nullable().optional(),
    dueDate: isoDateSchema.nullable().optional(),
    budgetCents: budgetCentsSchema.nullable().optional(),
    tags: z.array(actionTagSchema).max(TAGS_MAX, { error: "errors.action.tooManyTags" }).optional(),
    statusReason: z.string({ error: "errors.generic" }).trim().max(2000, { error: "errors.action.reasonTooLong" }).optional(),
  })
  .refine((fields) => checkDates(fields.startDate, fields.dueDate) !== DUE_BEFORE_START, {
    path: ["dueDate"],
    error: DUE_BEFORE_START,
  });
export type ActionTrackingFields = z.infer<typeof actionTrackingFields>;

/** An error key when the start and due dates do not fit together; null when they do (or one is missing). */
export function checkDates(start: string | null | undefined, due: string | null | undefined): string | null {
  if (!start || !due) return null;
  if (!isIsoDate(start) || !isIsoDate(due)) return DATE_INVALID;
  // "YYYY-MM-DD" sorts as text in calendar order.
  return due < start ? DUE_BEFORE_START : null;
}

/** Past its due date and still open; an action due today is not overdue yet. */
export function isOverdue(action: { status: ActionStatus; dueDate: string | null }, today: string): boolean {
  return isOpenStatus(action.status) && action.dueDate !== null && action.dueDate < today;
}

const AMOUNT = /^[\d.,]+$/;

/**
 * Euro cents from what a person types, the Dutch way first: "1.250.000", "1.250,50",
 * "€ 12,5", "€ 1.250,-". English habits are read where they cannot be mistaken for Dutch
 * ("12.50", "1,250,000.00"). A lone dot before exactly three digits is a thousands separator
 * ("1.250" is 1250 euro), and a lone comma before three digits is refused, since it is
 * ambiguous. Null for anything else, negative amounts and more than two decimals included.
 */
export function parseEuroToCents(input: string): number | null {
  const text = input
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^(?:€|euro?)/i, "")
    .replace(/(?:€|euro?)$/i, "")
    .replace(/,-{1,2}$/, "");
  if (!AMOUNT.test(text)) return null;
  const { decimal, grouping } = separatorsOf(text);
  const [whole = "", fraction = "", ...rest] = decimal ? text.split(decimal) : [text];
  if (rest.length > 0) return null;
  if (decimal && !/^\d{1,2}$/.test(fraction)) return null;
  if (!isGroupedNumber(whole, grouping)) return null;
  const cents = Number(whole.replaceAll(grouping, "")) * 100 + Number(fraction.padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? cents : null;
}

function separatorsOf(text: string): { decimal: string | null; grouping: string } {
  const commas = text.split(",").length - 1;
  const dots = text.split(".").length - 1;
  if (commas > 0 && dots > 0) {
    return text.lastIndexOf(",") > text.lastIndexOf(".") ? { decimal: ",", grouping: "." } : { decimal: ".", grouping: "," };
  }
  if (commas > 0) return commas === 1 ? { decimal: ",", grouping: "." } : { decimal: null, grouping: "," };
  if (dots === 1 && !/\.\d{3}$/.test(text)) return { decimal: ".", grouping: "," };
  return { decimal: null, grouping: "." };
}

function isGroupedNumber(whole: string, grouping: string): boolean {
  if (/^\d+$/.test(whole)) return true;
  const separator = grouping === "." ? "\\." : ",";
  return new RegExp(`^\\d{1,3}(?:${separator}\\d{3})+$`).test(whole);
}

const FORMATS = {
  nl: new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }),
  en: new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }),
};

/**
 * An amount as people read it: "€ 1.250.000,00" in Dutch, "€1,250,000.00" in English. The
 * Dutch form has a no-break space after the euro sign, so the amount never wraps apart.
 */
export function formatCents(cents: number, locale: "nl" | "en"): string {
  return FORMATS[locale].format(cents / 100);
}
