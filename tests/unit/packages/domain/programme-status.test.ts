import { describe, expect, it } from "vitest";
import {
  allowedNextProgrammeStatuses,
  checkProgrammeTransition,
  PROGRAMME_STATUSES,
  type ProgrammeStatus,
} from "@koers/domain";
import { messages } from "@koers/i18n";

// Rows: from; columns: to, in the order draft · consultation · adopted · archived.
// "=" same status, "Y" allowed, "." not allowed.
const EXPECTED: Record<ProgrammeStatus, string> = {
  draft:        "= Y . .",
  consultation: "Y = Y .",
  adopted:      ". . = Y",
  archived:     ". . . =",
};

function lookup(key: string, tree: unknown): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe("programme status transitions", () => {
  it("has the four statuses in order", () => {
    expect(PROGRAMME_STATUSES).toEqual(["draft", "consultation", "adopted", "archived"]);
    expect(Object.keys(EXPECTED)).toEqual([...PROGRAMME_STATUSES]);
  });

  for (const from of PROGRAMME_STATUSES) {
    PROGRAMME_STATUSES.forEach((to, column) => {
      const cell = EXPECTED[from].split(" ")[column];
      it(`${from} → ${to}: ${cell}`, () => {
        expect(checkProgrammeTransition(from, to)).toEqual(
          cell === "." ? { ok: false, error: "errors.programme.transitionNotAllowed" } : { ok: true },
        );
      });
    });
  }

  it("lists the next statuses, without the current one", () => {
    expect(allowedNextProgrammeStatuses("draft")).toEqual(["consultation"]);
    expect([...allowedNextProgrammeStatuses("consultation")].sort()).toEqual(["adopted", "draft"]);
    expect(allowedNextProgrammeStatuses("adopted")).toEqual(["archived"]);
    expect(allowedNextProgrammeStatuses("archived")).toEqual([]);
  });

  it("hands out a copy of the next statuses", () => {
    allowedNextProgrammeStatuses("draft").push("archived");
    expect(allowedNextProgrammeStatuses("draft")).toEqual(["consultation"]);
  });

  it("has labels and the error message in both languages", () => {
    for (const locale of ["nl", "en"] as const) {
      for (const status of PROGRAMME_STATUSES) expect(lookup(`programmeStatus.${status}`, messages[locale])).toBeTypeOf("string");
      expect(lookup("errors.programme.transitionNotAllowed", messages[locale])).toBeTypeOf("string");
    }
  });
});
