import { describe, expect, it } from "vitest";
import {
  ACTION_STATUSES,
  COMMITMENT_OPERATIONS,
  actionClosedToCommitments,
  COMMITMENT_STATUSES,
  ROLES,
  allowedCommitmentOperations,
  canSeeCommitment,
  checkCommitmentPeriod,
  checkCommitmentTransition,
  commitmentDeclineInput,
  commitmentFields,
  commitmentReportInput,
  commitmentStateError,
  commitmentVisibility,
  commitmentWithdrawInput,
  isCommitmentStatus,
  isLiveCommitment,
  mayHandleCommitment,
  parseEuroToCents,
  visibleCommitments,
  type Actor,
  type CommitmentOperation,
  type CommitmentStatus,
} from "@koers/domain";
import { messages } from "@koers/i18n";

const OWN = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";

function lookup(key: string, tree: unknown): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

// Written out apart from the implementation. Rows: from; columns: to, in the order
// offered · accepted · declined · withdrawn · fulfilled. "Y" allowed, "R" with a reason, "." not.
const TRANSITIONS: Record<CommitmentStatus, string> = {
  offered:   ". Y R Y .",
  accepted:  ". . . Y Y",
  declined:  ". . . . .",
  withdrawn: ". . . . .",
  fulfilled: ". . . . .",
};

describe("commitment status transitions", () => {
  it("covers every status", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...COMMITMENT_STATUSES].sort());
  });

  for (const from of COMMITMENT_STATUSES) {
    COMMITMENT_STATUSES.forEach((to, column) => {
      const cell = TRANSITIONS[from].split(" ")[column];
      it(`${from} → ${to}: ${cell}`, () => {
        if (cell === ".") {
          expect(checkCommitmentTransition(from, to, "een reden")).toEqual({ ok: false, error: "errors.commitment.transitionNotAllowed" });
        } else if (cell === "R") {
          expect(checkCommitmentTransition(from, to)).toEqual({ ok: false, error: "errors.commitment.reasonRequired" });
          expect(checkCommitmentTransition(from, to, "   ")).toEqual({ ok: false, error: "errors.commitment.reasonRequired" });
          expect(checkCommitmentTransition(from, to, "Past niet in de planning")).toEqual({ ok: true });
        } else {
          expect(checkCommitmentTransition(from, to)).toEqual({ ok: true });
        }
      });
    });
  }

  it("knows which statuses are live and which are statuses at all", () => {
    expect(COMMITMENT_STATUSES.filter(isLiveCommitment)).toEqual(["offered", "accepted"]);
    expect(isCommitmentStatus("accepted")).toBe(true);
    expect(isCommitmentStatus("approved")).toBe(false);
    expect(isCommitmentStatus(3)).toBe(false);
  });

  it("has a Dutch and English name for every status", () => {
    for (const status of COMMITMENT_STATUSES) {
      expect(lookup(`commitmentStatus.${status}`, messages.nl)).toBeTypeOf("string");
      expect(lookup(`commitmentStatus.${status}`, messages.en)).toBeTypeOf("string");
    }
  });
});

const partner: Actor = { role: "partner", organisationId: OWN };
const otherPartner: Actor = { role: "partner", organisationId: OTHER };
const actors: Record<string, Actor> = {
  admin: { role: "admin" },
  council: { role: "council" },
  civil_servant: { role: "civil_servant" },
  partner,
  otherPartner,
  partnerWithoutOrganisation: { role: "partner", organisationId: null },
  viewer: { role: "viewer" },
};

// Who may do what to a commitment of organisation OWN, whatever its status.
const WHO: Record<string, CommitmentOperation[]> = {
  admin: ["accept", "decline", "fulfil"],
  council: ["accept", "decline", "fulfil"],
  civil_servant: ["accept", "decline", "fulfil"],
  partner: ["edit", "withdraw", "report"],
  otherPartner: [],
  partnerWithoutOrganisation: [],
  viewer: [],
};

describe("who may handle a commitment", () => {
  for (const [name, actor] of Object.entries(actors)) {
    it(`${name}: ${WHO[name]!.join(", ") || "nothing"}`, () => {
      const allowed = COMMITMENT_OPERATIONS.filter((operation) => mayHandleCommitment(actor, operation, { organisationId: OWN }));
      expect(allowed).toEqual(WHO[name]);
    });
  }

  it("a partner can never accept, decline or fulfil, also not their own organisation's commitment", () => {
    for (const operation of ["accept", "decline", "fulfil"] as const) {
      expect(mayHandleCommitment(partner, operation, { organisationId: OWN })).toBe(false);
    }
  });

  it("each operation fits only some statuses", () => {
    const fits = (operation: CommitmentOperation) => COMMITMENT_STATUSES.filter((status) => commitmentStateError(operation, status) === null);
    expect(fits("edit")).toEqual(["offered"]);
    expect(fits("report")).toEqual(["accepted"]);
    expect(fits("withdraw")).toEqual(["offered", "accepted"]);
    expect(fits("accept")).toEqual(["offered"]);
    expect(fits("decline")).toEqual(["offered"]);
    expect(fits("fulfil")).toEqual(["accepted"]);
    expect(commitmentStateError("edit", "accepted")).toBe("errors.commitment.editOnlyOffered");
    expect(commitmentStateError("report", "offered")).toBe("errors.commitment.reportOnlyAccepted");
    expect(commitmentStateError("accept", "fulfilled")).toBe("errors.commitment.transitionNotAllowed");
  });

  it("offers each person only what they may do now", () => {
    const of = (actor: Actor, status: CommitmentStatus) => allowedCommitmentOperations(actor, { organisationId: OWN, status });
    expect(of(partner, "offered")).toEqual(["edit", "withdraw"]);
    expect(of(partner, "accepted")).toEqual(["withdraw", "report"]);
    expect(of(partner, "declined")).toEqual([]);
    expect(of(actors.civil_servant!, "offered")).toEqual(["accept", "decline"]);
    expect(of(actors.council!, "accepted")).toEqual(["fulfil"]);
    expect(of(actors.admin!, "withdrawn")).toEqual([]);
    expect(of(otherPartner, "accepted")).toEqual([]);
    expect(of(actors.viewer!, "offered")).toEqual([]);
  });
});

