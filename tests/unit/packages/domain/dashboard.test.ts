import { describe, expect, it } from "vitest";
import { ACTION_STATUSES, emptyStatusCounts, progressOf } from "@koers/domain";

describe("emptyStatusCounts", () => {
  it("has a zero for every status", () => {
    const counts = emptyStatusCounts();
    expect(Object.keys(counts).sort()).toEqual([...ACTION_STATUSES].sort());
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it("gives a fresh object each time", () => {
    const first = emptyStatusCounts();
    first.done = 5;
    expect(emptyStatusCounts().done).toBe(0);
  });
});

describe("progressOf", () => {
  it("is zero without actions", () => {
    expect(progressOf(emptyStatusCounts())).toEqual({ total: 0, done: 0, share: 0 });
  });

  it("divides done by every action that is not dropped", () => {
    const counts = { proposed: 1, planned: 2, in_progress: 3, done: 4, blocked: 0, dropped: 7 };
    expect(progressOf(counts)).toEqual({ total: 10, done: 4, share: 0.4 });
  });

  it("is zero, not NaN, when every action was dropped", () => {
    expect(progressOf({ ...emptyStatusCounts(), dropped: 3 })).toEqual({ total: 0, done: 0, share: 0 });
  });

  it("is one when everything left is done", () => {
    expect(progressOf({ ...emptyStatusCounts(), done: 5, dropped: 2 })).toEqual({ total: 5, done: 5, share: 1 });
  });

  it("counts blocked actions as still to be done", () => {
    expect(progressOf({ ...emptyStatusCounts(), done: 1, blocked: 3 })).toEqual({ total: 4, done: 1, share: 0.25 });
  });
});
