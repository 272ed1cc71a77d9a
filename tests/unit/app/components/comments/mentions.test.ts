import { describe, expect, it } from "vitest";
import { bodyParts } from "../../../../../app/components/comments/format";
import { suggestionsFor } from "../../../../../app/components/comments/MentionTextarea";

const people = [
  { id: "1", name: "Anouk Ambtenaar", organisation: null },
  { id: "2", name: "Pieter Partner", organisation: "Brede School De Horizon" },
  { id: "3", name: "Hanna van Anken", organisation: null },
  { id: "4", name: "Rana de Raad", organisation: null },
];

describe("suggestionsFor", () => {
  it("puts names that start with the query first, then a word that does, then the rest", () => {
    expect(suggestionsFor(people, "an").map((p) => p.name)).toEqual(["Anouk Ambtenaar", "Hanna van Anken", "Rana de Raad"]);
    expect(suggestionsFor(people, "AMB").map((p) => p.name)).toEqual(["Anouk Ambtenaar"]);
    expect(suggestionsFor(people, "zzz")).toEqual([]);
  });

  it("offers everyone (at most eight) for a bare '@'", () => {
    expect(suggestionsFor(people, "")).toHaveLength(4);
    const many = Array.from({ length: 20 }, (_, i) => ({ id: String(i), name: `Lid ${i}`, organisation: null }));
    expect(suggestionsFor(many, "")).toHaveLength(8);
  });
});

describe("bodyParts", () => {
  it("marks the mentions the server found, case-insensitive, longest name first", () => {
    expect(bodyParts("Vraag aan @anouk ambtenaar en @Rana de Raad.", [
      { id: "1", name: "Anouk Ambtenaar" },
      { id: "4", name: "Rana de Raad" },
    ])).toEqual([
      { text: "Vraag aan ", mention: false },
      { text: "@anouk ambtenaar", mention: true },
      { text: " en ", mention: false },
      { text: "@Rana de Raad", mention: true },
      { text: ".", mention: false },
    ]);
  });

  it("leaves a name that runs on, or any text without mentions, as it is", () => {
    expect(bodyParts("@Anouk Ambtenaars", [{ id: "1", name: "Anouk Ambtenaar" }])).toEqual([{ text: "@Anouk Ambtenaars", mention: false }]);
    expect(bodyParts("Geen namen.", [])).toEqual([{ text: "Geen namen.", mention: false }]);
  });
});
