import { describe, expect, it } from "vitest";
import {
  allowedNextSignalStatuses,
  canSeeSignal,
  checkSignalTransition,
  isFinalSignalStatus,
  isSignalStatus,
  raiseSignalFields,
  ROLES,
  SIGNAL_STATUSES,
  signalReasonSchema,
  signalScope,
  type Role,
  type SignalStatus,
} from "@koers/domain";
import { messages } from "@koers/i18n";

// The expected table, written out independently of the implementation. Rows: from; columns:
// to, in the order new · in_review · became_action · declined.
// "=" same status, "Y" allowed, "R" allowed with a reason, "." not allowed.
const EXPECTED: Record<SignalStatus, string> = {
  new:           "= Y Y R",
  in_review:     ". = Y R",
  became_action: ". . = .",
  declined:      ". . . =",
};
function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

const REASON = "Dit valt onder het bestaande jongerenwerk in de wijk.";

describe("signal status transitions", () => {
  it("covers every status in the expected table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...SIGNAL_STATUSES].sort());
  });

  for (const from of SIGNAL_STATUSES) {
    SIGNAL_STATUSES.forEach((to, column) => {
      const cell = EXPECTED[from].split(" ")[column];
      if (cell === "=") return;
      it(`${from} → ${to}: ${cell === "." ? "refused" : cell === "R" ? "only with a reason" : "allowed"}`, () => {
        const withReason = checkSignalTransition(from, to, REASON);
        const without = checkSignalTransition(from, to);
        if (cell === ".") {
          expect(withReason.ok).toBe(false);
          expect(allowedNextSignalStatuses(from)).not.toContain(to);
        } else {
          expect(withReason).toEqual({ ok: true });
          expect(allowedNextSignalStatuses(from)).toContain(to);
          expect(without.ok).toBe(cell === "Y");
        }
      });
    });
  }

  it("keeps a decided signal decided, with its own message", () => {
    for (const final of ["became_action", "declined"] as const) {
      expect(isFinalSignalStatus(final)).toBe(true);
      for (const to of SIGNAL_STATUSES) expect(checkSignalTransition(final, to, REASON)).toEqual({ ok: false, error: "errors.signal.alreadyDecided" });
    }
    expect(isFinalSignalStatus("new")).toBe(false);
    expect(isFinalSignalStatus("in_review")).toBe(false);
  });

  it("needs a reason of 1–1000 characters to decline (spaces alone are no reason)", () => {
    expect(checkSignalTransition("new", "declined", "   ")).toEqual({ ok: false, error: "errors.signal.reasonRequired" });
    expect(checkSignalTransition("in_review", "declined", null)).toEqual({ ok: false, error: "errors.signal.reasonRequired" });
    expect(checkSignalTransition("in_review", "declined", "x".repeat(1000))).toEqual({ ok: true });
    expect(checkSignalTransition("in_review", "declined", "x".repeat(1001))).toEqual({ ok: false, error: "errors.signal.reasonTooLong" });
    expect(checkSignalTransition("in_review", "new")).toEqual({ ok: false, error: "errors.signal.transitionNotAllowed" });
    expect(signalReasonSchema.safeParse(" ").error?.issues[0]?.message).toBe("errors.signal.reasonRequired");
    expect(signalReasonSchema.safeParse("x".repeat(1001)).error?.issues[0]?.message).toBe("errors.signal.reasonTooLong");
    expect(signalReasonSchema.parse("  Al geregeld.  ")).toBe("Al geregeld.");
  });

  it("narrows values to statuses", () => {
    expect(SIGNAL_STATUSES.every(isSignalStatus)).toBe(true);
    expect(isSignalStatus("done")).toBe(false);
    expect(isSignalStatus(undefined)).toBe(false);
  });

  it("has a Dutch and an English name for every status", () => {
    for (const status of SIGNAL_STATUSES) {
      expect(lookup(messages.nl, `signalStatus.${status}`), "nl").toBeTypeOf("string");
      expect(lookup(messages.en, `signalStatus.${status}`), "en").toBeTypeOf("string");
    }
  });
});

