import { describe, expect, it } from "vitest";
import {
  ACTION_STATUSES,
  checkDeadline,
  isLiveAction,
  mayReportProgress,
  requestCounts,
  requestItemStatus,
  requestTargets,
  ROLES,
  UPDATE_REQUEST_MESSAGE_MAX,
  updateRequestInput,
  type ActionStatus,
} from "@koers/domain";

const me = "3f1c9d7e-2b4a-4c6d-8e9f-0a1b2c3d4e5f";
const someoneElse = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const domainId = "11111111-2222-4333-8444-555555555555";

describe("checkDeadline", () => {
  it("accepts today and later days", () => {
    expect(checkDeadline("2026-05-10", "2026-05-10")).toBeNull();
    expect(checkDeadline("2026-05-11", "2026-05-10")).toBeNull();
    expect(checkDeadline("2027-01-01", "2026-12-31")).toBeNull();
  });

  it("refuses a day that has passed", () => {
    expect(checkDeadline("2026-05-09", "2026-05-10")).toBe("errors.updateRequest.deadlinePast");
    expect(checkDeadline("2025-12-31", "2026-01-01")).toBe("errors.updateRequest.deadlinePast");
  });

  it("refuses what is not a calendar day", () => {
    expect(checkDeadline("2026-02-30", "2026-01-01")).toBe("errors.date.invalid");
    expect(checkDeadline("morgen", "2026-01-01")).toBe("errors.date.invalid");
  });
});

describe("updateRequestInput", () => {
  it("takes a deadline, an optional message and the list's filters", () => {
    expect(updateRequestInput.parse({ deadline: "2026-06-01" })).toEqual({ deadline: "2026-06-01", message: "", filters: {} });
    const parsed = updateRequestInput.parse({
      deadline: "2026-06-01",
      message: "  Graag vóór de commissie.  ",
      filters: { domainId, status: ["planned"], overdue: true, sort: "title", page: 3 },
    });
    expect(parsed.message).toBe("Graag vóór de commissie.");
    // Sorting and paging have nothing to do with whom a request goes to.
    expect(parsed.filters).toEqual({ domainId, status: ["planned"], overdue: true });
  });

  it("limits the message to 2000 characters", () => {
    expect(updateRequestInput.safeParse({ deadline: "2026-06-01", message: "x".repeat(UPDATE_REQUEST_MESSAGE_MAX) }).success).toBe(true);
    const tooLong = updateRequestInput.safeParse({ deadline: "2026-06-01", message: "x".repeat(UPDATE_REQUEST_MESSAGE_MAX + 1) });
    expect(tooLong.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(["message:errors.updateRequest.messageTooLong"]);
  });

  it("refuses a deadline that is not a day", () => {
    const bad = updateRequestInput.safeParse({ deadline: "2026-13-01" });
    expect(bad.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(["deadline:errors.date.invalid"]);
  });
});

describe("isLiveAction and requestTargets", () => {
  it("asks only about live actions: not archived, not done, not dropped", () => {
    const live = ACTION_STATUSES.filter((status) => isLiveAction({ archived: false, status }));
    expect(live).toEqual(["proposed", "planned", "in_progress", "blocked"]);
    for (const status of ACTION_STATUSES) expect(isLiveAction({ archived: true, status })).toBe(false);
  });

  it("gives an item to each live action with an owner and counts the live ones without", () => {
    const action = (id: string, status: ActionStatus, ownerId: string | null, archived = false) => ({ id, status, ownerId, archived });
    const { items, skippedWithoutOwner } = requestTargets([
      action("a", "planned", me),
      action("b", "in_progress", someoneElse),
      action("c", "blocked", null),
      action("d", "proposed", null),
      action("e", "done", me),
      action("f", "dropped", null),
      action("g", "planned", me, true),
      action("h", "planned", null, true),
    ]);
    expect(items.map((i) => i.id)).toEqual(["a", "b"]);
    // Finished or archived actions without an owner are not "skipped": they were never asked about.
    expect(skippedWithoutOwner).toBe(2);
  });
});

describe("requestItemStatus and requestCounts", () => {
  it("is answered once an update came in, whatever the date", () => {
    expect(requestItemStatus({ answeredAt: new Date("2026-05-01T10:00:00Z") }, "2026-05-10", "2026-05-01")).toBe("answered");
    expect(requestItemStatus({ answeredAt: "2026-05-20T10:00:00Z" }, "2026-05-10", "2026-06-01")).toBe("answered");
  });

  it("is open up to and on the deadline, overdue the day after", () => {
    expect(requestItemStatus({ answeredAt: null }, "2026-05-10", "2026-05-09")).toBe("open");
    expect(requestItemStatus({ answeredAt: null }, "2026-05-10", "2026-05-10")).toBe("open");
    expect(requestItemStatus({ answeredAt: null }, "2026-05-10", "2026-05-11")).toBe("overdue");
  });

  it("counts the items of a request by status", () => {
    const items = [{ answeredAt: new Date() }, { answeredAt: null }, { answeredAt: null }];
    expect(requestCounts(items, "2026-05-10", "2026-05-10")).toEqual({ total: 3, answered: 1, open: 2, overdue: 0 });
    expect(requestCounts(items, "2026-05-10", "2026-05-11")).toEqual({ total: 3, answered: 1, open: 0, overdue: 2 });
    expect(requestCounts([], "2026-05-10", "2026-05-11")).toEqual({ total: 0, answered: 0, open: 0, overdue: 0 });
  });
});

describe("mayReportProgress", () => {
  it("lets those who track actions report on any action", () => {
    for (const role of ROLES) {
      const expected = role === "admin" || role === "civil_servant";
      expect(mayReportProgress({ role, userId: me }, { ownerId: someoneElse }), role).toBe(expected);
      expect(mayReportProgress({ role, userId: me }, { ownerId: null }), role).toBe(expected);
    }
  });

  it("lets the owner report on their own action whatever their role", () => {
    for (const role of ROLES) expect(mayReportProgress({ role, userId: me }, { ownerId: me }), role).toBe(true);
  });
});
