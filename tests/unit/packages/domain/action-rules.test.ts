import { describe, expect, it } from "vitest";
import {
  actionDescriptionSchema,
  actionTitleSchema,
  actionTrackingFields,
  BUDGET_MAX_CENTS,
  checkDates,
  formatCents,
  isIsoDate,
  isOverdue,
  isoDateSchema,
  parseEuroToCents,
  type ActionStatus,
} from "@koers/domain";
import { messages as translations } from "@koers/i18n";

const ownerId = "3f1c9d7e-2b4a-4c6d-8e9f-0a1b2c3d4e5f";
const NBSP = "\u00a0";

function messages(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];
}

function lookup(key: string, tree: unknown): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe("isoDateSchema", () => {
  it("accepts calendar days, leap days included", () => {
    for (const date of ["2026-01-01", "2026-12-31", "2024-02-29", "2000-02-29", "2026-04-30"]) {
      expect(isoDateSchema.parse(date)).toBe(date);
      expect(isIsoDate(date)).toBe(true);
    }
  });

  it("refuses days that do not exist", () => {
    for (const date of ["2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32"]) {
      expect(messages(isoDateSchema.safeParse(date)), date).toEqual([":errors.date.invalid"]);
      expect(isIsoDate(date)).toBe(false);
    }
  });

  it("refuses other shapes and types", () => {
    for (const value of ["", "2026-1-5", "05-01-2026", "2026/01/05", "2026-01-05T00:00:00Z", " 2026-01-05", "morgen", 20260105, null, undefined]) {
      expect(messages(isoDateSchema.safeParse(value)), String(value)).toEqual([":errors.date.invalid"]);
    }
  });
});

describe("actionTitleSchema and actionDescriptionSchema", () => {
  it("trims the title and asks for one", () => {
    expect(actionTitleSchema.parse("  Brede intake in het wijkteam ")).toBe("Brede intake in het wijkteam");
    expect(messages(actionTitleSchema.safeParse(""))).toEqual([":errors.action.titleRequired"]);
    expect(messages(actionTitleSchema.safeParse("   "))).toEqual([":errors.action.titleRequired"]);
    expect(messages(actionTitleSchema.safeParse(undefined))).toEqual([":errors.action.titleRequired"]);
  });

  it("allows a title of 300 characters, not 301", () => {
    expect(actionTitleSchema.safeParse("a".repeat(300)).success).toBe(true);
    expect(actionTitleSchema.safeParse(` ${"a".repeat(300)} `).success).toBe(true);
    expect(messages(actionTitleSchema.safeParse("a".repeat(301)))).toEqual([":errors.action.titleTooLong"]);
  });

  it("allows an empty description and one of 20,000 characters, not more", () => {
    expect(actionDescriptionSchema.safeParse("").success).toBe(true);
    expect(actionDescriptionSchema.safeParse("x".repeat(20_000)).success).toBe(true);
    expect(messages(actionDescriptionSchema.safeParse("x".repeat(20_001)))).toEqual([":errors.action.descriptionTooLong"]);
  });
});