describe("who sees which signal", () => {
  const me = "00000000-0000-4000-8000-000000000001";
  const colleague = "00000000-0000-4000-8000-000000000002";
  const school = "00000000-0000-4000-8000-0000000000a1";
  const club = "00000000-0000-4000-8000-0000000000b2";
  const viewerAs = (role: Role, organisationId: string | null = null) => ({ userId: me, role, organisationId });

  const mine = { raisedById: me, organisationId: null };
  const ourOrganisation = { raisedById: colleague, organisationId: school };
  const otherOrganisation = { raisedById: colleague, organisationId: club };
  const someonesOwn = { raisedById: colleague, organisationId: null };
  const raiserGone = { raisedById: null, organisationId: null };

  it("lets staff see every signal of the programme", () => {
    for (const role of ["admin", "council", "civil_servant"] as const) {
      expect(signalScope(viewerAs(role))).toEqual({ kind: "all" });
      for (const signal of [mine, ourOrganisation, otherOrganisation, someonesOwn, raiserGone]) expect(canSeeSignal(viewerAs(role), signal)).toBe(true);
    }
  });

  it("lets a partner see what anyone of their organisation raised, and their own, nothing else", () => {
    const partner = viewerAs("partner", school);
    expect(signalScope(partner)).toEqual({ kind: "organisation", organisationId: school, userId: me });
    expect(canSeeSignal(partner, ourOrganisation)).toBe(true);
    expect(canSeeSignal(partner, mine)).toBe(true);
    expect(canSeeSignal(partner, otherOrganisation)).toBe(false);
    expect(canSeeSignal(partner, someonesOwn)).toBe(false);
    expect(canSeeSignal(partner, raiserGone)).toBe(false);
    // A partner without an organisation (should not exist) sees only their own.
    expect(signalScope(viewerAs("partner"))).toEqual({ kind: "own", userId: me });
    expect(canSeeSignal(viewerAs("partner"), { raisedById: colleague, organisationId: null })).toBe(false);
  });

  it("lets a viewer see only their own, also one raised as a partner before a change of role", () => {
    const viewer = viewerAs("viewer");
    expect(signalScope(viewer)).toEqual({ kind: "own", userId: me });
    expect(canSeeSignal(viewer, mine)).toBe(true);
    expect(canSeeSignal(viewer, { raisedById: me, organisationId: school })).toBe(true);
    expect(canSeeSignal(viewer, ourOrganisation)).toBe(false);
    expect(canSeeSignal(viewer, someonesOwn)).toBe(false);
    expect(canSeeSignal(viewer, raiserGone)).toBe(false);
  });

  it("covers every role", () => {
    for (const role of ROLES) expect(signalScope(viewerAs(role, school)).kind).toMatch(/all|organisation|own/);
  });
});

describe("raising a signal: the form's fields", () => {
  const domainId = "00000000-0000-4000-8000-0000000000d1";
  const errorsOf = (input: Record<string, unknown>) =>
    Object.fromEntries((raiseSignalFields.safeParse(input).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

  it("takes a title of 3–200 characters, a text of 1–5000, a domain and optionally an action", () => {
    expect(raiseSignalFields.parse({ title: "  Wachtlijst logopedie  ", text: "Ouders wachten maanden.", domainId, linkedActionId: "" })).toEqual({
      title: "Wachtlijst logopedie",
      text: "Ouders wachten maanden.",
      domainId,
      linkedActionId: undefined,
    });
    expect(errorsOf({ title: "ab", text: " ", domainId: "" })).toEqual({
      title: "errors.signal.titleTooShort",
      text: "errors.signal.textRequired",
      domainId: "errors.id.invalid",
    });
    expect(errorsOf({ title: "x".repeat(201), text: "x".repeat(5001), domainId })).toEqual({
      title: "errors.signal.titleTooLong",
      text: "errors.signal.textTooLong",
    });
    expect(errorsOf({ title: "x".repeat(200), text: "x".repeat(5000), domainId, linkedActionId: "geen-id" })).toEqual({ linkedActionId: "errors.id.invalid" });
  });
});
