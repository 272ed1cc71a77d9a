import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { forgetLocalCopies, markSaved, markUnsaved, unsavedCopies } from "../../../app/lib/local-copies";

/** A Storage as the browser's localStorage behaves, enough for these functions. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const USER = "0b6f1a5e-0000-4000-8000-000000000001";
const OTHER = "0b6f1a5e-0000-4000-8000-000000000002";
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { window?: unknown }).window = { localStorage: storage };
});
afterEach(async () => {
  await forgetLocalCopies();
  delete (globalThis as { window?: unknown }).window;
});

describe("notes of unsaved text on this device", () => {
  it("lists a person's texts with unsaved changes until the server confirms them", () => {
    markUnsaved(USER, "p1", { path: "/g/lindeveen/programma/p1/tekst", title: "Raadsprogramma" });
    markUnsaved(OTHER, "p2", { path: "/g/lindeveen/programma/p2/tekst", title: "Ander programma" });
    expect(unsavedCopies(USER)).toEqual([
      { programmeId: "p1", path: "/g/lindeveen/programma/p1/tekst", title: "Raadsprogramma", since: expect.any(String) },
    ]);
    markSaved(USER, "p1");
    expect(unsavedCopies(USER)).toEqual([]);
    expect(unsavedCopies(OTHER)).toHaveLength(1);
  });

  it("writes the note once per stretch of unsaved work, not at every keystroke", () => {
    markUnsaved(USER, "p1", { path: "/a", title: "A" });
    const first = storage.getItem(`koers:unsaved:${USER}:p1`);
    markUnsaved(USER, "p1", { path: "/b", title: "B" });
    expect(storage.getItem(`koers:unsaved:${USER}:p1`)).toBe(first);
    markSaved(USER, "p1");
    markUnsaved(USER, "p1", { path: "/b", title: "B" });
    expect(unsavedCopies(USER)[0]?.path).toBe("/b");
  });

  it("ignores notes that are damaged or point off this site", () => {
    storage.setItem(`koers:unsaved:${USER}:bad`, "{not json");
    storage.setItem(`koers:unsaved:${USER}:off`, JSON.stringify({ path: "//elders.example/tekst", title: "x", since: "2026-01-01" }));
    storage.setItem(`koers:unsaved:${USER}:abs`, JSON.stringify({ path: "https://elders.example/", title: "x", since: "2026-01-01" }));
    storage.setItem(`koers:unsaved:${USER}:ok`, JSON.stringify({ path: "/g/x", title: "", since: "2026-01-01" }));
    expect(unsavedCopies(USER)).toEqual([{ programmeId: "ok", path: "/g/x", title: "/g/x", since: "2026-01-01" }]);
  });

  it("forgets every note at logout, and leaves other sites' keys alone", async () => {
    markUnsaved(USER, "p1", { path: "/a", title: "A" });
    storage.setItem("iets-anders", "blijft");
    await forgetLocalCopies();
    expect(unsavedCopies(USER)).toEqual([]);
    expect(storage.getItem("iets-anders")).toBe("blijft");
  });
});