describe("actionTrackingFields", () => {
  it("accepts an empty change and every field at once", () => {
    expect(actionTrackingFields.parse({})).toEqual({});
    const all = {
      status: "in_progress",
      ownerId,
      startDate: "2026-01-01",
      dueDate: "2026-12-31",
      budgetCents: 125_000_000,
      tags: ["jeugd", "preventie"],
      statusReason: "Gestart na de wijkavond.",
    };
    expect(actionTrackingFields.parse(all)).toEqual(all);
  });

  it("lets null clear the owner, the dates and the budget", () => {
    const cleared = { ownerId: null, startDate: null, dueDate: null, budgetCents: null };
    expect(actionTrackingFields.parse(cleared)).toEqual(cleared);
  });

  it("refuses an unknown status and a malformed owner", () => {
    expect(messages(actionTrackingFields.safeParse({ status: "finished" }))).toEqual(["status:errors.action.statusInvalid"]);
    expect(messages(actionTrackingFields.safeParse({ ownerId: "jan" }))).toEqual(["ownerId:errors.id.invalid"]);
  });

  it("refuses impossible dates", () => {
    expect(messages(actionTrackingFields.safeParse({ startDate: "2026-02-30" }))).toEqual(["startDate:errors.date.invalid"]);
    expect(messages(actionTrackingFields.safeParse({ dueDate: "31-12-2026" }))).toEqual(["dueDate:errors.date.invalid"]);
  });

  it("requires the due date on or after the start date, reported on the due date", () => {
    expect(messages(actionTrackingFields.safeParse({ startDate: "2026-03-02", dueDate: "2026-03-01" }))).toEqual([
      "dueDate:errors.action.dueBeforeStart",
    ]);
    expect(actionTrackingFields.safeParse({ startDate: "2026-03-01", dueDate: "2026-03-01" }).success).toBe(true);
    expect(actionTrackingFields.safeParse({ startDate: "2025-12-31", dueDate: "2026-01-01" }).success).toBe(true);
  });

  it("leaves the date order to checkDates when only one date is given", () => {
    expect(actionTrackingFields.safeParse({ dueDate: "2020-01-01" }).success).toBe(true);
    expect(actionTrackingFields.safeParse({ startDate: "2030-01-01", dueDate: null }).success).toBe(true);
  });

  it("takes the budget in whole cents from 0 up to 10^13", () => {
    expect(actionTrackingFields.parse({ budgetCents: 0 })).toEqual({ budgetCents: 0 });
    expect(actionTrackingFields.parse({ budgetCents: BUDGET_MAX_CENTS })).toEqual({ budgetCents: 10 ** 13 });
    expect(messages(actionTrackingFields.safeParse({ budgetCents: -1 }))).toEqual(["budgetCents:errors.action.budgetNegative"]);
    expect(messages(actionTrackingFields.safeParse({ budgetCents: 10 ** 13 + 1 }))).toEqual(["budgetCents:errors.action.budgetTooLarge"]);
    for (const value of [12.5, Number.NaN, Number.POSITIVE_INFINITY, "1250", true]) {
      expect(messages(actionTrackingFields.safeParse({ budgetCents: value })), String(value)).toEqual(["budgetCents:errors.action.budgetInvalid"]);
    }
  });

  it("trims tags and stores them in lower case", () => {
    expect(actionTrackingFields.parse({ tags: ["  Jeugd ", "WIJKTEAM"] })).toEqual({ tags: ["jeugd", "wijkteam"] });
    expect(actionTrackingFields.parse({ tags: [] })).toEqual({ tags: [] });
  });

  it("keeps a tag between 1 and 40 characters", () => {
    expect(actionTrackingFields.safeParse({ tags: ["x".repeat(40)] }).success).toBe(true);
    expect(messages(actionTrackingFields.safeParse({ tags: ["x".repeat(41)] }))).toEqual(["tags.0:errors.action.tag"]);
    expect(messages(actionTrackingFields.safeParse({ tags: ["ok", "  "] }))).toEqual(["tags.1:errors.action.tag"]);
    expect(messages(actionTrackingFields.safeParse({ tags: [7] }))).toEqual(["tags.0:errors.action.tag"]);
  });

  it("allows 20 tags, not 21", () => {
    const tags = Array.from({ length: 21 }, (_, i) => `label-${i}`);
    expect(actionTrackingFields.safeParse({ tags: tags.slice(0, 20) }).success).toBe(true);
    expect(messages(actionTrackingFields.safeParse({ tags }))).toEqual(["tags:errors.action.tooManyTags"]);
  });

  it("trims the status reason and keeps it under 2000 characters", () => {
    expect(actionTrackingFields.parse({ statusReason: "  Geen budget. " })).toEqual({ statusReason: "Geen budget." });
    expect(actionTrackingFields.safeParse({ statusReason: "r".repeat(2000) }).success).toBe(true);
    expect(messages(actionTrackingFields.safeParse({ statusReason: "r".repeat(2001) }))).toEqual(["statusReason:errors.action.reasonTooLong"]);
  });

  it("exposes the status schema for other inputs", () => {
    const status = actionTrackingFields.shape.status.unwrap();
    expect(status.parse("blocked")).toBe("blocked");
    expect(status.safeParse(undefined).success).toBe(false);
  });
});

describe("checkDates", () => {
  it("has nothing to say when a date is missing", () => {
    expect(checkDates(null, "2026-01-01")).toBeNull();
    expect(checkDates("2026-01-01", undefined)).toBeNull();
    expect(checkDates(undefined, null)).toBeNull();
  });

  it("accepts the due date on or after the start date", () => {
    expect(checkDates("2026-01-01", "2026-01-01")).toBeNull();
    expect(checkDates("2026-01-31", "2026-02-01")).toBeNull();
  });

  it("refuses a due date before the start date", () => {
    expect(checkDates("2026-02-01", "2026-01-31")).toBe("errors.action.dueBeforeStart");
    expect(checkDates("2027-01-01", "2026-12-31")).toBe("errors.action.dueBeforeStart");
  });

  it("reports an impossible date rather than comparing it", () => {
    expect(checkDates("2026-02-30", "2026-03-01")).toBe("errors.date.invalid");
    expect(checkDates("2026-01-01", "1-2-2026")).toBe("errors.date.invalid");
  });
});

