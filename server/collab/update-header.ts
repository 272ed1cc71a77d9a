import * as decoding from "lib0/decoding";
import * as Y from "yjs";

/**
 * Where each client's structs in a Yjs update (v1) begin: client id → first clock. A
 * keystroke's update holds one client, read from the header in a few bytes; updates with
 * several clients are parsed in full by Yjs. Throws on a malformed update.
 */
export function firstClocksOf(update: Uint8Array): Map<number, number> {
  const decoder = decoding.createDecoder(update);
  const clients = decoding.readVarUint(decoder);
  if (clients === 1) {
    decoding.readVarUint(decoder); // number of structs
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    return new Map([[client, clock]]);
  }
  if (clients === 0) return new Map();
  return Y.parseUpdateMeta(update).from;
}
