import { describe, expect, it } from "vitest";
import { groupForDigest, inboxQueryFrom, inboxSearch, notificationModeSchema } from "@koers/domain";

const lindeveen = { id: "m1", name: "Gemeente Lindeveen", slug: "lindeveen" };
const oosterwold = { id: "m2", name: "Gemeente Oosterwold", slug: "oosterwold" };
const aa = { id: "m3", name: "Gemeente Aa en Hunze", slug: "aa-en-hunze" };
const at = (iso: string) => new Date(iso);

describe("groupForDigest", () => {
  it("groups by municipality, municipalities by name, each group oldest first", () => {
    const groups = groupForDigest([
      { id: "1", municipality: oosterwold, createdAt: at("2026-11-23T10:00:00Z") },
      { id: "2", municipality: lindeveen, createdAt: at("2026-11-23T12:00:00Z") },
      { id: "3", municipality: lindeveen, createdAt: at("2026-11-23T08:00:00Z") },
      { id: "4", municipality: aa, createdAt: at("2026-11-23T09:00:00Z") },
      { id: "5", municipality: oosterwold, createdAt: at("2026-11-22T23:00:00Z") },
    ]);
    expect(groups.map((g) => g.municipality.slug)).toEqual(["aa-en-hunze", "lindeveen", "oosterwold"]);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([["4"], ["3", "2"], ["5", "1"]]);
  });

  it("gives nothing for nothing and does not change its input", () => {
    expect(groupForDigest([])).toEqual([]);
    const input = [
      { id: "b", municipality: lindeveen, createdAt: at("2026-11-23T12:00:00Z") },
      { id: "a", municipality: lindeveen, createdAt: at("2026-11-23T08:00:00Z") },
    ];
    groupForDigest(input);
    expect(input.map((i) => i.id)).toEqual(["b", "a"]);
  });

  it("keeps two municipalities with the same name apart", () => {
    const twin = { id: "m9", name: "Gemeente Lindeveen", slug: "lindeveen-2" };
    const groups = groupForDigest([
      { municipality: twin, createdAt: at("2026-11-23T08:00:00Z") },
      { municipality: lindeveen, createdAt: at("2026-11-23T08:00:00Z") },
    ]);
    expect(groups.map((g) => g.municipality.id)).toEqual(["m1", "m9"]);
  });
});

describe("inbox query", () => {
  it("reads filter and page leniently and writes them without defaults", () => {
    expect(inboxQueryFrom(new URLSearchParams(""))).toEqual({ filter: "all", page: 1 });
    expect(inboxQueryFrom(new URLSearchParams("filter=unread&pagina=3"))).toEqual({ filter: "unread", page: 3 });
    expect(inboxQueryFrom(new URLSearchParams("filter=iets&pagina=-2"))).toEqual({ filter: "all", page: 1 });
    expect(inboxQueryFrom(new URLSearchParams("pagina=1.5"))).toEqual({ filter: "all", page: 1 });
    expect(inboxSearch({ filter: "all", page: 1 })).toBe("");
    expect(inboxSearch({ filter: "unread", page: 2 })).toBe("?filter=unread&pagina=2");
  });
});

describe("notificationModeSchema", () => {
  it("takes the three modes and refuses anything else with a message key", () => {
    expect(notificationModeSchema.parse("daily")).toBe("daily");
    const result = notificationModeSchema.safeParse("weekly");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("errors.notification.modeInvalid");
  });
});