describe("which actions take new commitments", () => {
  it("open actions do; archived, done and dropped ones do not", () => {
    const open = ACTION_STATUSES.filter((status) => actionClosedToCommitments({ archived: false, status }) === null);
    expect(open).toEqual(["proposed", "planned", "in_progress", "blocked"]);
    expect(actionClosedToCommitments({ archived: false, status: "done" })).toBe("errors.commitment.actionClosed");
    expect(actionClosedToCommitments({ archived: false, status: "dropped" })).toBe("errors.commitment.actionClosed");
    for (const status of ACTION_STATUSES) {
      expect(actionClosedToCommitments({ archived: true, status })).toBe("errors.commitment.actionArchived");
    }
  });
});

describe("who sees which commitments", () => {
  const all = COMMITMENT_STATUSES.flatMap((status) => [
    { id: `own-${status}`, organisationId: OWN, status },
    { id: `other-${status}`, organisationId: OTHER, status },
  ]);
  const ids = (actor: Actor) => visibleCommitments(actor, all).map((c) => c.id);

  it("staff see everything", () => {
    for (const role of ["admin", "council", "civil_servant"] as const) {
      expect(ids({ role })).toEqual(all.map((c) => c.id));
      expect(commitmentVisibility({ role })).toEqual({ all: true });
    }
  });

  it("a partner sees accepted and fulfilled ones of everyone, and all of their own organisation's", () => {
    expect(ids(partner).sort()).toEqual(
      ["own-offered", "own-accepted", "own-declined", "own-withdrawn", "own-fulfilled", "other-accepted", "other-fulfilled"].sort(),
    );
    expect(ids(otherPartner)).not.toContain("own-offered");
    expect(ids(otherPartner)).not.toContain("own-declined");
    expect(ids(otherPartner)).not.toContain("own-withdrawn");
  });

  it("viewers and partners without an organisation see only accepted and fulfilled ones", () => {
    for (const actor of [{ role: "viewer" } as Actor, { role: "partner", organisationId: null } as Actor]) {
      expect(ids(actor).sort()).toEqual(["other-accepted", "other-fulfilled", "own-accepted", "own-fulfilled"]);
    }
  });

  it("the query form and the single check agree for every role and commitment", () => {
    for (const role of ROLES) {
      for (const organisationId of [OWN, null]) {
        const actor: Actor = { role, organisationId };
        const visibility = commitmentVisibility(actor);
        for (const commitment of all) {
          const byQuery = visibility.all || visibility.statuses.includes(commitment.status) || commitment.organisationId === visibility.ownOrganisationId;
          expect(byQuery, `${role} ${commitment.id}`).toBe(canSeeCommitment(actor, commitment));
        }
      }
    }
  });
});

