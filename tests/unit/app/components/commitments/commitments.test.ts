import { describe, expect, it } from "vitest";
import { translator } from "@koers/i18n";
import { ALL_STATUSES_PARAM, STATUS_PARAM, overviewFiltersFrom } from "../../../../../app/components/commitments/filters";
import { SAVED_CODES, isCommitmentIntent, resultFor, savedMessage, type CommitmentFormResult } from "../../../../../app/components/commitments/types";

const DOMAIN = "0b8e7c1a-3f52-4c1e-9d7a-5e2f1c3b4a60";

describe("the action block's commitments", () => {
  it("counts the commitments and names the organisations", () => {
    const t = translator("nl");
    const summary = (organisations: string[]) => t("commitments.strip.summary", { count: organisations.length, organisations: organisations.join(", ") });
    expect(summary([])).toBe("Nog geen toezeggingen");
    expect(summary(["Brede School De Horizon"])).toBe("1 toezegging: Brede School De Horizon");
    expect(summary(["Brede School De Horizon", "Bibliotheek Lindeveen"])).toBe("2 toezeggingen: Brede School De Horizon, Bibliotheek Lindeveen");
    expect(translator("en")("commitments.strip.summary", { count: 0, organisations: "" })).toBe("No commitments yet");
    expect(translator("en")("commitments.strip.summary", { count: 1, organisations: "Bibliotheek Lindeveen" })).toBe("1 commitment: Bibliotheek Lindeveen");
  });
});

describe("the overview's filters in the URL", () => {
  it("reads the domain and the status in Dutch words", () => {
    expect(overviewFiltersFrom(new URLSearchParams(`domein=${DOMAIN}&status=aanvaard`))).toEqual({ domainId: DOMAIN, status: "accepted" });
    expect(overviewFiltersFrom(new URLSearchParams(`status=${ALL_STATUSES_PARAM}`))).toEqual({ status: "all" });
    expect(Object.values(STATUS_PARAM).map((value) => overviewFiltersFrom(new URLSearchParams({ status: value })).status)).toEqual([
      "offered",
      "accepted",
      "declined",
      "withdrawn",
      "fulfilled",
    ]);
  });

  it("leaves out what it does not know, so the page falls back to its default", () => {
    expect(overviewFiltersFrom(new URLSearchParams("domein=&status="))).toEqual({});
    expect(overviewFiltersFrom(new URLSearchParams("domein=onderwijs&status=accepted"))).toEqual({});
  });
});

describe("messages after a commitment form", () => {
  it("has a confirmation for every intent, and none for codes it did not send", () => {
    const t = translator("nl");
    for (const code of Object.values(SAVED_CODES)) expect(t(savedMessage(code)!)).not.toMatch(/^commitments\./);
    expect(savedMessage("aanvaard")).toBe("commitments.saved.aanvaard");
    expect(savedMessage("gehackt")).toBeNull();
    expect(savedMessage(null)).toBeNull();
    expect(isCommitmentIntent("commitment.accept")).toBe(true);
    expect(isCommitmentIntent("commitment.delete")).toBe(false);
    expect(isCommitmentIntent("toString")).toBe(false);
  });

  it("shows a refusal only at the form it came from", () => {
    const result: CommitmentFormResult = { intent: "commitment.decline", ok: null, errors: { fields: { reason: "errors.commitment.reasonRequired" }, form: null }, values: { commitmentId: "a" } };
    expect(resultFor(result, "commitment.decline", "a")).toBe(result);
    expect(resultFor(result, "commitment.decline", "b")).toBeNull();
    expect(resultFor(result, "commitment.withdraw", "a")).toBeNull();
    expect(resultFor(undefined, "commitment.offer")).toBeNull();
  });
});
