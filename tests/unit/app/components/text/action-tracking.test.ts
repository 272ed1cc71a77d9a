import { ACTION_BLOCK_SHORTCUT } from "@koers/editor";
import { translator } from "@koers/i18n";
import { describe, expect, it } from "vitest";
import {
  actionHref,
  describeShortcut,
  isMacPlatform,
  isTrackingChange,
  trackingHref,
  trackingIndex,
  trackingOf,
  type ActionTracking,
} from "../../../../../app/components/text/action-tracking";

const ID = "0b8e7c1a-3f52-4c1e-9d7a-5e2f1c3b4a60";
const row = (id: string, status: ActionTracking["status"] = "proposed"): ActionTracking => ({
  id,
  status,
  ownerName: null,
  dueDate: null,
  overdue: false,
  committedPartners: 0,
  committedOrganisations: [],
  goals: [],
});

describe("tracking-changed messages", () => {
  it("recognises the server's message, whatever actions it names", () => {
    expect(isTrackingChange(JSON.stringify({ type: "tracking-changed", actionIds: [ID] }))).toBe(true);
    expect(isTrackingChange(JSON.stringify({ type: "tracking-changed", actionIds: [] }))).toBe(true);
  });

  it("ignores other messages and anything that is not JSON", () => {
    for (const payload of ["", "tracking-changed", "{", "null", "42", '"tracking-changed"', JSON.stringify({ type: "presence" }), JSON.stringify([{ type: "tracking-changed" }])]) {
      expect(isTrackingChange(payload), payload).toBe(false);
    }
    expect(isTrackingChange(undefined)).toBe(false);
    expect(isTrackingChange({ type: "tracking-changed" })).toBe(false);
  });
});

describe("looking up a block's action", () => {
  it("finds it by id in any case, and nothing for a block not created yet or without id", () => {
    const index = trackingIndex([row(ID, "in_progress"), row("11111111-2222-4333-8444-555555555555")]);
    expect(trackingOf(index, ID)?.status).toBe("in_progress");
    expect(trackingOf(index, ID.toUpperCase())?.status).toBe("in_progress");
    expect(trackingOf(index, "99999999-2222-4333-8444-555555555555")).toBeUndefined();
    expect(trackingOf(index, "")).toBeUndefined();
  });

  it("links to the tracking data and to the action's page", () => {
    expect(trackingHref("lindeveen", "p-1")).toBe("/g/lindeveen/programma/p-1/tekst/acties");
    expect(actionHref("lindeveen", ID)).toBe(`/g/lindeveen/acties/${ID}`);
  });
});

describe("the insert-action shortcut in words", () => {
  it("reads Ctrl+Alt+A on Windows and Linux, ⌘⌥A on a Mac, and names the keys for aria-keyshortcuts", () => {
    expect(describeShortcut(ACTION_BLOCK_SHORTCUT, false)).toEqual({ label: "Ctrl+Alt+A", aria: "Control+Alt+A" });
    expect(describeShortcut(ACTION_BLOCK_SHORTCUT, true)).toEqual({ label: "⌘⌥A", aria: "Meta+Alt+A" });
    expect(describeShortcut("Mod-Shift-x", false)).toEqual({ label: "Ctrl+Shift+X", aria: "Control+Shift+X" });
  });

  it("knows Apple platforms", () => {
    expect(["MacIntel", "iPhone", "iPad"].map(isMacPlatform)).toEqual([true, true, true]);
    expect(["Win32", "Linux x86_64", ""].map(isMacPlatform)).toEqual([false, false, false]);
  });
});

describe("strip wording", () => {
  it("counts committed partners, also when there are none yet", () => {
    const t = translator("nl");
    expect([0, 1, 3].map((count) => t("text.action.committedPartners", { count }))).toEqual(["0 partners toegezegd", "1 partner toegezegd", "3 partners toegezegd"]);
    expect(translator("en")("text.action.committedPartners", { count: 1 })).toBe("1 partner committed");
    expect(t("text.action.pending")).toBe("Nieuwe actie — wordt aangemaakt…");
  });
});
