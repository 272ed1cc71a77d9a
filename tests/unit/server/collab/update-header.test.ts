import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { firstClocksOf } from "../../../../server/collab/update-header.js";

describe("firstClocksOf", () => {
  it("reads a keystroke's client and clock from the header, and agrees with Yjs for any update", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const updates: Uint8Array[] = [];
    a.on("update", (update: Uint8Array) => updates.push(update));
    a.getText("t").insert(0, "hallo");
    a.getText("t").insert(5, " wereld");
    b.getText("t").insert(0, "b");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    a.getText("t").delete(0, 2);
    const merged = Y.encodeStateAsUpdate(a);
    for (const update of [...updates, merged, Y.encodeStateAsUpdate(new Y.Doc())]) {
      expect(firstClocksOf(update)).toEqual(Y.parseUpdateMeta(update).from);
    }
    expect(firstClocksOf(updates[1]!)).toEqual(new Map([[a.clientID, 5]]));
  });
});
