import { describe, expect, it } from "vitest";
import {
  ACTION_STATUSES,
  actionListFilters,
  allowedNextStatuses,
  checkStatusTransition,
  isActionStatus,
  isOpenStatus,
  transitionNeedsReason,
  type ActionStatus,
} from "@koers/domain";
import { messages } from "@koers/i18n";

// The expected table, written out independently of the implementation. Rows: from; columns:
// to, in the order proposed · planned · in_progress · done · blocked · dropped.
// "=" same status, "Y" allowed, "R" allowed with a reason, "." not allowed.
const EXPECTED: Record<ActionStatus, string> = {
  proposed:    "= Y Y . . R",
  planned:     "Y = Y . Y R",
  in_progress: ". Y = Y Y R",
  blocked:     ". Y Y . = R",
  done:        ". . R = . .",
  dropped:     "Y Y . . . =",
};

const cells = (from: ActionStatus) => EXPECTED[from].split(" ");
const REASON = "Het budget is in de voorjaarsnota geschrapt.";

function lookup(key: string, tree: unknown): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe("action status transitions", () => {
  it("covers every status in the expected table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTION_STATUSES].sort());
  });

  for (const from of ACTION_STATUSES) {
    ACTION_STATUSES.forEach((to, column) => {
      const cell = cells(from)[column];
      it(`${from} → ${to}: ${cell}`, () => {
        const withReason = checkStatusTransition(from, to, REASON);
        const withoutReason = checkStatusTransition(from, to);
        if (cell === ".") {
          expect(withReason).toEqual({ ok: false, error: "errors.action.transitionNotAllowed" });
          expect(withoutReason).toEqual({ ok: false, error: "errors.action.transitionNotAllowed" });
        } else if (cell === "R") {
          expect(withReason).toEqual({ ok: true });
          expect(withoutReason).toEqual({ ok: false, error: "errors.action.reasonRequired" });
        } else {
          expect(withReason).toEqual({ ok: true });
          expect(withoutReason).toEqual({ ok: true });
        }
        if (cell !== ".") expect(transitionNeedsReason(from, to)).toBe(cell === "R");
      });
    });
  }

  it("treats a blank or missing reason as no reason", () => {
    for (const reason of [undefined, null, "", "   ", "\n\t"]) {
      expect(checkStatusTransition("in_progress", "dropped", reason)).toEqual({ ok: false, error: "errors.action.reasonRequired" });
      expect(checkStatusTransition("done", "in_progress", reason)).toEqual({ ok: false, error: "errors.action.reasonRequired" });
    }
    expect(checkStatusTransition("done", "in_progress", " x ")).toEqual({ ok: true });
  });

  it("needs no reason to stay in the same status, even done or dropped", () => {
    expect(checkStatusTransition("done", "done")).toEqual({ ok: true });
    expect(checkStatusTransition("dropped", "dropped", null)).toEqual({ ok: true });
  });

  it("refuses a transition outside the table even with a reason", () => {
    expect(checkStatusTransition("done", "dropped", REASON)).toEqual({ ok: false, error: "errors.action.transitionNotAllowed" });
    expect(checkStatusTransition("proposed", "done", REASON)).toEqual({ ok: false, error: "errors.action.transitionNotAllowed" });
  });

  it("lists the next statuses as the table has them", () => {
    for (const from of ACTION_STATUSES) {
      const expected = ACTION_STATUSES.filter((_, column) => ["Y", "R"].includes(cells(from)[column]!));
      expect([...allowedNextStatuses(from)].sort()).toEqual([...expected].sort());
      expect(allowedNextStatuses(from)).not.toContain(from);
    }
  });

  it("hands out a copy of the next statuses, so the table cannot be changed by accident", () => {
    const next = allowedNextStatuses("done");
    next.push("dropped");
    expect(allowedNextStatuses("done")).toEqual(["in_progress"]);
  });
});

describe("open statuses", () => {
  it("counts proposed, planned, in progress and blocked as open", () => {
    expect(ACTION_STATUSES.filter(isOpenStatus)).toEqual(["proposed", "planned", "in_progress", "blocked"]);
  });
});

describe("isActionStatus", () => {
  it("recognises the six statuses and nothing else", () => {
    for (const status of ACTION_STATUSES) expect(isActionStatus(status)).toBe(true);
    for (const value of ["", "Done", "in progress", "archived", null, undefined, 3, {}]) expect(isActionStatus(value)).toBe(false);
  });
});

describe("action statuses elsewhere", () => {
  it("match the list filter's statuses", () => {
    expect(actionListFilters.safeParse({ status: [...ACTION_STATUSES] }).success).toBe(true);
  });

  it("have a label and error messages in both languages", () => {
    for (const locale of ["nl", "en"] as const) {
      for (const status of ACTION_STATUSES) expect(lookup(`actionStatus.${status}`, messages[locale]), `${locale} ${status}`).toBeTypeOf("string");
      for (const key of ["errors.action.transitionNotAllowed", "errors.action.reasonRequired"]) {
        expect(lookup(key, messages[locale]), `${locale} ${key}`).toBeTypeOf("string");
      }
    }
  });
});
