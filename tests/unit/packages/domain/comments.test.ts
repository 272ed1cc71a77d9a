import { describe, expect, it } from "vitest";
import { ROLES, canChangeComment, canResolveThread, commentBodySchema, findMentions, mentionQueryAt } from "@koers/domain";

const anouk = { id: "a", name: "Anouk Ambtenaar" };
const jan = { id: "j", name: "Jan" };
const janDeVries = { id: "jdv", name: "Jan de Vries" };
const ozlem = { id: "o", name: "Özlem Çelik" };
const members = [anouk, jan, janDeVries, ozlem];

describe("findMentions", () => {
  it("finds a member by '@' and their full name, case-insensitive", () => {
    expect(findMentions("Vraag voor @Anouk Ambtenaar: klopt dit?", members)).toEqual([anouk]);
    expect(findMentions("@anouk ambtenaar kijkt u mee?", members)).toEqual([anouk]);
  });

  it("lets the longest name win", () => {
    expect(findMentions("@Jan de Vries en @Jan", members)).toEqual([janDeVries, jan]);
    expect(findMentions("@Jan de Vriesland", members)).toEqual([jan]);
  });

  it("needs a word boundary after the name", () => {
    expect(findMentions("@Anouk Ambtenaarsen", members)).toEqual([]);
    expect(findMentions("@Janneke", members)).toEqual([]);
    expect(findMentions("(@Jan)", members)).toEqual([jan]);
    expect(findMentions("@Jan_x", members)).toEqual([]);
  });

  it("handles letters outside ASCII", () => {
    expect(findMentions("Dank, @özlem çelik!", members)).toEqual([ozlem]);
    expect(findMentions("@Özlem Çelikç", members)).toEqual([]);
  });

  it("ignores e-mail addresses and a bare '@'", () => {
    expect(findMentions("mail jan@gemeente.nl of @ iemand", members)).toEqual([]);
  });

  it("names each member once, in order of first mention", () => {
    expect(findMentions("@Jan, @Anouk Ambtenaar en nog eens @jan", members)).toEqual([jan, anouk]);
  });

  it("mentions every member who shares the name, since the text cannot tell them apart", () => {
    const twin = { id: "a2", name: "Anouk Ambtenaar" };
    expect(findMentions("@Anouk Ambtenaar", [anouk, twin])).toEqual([anouk, twin]);
  });

  it("finds nobody whose name is not in the list (a name from another municipality)", () => {
    expect(findMentions("@Piet Buiten", members)).toEqual([]);
    expect(findMentions("@Anouk Ambtenaar", [{ id: "x", name: "   " }])).toEqual([]);
  });
});

describe("mentionQueryAt", () => {
  it("gives the text typed after '@' up to the caret", () => {
    expect(mentionQueryAt("Hallo @Ano", 10)).toEqual({ start: 6, query: "Ano" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("Hallo @Anouk Amb", 16)).toEqual({ start: 6, query: "Anouk Amb" });
  });

  it("is null outside a mention", () => {
    expect(mentionQueryAt("Hallo", 5)).toBeNull();
    expect(mentionQueryAt("jan@gemeente", 12)).toBeNull();
    expect(mentionQueryAt("@Anouk\nverder", 13)).toBeNull();
    expect(mentionQueryAt("@ met spatie", 12)).toBeNull();
    expect(mentionQueryAt("@een twee drie vier vijf", 24)).toBeNull();
  });
});

describe("canResolveThread", () => {
  const thread = { createdById: "starter" };
  it.each(ROLES)("the starter may, whatever their role (%s)", (role) => {
    expect(canResolveThread({ userId: "starter", role }, thread)).toBe(true);
  });
  it.each([
    ["admin", true],
    ["council", true],
    ["civil_servant", true],
    ["partner", false],
    ["viewer", false],
  ] as const)("someone else with role %s: %s", (role, allowed) => {
    expect(canResolveThread({ userId: "other", role }, thread)).toBe(allowed);
    // A thread whose starter left Koers: only staff.
    expect(canResolveThread({ userId: "other", role }, { createdById: null })).toBe(allowed);
  });
});

describe("canChangeComment", () => {
  it("allows only the author, and only while the comment exists", () => {
    expect(canChangeComment("me", { authorId: "me", deletedAt: null })).toBe(true);
    expect(canChangeComment("me", { authorId: "you", deletedAt: null })).toBe(false);
    expect(canChangeComment("me", { authorId: null, deletedAt: null })).toBe(false);
    expect(canChangeComment("me", { authorId: "me", deletedAt: new Date() })).toBe(false);
  });
});

describe("commentBodySchema", () => {
  it("trims and accepts 1–5,000 characters", () => {
    expect(commentBodySchema.parse("  Goed plan.  ")).toBe("Goed plan.");
    expect(commentBodySchema.parse("x".repeat(5000))).toHaveLength(5000);
  });
  it.each([
    ["", "errors.comment.bodyRequired"],
    ["   \n ", "errors.comment.bodyRequired"],
    ["x".repeat(5001), "errors.comment.bodyTooLong"],
    [undefined, "errors.comment.bodyRequired"],
  ])("refuses %j with %s", (value, key) => {
    const result = commentBodySchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(key);
  });
});
