import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { encodeLogRow, updatesOfRow } from "../../../../server/collab/log-rows.js";

/** Keystroke-sized updates of one writer, as Yjs emits them. */
function keystrokes(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getText("t").insert(i, String(i % 10));
  return updates;
}

describe("update log rows", () => {
  it("stores one update as it is, byte for byte", () => {
    const [update] = keystrokes(1);
    expect(encodeLogRow([update!])).toBe(update);
    expect(updatesOfRow(update!, 1)).toEqual([update]);
  });

  it("stores several updates as a list that gives back exactly those updates, in order", () => {
    const updates = keystrokes(25);
    const row = encodeLogRow(updates);
    expect(updatesOfRow(row, updates.length)).toEqual(updates);
    // Applied from the row, they make the same document as applied one by one.
    const doc = new Y.Doc();
    for (const update of updatesOfRow(row, updates.length)) Y.applyUpdate(doc, update);
    expect(doc.getText("t").toString()).toBe("0123456789012345678901234");
  });

  it("refuses a row that holds fewer or more updates than its count says", () => {
    const row = encodeLogRow(keystrokes(3));
    expect(() => updatesOfRow(row, 4)).toThrow();
    expect(() => updatesOfRow(row, 2)).toThrow();
  });
});
