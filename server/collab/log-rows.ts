import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/**
 * A row of the update log holds the updates one writer made to one document within one group
 * commit. One update is stored as it is; several as a lib0 list (each a varUint8Array), in the
 * order they were applied. The updates themselves are never merged or re-encoded: what is
 * stored is byte for byte what Yjs applied.
 */
export function encodeLogRow(updates: readonly Uint8Array[]): Uint8Array {
  if (updates.length === 1) return updates[0]!;
  const encoder = encoding.createEncoder();
  for (const update of updates) encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The updates of one stored row (`updateCount` says how many it holds). Throws on a damaged row. */
export function updatesOfRow(bytes: Uint8Array, updateCount: number): Uint8Array[] {
  if (updateCount === 1) return [bytes];
  const decoder = decoding.createDecoder(bytes);
  const updates: Uint8Array[] = [];
  for (let i = 0; i < updateCount; i++) updates.push(decoding.readVarUint8Array(decoder));
  if (decoding.hasContent(decoder)) throw new Error("update log row holds more than its count says");
  return updates;
}

/**
 * The updates of many rows as one lib0 list (a varUint8Array each) in a buffer of its own, to
 * hand to another thread in one transfer instead of as thousands of small copies. A row of
 * several updates already is such a list and goes in as it is, once its lengths are checked;
 * a single update gets its length in front. Throws on a damaged row, like `updatesOfRow`.
 */
export function concatLogRows(rows: readonly { update: Uint8Array; updateCount: number }[]): { list: Uint8Array; count: number } {
  const encoder = encoding.createEncoder();
  let count = 0;
  for (const row of rows) {
    if (row.updateCount === 1) encoding.writeVarUint8Array(encoder, row.update);
    else {
      checkList(row.update, row.updateCount);
      encoding.writeUint8Array(encoder, row.update);
    }
    count += row.updateCount;
  }
  return { list: encoding.toUint8Array(encoder), count };
}

/** A row of `count` varUint8Arrays, walked without copying them. */
function checkList(bytes: Uint8Array, count: number): void {
  const decoder = decoding.createDecoder(bytes);
  for (let i = 0; i < count; i++) {
    const length = decoding.readVarUint(decoder);
    if (decoder.pos + length > bytes.length) throw new Error("update log row is cut short");
    decoder.pos += length;
  }
  if (decoding.hasContent(decoder)) throw new Error("update log row holds more than its count says");
}
