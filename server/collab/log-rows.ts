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
