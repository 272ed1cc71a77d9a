import { describe, expect, it } from "vitest";
import { can, CAPABILITIES, capabilitiesOf, ROLES, rolesWith, type Capability, type Role } from "@koers/domain";

// The expected matrix, written out independently of the implementation: one row per
// capability, columns admin · council · civil_servant · partner · viewer.
const EXPECTED: Record<Capability, string> = {
  "municipality.view":   "Y Y Y Y Y",
  "programme.view":      "Y Y Y Y Y",
  "programme.editText":  "Y Y Y . .",
  "programme.manage":    "Y . . . .",
  "programme.publish":   "Y Y . . .",
  "version.adopt":       "Y Y . . .",
  "domain.manage":       "Y . . . .",
  "goal.manage":         "Y Y . . .",
  "indicator.manage":    "Y Y . . .",
  "indicator.record":    "Y . Y . .",
  "action.create":       "Y Y Y . .",
  "action.edit":         "Y Y Y . .",
  "action.track":        "Y . Y . .",
  "update.request":      "Y Y Y . .",
  "comment.write":       "Y Y Y Y Y",
  "commitment.make":     ". . . Y .",
  "commitment.decide":   "Y Y Y . .",
  "signal.raise":        "Y Y Y Y Y",
  "signal.triage":       "Y . Y . .",
  "audit.view":          "Y Y Y . .",
  "member.view":         "Y Y Y . .",
  "member.manage":       "Y . . . .",
  "organisation.manage": "Y . . . .",
};

const cells = CAPABILITIES.flatMap((capability) =>
  ROLES.map((role, column) => ({
    capability,
    role,
    allowed: EXPECTED[capability].split(" ")[column] === "Y",
  })),
);

describe("capability matrix", () => {
  it("has an expectation for every capability, and names the capabilities later work needs", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...CAPABILITIES].sort());
    for (const needed of [
      "programme.editText",
      "action.create",
      "action.track",
      "comment.write",
      "commitment.make",
      "commitment.decide",
      "indicator.record",
      "signal.raise",
      "signal.triage",
      "version.adopt",
      "programme.publish",
      "member.manage",
    ]) {
      expect(CAPABILITIES).toContain(needed);
    }
  });

  it.each(cells)("$role · $capability → $allowed", ({ capability, role, allowed }) => {
    const actor = { role, organisationId: role === "partner" ? "org-1" : null };
    expect(can(actor, capability)).toBe(allowed);
  });

  it("lists a role's capabilities consistently with can()", () => {
    for (const role of ROLES) {
      expect(capabilitiesOf(role)).toEqual(CAPABILITIES.filter((c) => can({ role, organisationId: "o" }, c)));
    }
  });

  it("lists the roles that have a capability from the same matrix, most powerful first", () => {
    for (const capability of CAPABILITIES) {
      expect(rolesWith(capability), capability).toEqual(ROLES.filter((_, column) => EXPECTED[capability].split(" ")[column] === "Y"));
    }
    // Who hears of a new signal: those who triage.
    expect(rolesWith("signal.triage")).toEqual(["admin", "civil_servant"]);
  });
});

describe("organisation-bound capabilities", () => {
  const partner = { role: "partner" as Role, organisationId: "org-1" };

  it("lets a partner commit only their own organisation", () => {
    expect(can(partner, "commitment.make", { organisationId: "org-1" })).toBe(true);
    expect(can(partner, "commitment.make", { organisationId: "org-2" })).toBe(false);
  });

  it("refuses a partner without an organisation", () => {
    expect(can({ role: "partner", organisationId: null }, "commitment.make")).toBe(false);
  });

  it("never lets staff commit on a partner's behalf", () => {
    for (const role of ["admin", "council", "civil_servant", "viewer"] as Role[]) {
      expect(can({ role }, "commitment.make", { organisationId: "org-1" })).toBe(false);
    }
  });
});