describe("isOverdue", () => {
  const today = "2026-06-15";
  const open: ActionStatus[] = ["proposed", "planned", "in_progress", "blocked"];

  it("is overdue when open and due before today", () => {
    for (const status of open) expect(isOverdue({ status, dueDate: "2026-06-14" }, today), status).toBe(true);
  });

  it("is not overdue on the due date itself or before it", () => {
    expect(isOverdue({ status: "planned", dueDate: "2026-06-15" }, today)).toBe(false);
    expect(isOverdue({ status: "planned", dueDate: "2026-07-01" }, today)).toBe(false);
  });

  it("is never overdue when done, dropped or without a due date", () => {
    expect(isOverdue({ status: "done", dueDate: "2020-01-01" }, today)).toBe(false);
    expect(isOverdue({ status: "dropped", dueDate: "2020-01-01" }, today)).toBe(false);
    expect(isOverdue({ status: "in_progress", dueDate: null }, today)).toBe(false);
  });

  it("compares across month and year ends", () => {
    expect(isOverdue({ status: "planned", dueDate: "2025-12-31" }, "2026-01-01")).toBe(true);
    expect(isOverdue({ status: "planned", dueDate: "2026-09-30" }, "2026-10-01")).toBe(true);
  });
});

describe("parseEuroToCents", () => {
  const cases: [string, number][] = [
    ["1.250.000", 125_000_000],
    ["1250000", 125_000_000],
    ["1.250,50", 125_050],
    ["€ 12,5", 1_250],
    ["12,50", 1_250],
    ["12,05", 1_205],
    ["0,5", 50],
    ["0", 0],
    ["0,00", 0],
    ["€1.250", 125_000],
    ["1.250", 125_000],
    [" 1 250 000 ", 125_000_000],
    [`€${NBSP}1.250.000,00`, 125_000_000],
    ["€ 1.250,-", 125_000],
    ["1.250,--", 125_000],
    ["EUR 12,50", 1_250],
    ["12,50 euro", 1_250],
    ["12 €", 1_200],
    ["12.50", 1_250],
    ["1.5", 150],
    ["1,250.50", 125_050],
    ["1,250,000", 125_000_000],
    ["1,250,000.00", 125_000_000],
    ["007", 700],
    ["100000000000", 10_000_000_000_000],
  ];
  for (const [input, cents] of cases) {
    it(`reads ${JSON.stringify(input)} as ${cents} cents`, () => {
      expect(parseEuroToCents(input)).toBe(cents);
    });
  }

  const refused = [
    "",
    "   ",
    "€",
    "abc",
    "-5",
    "€ -12,50",
    "+5",
    "1e5",
    "12,345",
    "1,250",
    "12,",
    ",50",
    ".5",
    "1..250",
    "1.25.000",
    "12.345.6",
    "1.250,50,00",
    "1,250.000,00",
    "1,2,3",
    "1.250.000,005",
    "12 euro 50",
    "9".repeat(20),
  ];
  for (const input of refused) {
    it(`refuses ${JSON.stringify(input)}`, () => {
      expect(parseEuroToCents(input)).toBeNull();
    });
  }

  it("gives back what formatCents writes, in both languages", () => {
    for (const cents of [0, 5, 1_250, 125_050, 125_000_000, 10 ** 13]) {
      expect(parseEuroToCents(formatCents(cents, "nl"))).toBe(cents);
      expect(parseEuroToCents(formatCents(cents, "en"))).toBe(cents);
    }
  });
});

describe("formatCents", () => {
  it("writes Dutch amounts with a no-break space after the euro sign", () => {
    expect(formatCents(125_000_000, "nl")).toBe(`€${NBSP}1.250.000,00`);
    expect(formatCents(125_050, "nl")).toBe(`€${NBSP}1.250,50`);
    expect(formatCents(5, "nl")).toBe(`€${NBSP}0,05`);
    expect(formatCents(0, "nl")).toBe(`€${NBSP}0,00`);
  });

  it("writes English amounts the English way", () => {
    expect(formatCents(125_000_000, "en")).toBe("€1,250,000.00");
    expect(formatCents(125_050, "en")).toBe("€1,250.50");
  });

  it("is exact at the largest budget", () => {
    expect(formatCents(BUDGET_MAX_CENTS, "nl")).toBe(`€${NBSP}100.000.000.000,00`);
  });
});

describe("action rule messages", () => {
  it("exist in both languages", () => {
    const keys = [
      "errors.date.invalid",
      "errors.id.invalid",
      ...["titleRequired", "titleTooLong", "descriptionTooLong", "statusInvalid", "reasonTooLong", "dueBeforeStart"].map((k) => `errors.action.${k}`),
      ...["budgetInvalid", "budgetNegative", "budgetTooLarge", "tag", "tooManyTags"].map((k) => `errors.action.${k}`),
    ];
    for (const locale of ["nl", "en"] as const) {
      for (const key of keys) expect(lookup(key, translations[locale]), `${locale}: ${key}`).toBeTypeOf("string");
    }
  });
});