describe("commitment input", () => {
  const valid = { contribution: "Twee leerkrachten geven de training mee vorm." };

  it("takes a contribution alone, trimmed", () => {
    expect(commitmentFields.parse({ contribution: "  Wij leveren een ruimte.  " })).toEqual({ contribution: "Wij leveren een ruimte." });
  });

  it("needs a contribution of 1 to 2000 characters", () => {
    const error = (contribution: unknown) => commitmentFields.safeParse({ contribution }).error?.issues[0]?.message;
    expect(error("")).toBe("errors.commitment.contributionRequired");
    expect(error("   ")).toBe("errors.commitment.contributionRequired");
    expect(error(undefined)).toBe("errors.commitment.contributionRequired");
    expect(error("x".repeat(2001))).toBe("errors.commitment.contributionTooLong");
    expect(error("x".repeat(2000))).toBeUndefined();
  });

  it("takes hours as a whole number from 1 to 100000", () => {
    const error = (capacityHours: unknown) => commitmentFields.safeParse({ ...valid, capacityHours }).error?.issues[0]?.message;
    expect(error(40)).toBeUndefined();
    expect(error(null)).toBeUndefined();
    expect(error(1)).toBeUndefined();
    expect(error(100_000)).toBeUndefined();
    expect(error(0)).toBe("errors.commitment.hoursInvalid");
    expect(error(2.5)).toBe("errors.commitment.hoursInvalid");
    expect(error(Number.NaN)).toBe("errors.commitment.hoursInvalid");
    expect(error(100_001)).toBe("errors.commitment.hoursTooMany");
  });

  it("takes euro as cents, read the Dutch way", () => {
    const error = (capacityCents: unknown) => commitmentFields.safeParse({ ...valid, capacityCents }).error?.issues[0]?.message;
    expect(parseEuroToCents("€ 2.500,50")).toBe(250_050);
    expect(error(parseEuroToCents("€ 2.500,50"))).toBeUndefined();
    expect(error(0)).toBe("errors.commitment.euroInvalid");
    expect(error(-100)).toBe("errors.commitment.euroInvalid");
    expect(error(1.5)).toBe("errors.commitment.euroInvalid");
    expect(error(10 ** 14)).toBe("errors.commitment.euroTooLarge");
  });

  it("takes a period of ISO days whose end is not before its start", () => {
    const parse = (periodStart: unknown, periodEnd: unknown) => commitmentFields.safeParse({ ...valid, periodStart, periodEnd });
    expect(parse("2026-09-01", "2027-06-30").success).toBe(true);
    expect(parse("2026-09-01", "2026-09-01").success).toBe(true);
    expect(parse("2026-09-01", null).success).toBe(true);
    expect(parse(null, "2026-09-01").success).toBe(true);
    const backwards = parse("2027-01-01", "2026-12-31").error?.issues[0];
    expect(backwards?.message).toBe("errors.commitment.periodEndBeforeStart");
    expect(backwards?.path).toEqual(["periodEnd"]);
    expect(parse("2026-02-30", null).error?.issues[0]?.message).toBe("errors.date.invalid");
    // Every mistake at once: a wrong period is reported beside a missing contribution.
    const both = commitmentFields.safeParse({ contribution: "", periodStart: "2027-01-01", periodEnd: "2026-12-31" }).error?.issues.map((i) => i.message);
    expect(both).toEqual(["errors.commitment.contributionRequired", "errors.commitment.periodEndBeforeStart"]);
    expect(checkCommitmentPeriod("2027-01-01", "2026-12-31")).toBe("errors.commitment.periodEndBeforeStart");
    expect(checkCommitmentPeriod(undefined, "2026-12-31")).toBeNull();
  });

  it("needs a reason of 1 to 1000 characters to decline; withdrawing may go without", () => {
    expect(commitmentDeclineInput.safeParse({ reason: " " }).error?.issues[0]?.message).toBe("errors.commitment.reasonRequired");
    expect(commitmentDeclineInput.safeParse({ reason: "x".repeat(1001) }).error?.issues[0]?.message).toBe("errors.commitment.reasonTooLong");
    expect(commitmentDeclineInput.parse({ reason: " Dubbel met een ander aanbod " })).toEqual({ reason: "Dubbel met een ander aanbod" });
    expect(commitmentWithdrawInput.parse({})).toEqual({ reason: null });
    expect(commitmentWithdrawInput.parse({ reason: "  " })).toEqual({ reason: null });
    expect(commitmentWithdrawInput.parse({ reason: "Geen mensen meer" })).toEqual({ reason: "Geen mensen meer" });
    expect(commitmentWithdrawInput.safeParse({ reason: "x".repeat(1001) }).error?.issues[0]?.message).toBe("errors.commitment.reasonTooLong");
  });

  it("needs a date and a text for a progress report", () => {
    expect(commitmentReportInput.parse({ date: "2026-10-01", text: " Drie trainingen gegeven. " })).toEqual({ date: "2026-10-01", text: "Drie trainingen gegeven." });
    expect(commitmentReportInput.safeParse({ date: "2026-10-01", text: "" }).error?.issues[0]?.message).toBe("errors.commitment.reportRequired");
    expect(commitmentReportInput.safeParse({ date: "2026-10-01", text: "x".repeat(2001) }).error?.issues[0]?.message).toBe("errors.commitment.reportTooLong");
    expect(commitmentReportInput.safeParse({ date: "gisteren", text: "x" }).error?.issues[0]?.message).toBe("errors.date.invalid");
  });

  it("has every message in Dutch and English", () => {
    const keys = [
      "errors.commitment.transitionNotAllowed",
      "errors.commitment.reasonRequired",
      "errors.commitment.reasonTooLong",
      "errors.commitment.editOnlyOffered",
      "errors.commitment.reportOnlyAccepted",
      "errors.commitment.contributionRequired",
      "errors.commitment.contributionTooLong",
      "errors.commitment.hoursInvalid",
      "errors.commitment.hoursTooMany",
      "errors.commitment.euroInvalid",
      "errors.commitment.euroTooLarge",
      "errors.commitment.periodEndBeforeStart",
      "errors.commitment.reportRequired",
      "errors.commitment.reportTooLong",
    ];
    for (const key of keys) {
      expect(lookup(key, messages.nl), key).toBeTypeOf("string");
      expect(lookup(key, messages.en), key).toBeTypeOf("string");
    }
  });
});
