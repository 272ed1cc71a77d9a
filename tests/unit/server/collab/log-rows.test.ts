import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import { concatLogRows, encodeLogRow, updatesOfRow } from "../../../../server/collab/log-rows.js";

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

  it("joins many rows into one list of all their updates, in order, in a buffer of its own", () => {
    const updates = keystrokes(40);
    const rows = [
      { update: encodeLogRow(updates.slice(0, 1)), updateCount: 1 },
      { update: encodeLogRow(updates.slice(1, 25)), updateCount: 24 },
      { update: encodeLogRow(updates.slice(25, 26)), updateCount: 1 },
      { update: encodeLogRow(updates.slice(26)), updateCount: 14 },
    ];
    const { list, count } = concatLogRows(rows);
    expect(count).toBe(40);
    const decoder = decoding.createDecoder(list);
    const read = Array.from({ length: count }, () => decoding.readVarUint8Array(decoder));
    expect(decoding.hasContent(decoder)).toBe(false);
    expect(read).toEqual(updates);
    // Its own buffer, exactly as long: safe to transfer to a worker.
    expect(list.byteOffset).toBe(0);
    expect(list.buffer.byteLength).toBe(list.byteLength);
    for (const row of rows) expect(row.update.buffer).not.toBe(list.buffer);
  });

  it("refuses to join a row that is cut short or holds more than its count says", () => {
    const row = encodeLogRow(keystrokes(3));
    expect(() => concatLogRows([{ update: row, updateCount: 4 }])).toThrow();
    expect(() => concatLogRows([{ update: row, updateCount: 2 }])).toThrow();
    expect(() => concatLogRows([{ update: row.subarray(0, row.length - 2), updateCount: 3 }])).toThrow();
  });
});
