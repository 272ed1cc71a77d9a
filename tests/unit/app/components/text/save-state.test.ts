import { describe, expect, it } from "vitest";
import { isFinal, problemOfClose, saveStateOf, type ConnectionSnapshot } from "../../../../../app/components/text/save-state";

const writerSaved: ConnectionSnapshot = {
  status: "connected",
  hadDisconnect: false,
  authenticated: true,
  scope: "read-write",
  synced: true,
  unsynced: 0,
  problem: null,
};
const with_ = (change: Partial<ConnectionSnapshot>): ConnectionSnapshot => ({ ...writerSaved, ...change });

describe("saveStateOf", () => {
  it.each<[string, Partial<ConnectionSnapshot>, string]>([
    ["everything confirmed", {}, "saved"],
    ["a change not yet confirmed", { unsynced: 1 }, "saving"],
    ["first connection under way", { status: "connecting", authenticated: false, synced: false, scope: null }, "connecting"],
    ["connected, not yet accepted", { authenticated: false, synced: false }, "connecting"],
    ["connected and accepted, first sync not done", { synced: false, unsynced: 1 }, "connecting"],
    ["lost the connection", { status: "disconnected", hadDisconnect: true }, "offline"],
    ["trying again after losing it", { status: "connecting", hadDisconnect: true, unsynced: 3 }, "offline"],
    ["a reader, up to date", { scope: "readonly" }, "live"],
    ["a reader offline", { scope: "readonly", status: "disconnected", hadDisconnect: true }, "offlineReader"],
    ["a reader with refused local changes", { scope: "readonly", unsynced: 1 }, "readOnlyChanges"],
    ["storage down, reconnecting", { problem: "storage-unavailable", status: "connecting", hadDisconnect: true }, "storageUnavailable"],
    ["too large, still unconfirmed", { problem: "document-too-large", unsynced: 1 }, "tooLarge"],
    ["too large, no longer connected", { problem: "document-too-large", status: "disconnected", hadDisconnect: true }, "tooLarge"],
    ["role changed, reconnecting", { problem: "access-changed", status: "connecting", hadDisconnect: true }, "accessChanged"],
    ["removed from the municipality", { problem: "access-revoked", status: "disconnected" }, "accessRevoked"],
    ["not a member", { problem: "no-access", status: "disconnected", authenticated: false }, "noAccess"],
    ["a passing problem, now confirmed", { problem: "storage-unavailable" }, "saved"],
  ])("%s", (_name, change, expected) => {
    expect(saveStateOf(with_(change))).toBe(expected);
  });

  it("never says saved while anything is unconfirmed, offline or not accepted", () => {
    const statuses = ["connecting", "connected", "disconnected"] as const;
    for (const status of statuses)
      for (const authenticated of [true, false])
        for (const synced of [true, false])
          for (const unsynced of [0, 1, 5])
            for (const hadDisconnect of [true, false]) {
              const state = saveStateOf({ status, authenticated, synced, unsynced, hadDisconnect, scope: "read-write", problem: null });
              const confirmed = status === "connected" && authenticated && synced && unsynced === 0;
              expect(state === "saved", JSON.stringify({ status, authenticated, synced, unsynced })).toBe(confirmed);
            }
  });
});

describe("problemOfClose", () => {
  it.each([
    [4401, "access-changed"],
    [4403, "access-revoked"],
    [4413, "document-too-large"],
    [1009, "document-too-large"],
    [4500, "storage-unavailable"],
    [4400, "connection-error"],
    [1006, null],
    [1000, null],
  ])("%i → %s", (code, problem) => {
    expect(problemOfClose(code)).toBe(problem);
  });
});

describe("isFinal", () => {
  it("ends the session on refusals that reconnecting would meet again, and only on those", () => {
    expect(isFinal("access-revoked")).toBe(true);
    expect(isFinal("no-access")).toBe(true);
    // The provider would resend the same too-large change on every reconnect.
    expect(isFinal("document-too-large")).toBe(true);
    for (const passing of ["access-changed", "storage-unavailable", "load-failed", "connection-error", null] as const) expect(isFinal(passing)).toBe(false);
  });
});
