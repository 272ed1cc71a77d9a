import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/*
 * Frames for fuzz.test.ts, all drawn from a seeded generator so a failing run repeats: random
 * bytes, valid frames cut short, valid headers with garbage, mutated and hand-crafted Yjs
 * updates, oversized and text frames.
 */

export type Kind = "viewer" | "writer" | "unauthenticated";
export type Frame = { data: Uint8Array | string; label: string };

/** One frame of a randomly chosen category, addressed to `address`. */
export function fuzzFrame(rng: Rng, address: string, kind: Kind, maxMessageBytes: number): Frame {
  const category = rng.pick(["valid", "random", "truncated", "garbage", "mutated", "crafted", "crafted", "oversized", "text"] as const);
  switch (category) {
    case "valid":
      return { data: validFrame(rng, address, kind), label: "valid" };
    case "random":
      return { data: rng.bytes(rng.int(rng.int(2) ? 16 : 400)), label: "random" };
    case "truncated": {
      const frame = validFrame(rng, address, kind);
      return { data: frame.slice(0, rng.int(frame.length)), label: "truncated" };
    }
    case "garbage":
      return {
        data: message(address, (e) => {
          encoding.writeVarUint(e, rng.int(11));
          if (rng.int(2)) encoding.writeVarUint(e, rng.int(4));
          encoding.writeVarUint8Array(e, rng.bytes(rng.int(64)));
          if (rng.int(4) === 0) encoding.writeUint8Array(e, rng.bytes(rng.int(8)));
        }),
        label: "garbage",
      };
    case "mutated":
      return { data: syncUpdate(address, mutate(rng, realUpdate(rng))), label: "mutated-update" };
    case "crafted":
      return { data: syncUpdate(address, craftedUpdate(rng)), label: "crafted-update" };
    case "oversized":
      return { data: rng.int(2) ? rng.bytes(maxMessageBytes + 1 + rng.int(2_000)) : syncUpdate(address, realUpdate(rng, maxMessageBytes)), label: "oversized" };
    case "text":
      return { data: rng.int(2) ? "hallo" : String.fromCharCode(...rng.bytes(rng.int(40))), label: "text" };
  }
}

/** A frame a provider could send: sync step 1 or 2, an update, awareness, auth, stateless, query, close. */
function validFrame(rng: Rng, address: string, kind: Kind): Uint8Array {
  switch (rng.int(8)) {
    case 0:
      return message(address, (e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
      });
    case 1:
    case 2:
      return syncUpdate(address, realUpdate(rng), rng.int(2) ? 1 : 2);
    case 3:
      return message(address, (e) => {
        encoding.writeVarUint(e, 1);
        const inner = encoding.createEncoder();
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, 1 + rng.int(2 ** 30));
        encoding.writeVarUint(inner, rng.int(100));
        encoding.writeVarString(inner, rng.int(5) ? JSON.stringify({ user: { name: "Fuzz", color: "#000" } }) : "null");
        encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
      });
    case 4:
      return authFrame(address, kind === "unauthenticated" && rng.int(2) ? "x" : "cookie");
    case 5:
      return message(address, (e) => {
        encoding.writeVarUint(e, 5);
        encoding.writeVarString(e, "stateless");
      });
    case 6:
      return message(address, (e) => encoding.writeVarUint(e, 3));
    default:
      return rng.int(4) ? message(address, (e) => encoding.writeVarUint(e, 3)) : message(address, (e) => encoding.writeVarUint(e, 7));
  }
}

/** A real Yjs update: paragraphs with text, formatting, map entries, deletions. */
function realUpdate(rng: Rng, minBytes = 0): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 1 + rng.int(2 ** 31);
  const fragment = doc.getXmlFragment("default");
  const paragraph = new Y.XmlElement(rng.pick(["paragraph", "heading", "bulletList"]));
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  fragment.insert(0, [paragraph]);
  text.insert(0, minBytes > 0 ? "x".repeat(minBytes + 1) : `fuzz ${rng.int(1e6)} `, rng.int(2) ? { bold: true } : undefined);
  if (rng.int(2)) text.delete(0, 2);
  if (rng.int(3) === 0) doc.getMap("meta").set(`k${rng.int(10)}`, rng.int(2) ? [1, "a", null] : { nested: true });
  paragraph.setAttribute("level", String(rng.int(4)));
  return Y.encodeStateAsUpdate(doc);
}

/** A real update with a few bytes flipped, inserted, removed, or cut off. */
function mutate(rng: Rng, update: Uint8Array): Uint8Array {
  const bytes = Array.from(update);
  for (let n = 1 + rng.int(3); n > 0; n--) {
    const at = rng.int(bytes.length);
    const how = rng.int(4);
    if (how === 0) bytes[at] = rng.int(256);
    else if (how === 1) bytes.splice(at, 0, rng.int(256));
    else if (how === 2) bytes.splice(at, 1);
    else bytes.length = at;
  }
  return new Uint8Array(bytes);
}

/** Client ids of earlier crafted updates, for later ones to reference. */
const craftedClients: number[] = [1, 2, 3];

/**
 * A structurally decodable update (format v1) with random origins, parents, contents and
 * deletions: references to clocks that do not exist (yet), to the writer's own future, to
 * other crafted clients; zero lengths; runs of one client split or repeated.
 *
 * The structs' own client ids are fresh for each update. A forged id that repeats a range
 * the server already holds can still break Yjs (the skipped test in fuzz.test.ts); refusing
 * that needs the live document, which the frame guard does not have.
 */
function craftedUpdate(rng: Rng): Uint8Array {
  const e = encoding.createEncoder();
  const own = [1_000_000 + rng.int(2 ** 30), 1_000_000 + rng.int(2 ** 30)];
  const clients = [...own, rng.pick(craftedClients), rng.pick(craftedClients)];
  craftedClients.push(...own);
  const clock = () => rng.pick([0, 1, 2, rng.int(10), rng.int(1_000), 2 ** 31 + rng.int(100)]);
  const clientCount = 1 + rng.int(2);
  encoding.writeVarUint(e, clientCount);
  for (let c = 0; c < clientCount; c++) {
    const structCount = 1 + rng.int(3);
    encoding.writeVarUint(e, structCount);
    encoding.writeVarUint(e, rng.pick(own));
    encoding.writeVarUint(e, clock());
    for (let s = 0; s < structCount; s++) {
      const kind = rng.int(10);
      if (kind === 0) {
        encoding.writeUint8(e, rng.pick([0, 10])); // GC or Skip
        encoding.writeVarUint(e, rng.int(5));
        continue;
      }
      const contentRef = rng.pick([1, 4, 4, 4, 6, 7, 8]);
      const hasOrigin = rng.int(2) === 1;
      const hasRightOrigin = rng.int(3) === 0;
      const hasParentSub = rng.int(4) === 0;
      encoding.writeUint8(e, contentRef | (hasOrigin ? 0x80 : 0) | (hasRightOrigin ? 0x40 : 0) | (hasParentSub ? 0x20 : 0));
      if (hasOrigin) encoding.writeVarUint(e, rng.pick(clients)), encoding.writeVarUint(e, clock());
      if (hasRightOrigin) encoding.writeVarUint(e, rng.pick(clients)), encoding.writeVarUint(e, clock());
      if (!hasOrigin && !hasRightOrigin) {
        if (rng.int(2)) {
          encoding.writeVarUint(e, 1);
          encoding.writeVarString(e, rng.pick(["default", "meta", "other"]));
        } else {
          encoding.writeVarUint(e, 0);
          encoding.writeVarUint(e, rng.pick(clients));
          encoding.writeVarUint(e, clock());
        }
        if (hasParentSub) encoding.writeVarString(e, rng.pick(["key", "level", ""]));
      }
      if (contentRef === 1) encoding.writeVarUint(e, rng.int(4));
      else if (contentRef === 4) encoding.writeVarString(e, rng.pick(["", "a", "tekst"]));
      else if (contentRef === 6) encoding.writeVarString(e, "bold"), encoding.writeVarString(e, rng.pick(["true", "null", "{}"]));
      else if (contentRef === 7) {
        const typeRef = rng.int(7);
        encoding.writeVarUint(e, typeRef);
        if (typeRef === 3 || typeRef === 5) encoding.writeVarString(e, "paragraph");
      } else {
        const count = rng.int(3);
        encoding.writeVarUint(e, count);
        for (let i = 0; i < count; i++) encoding.writeAny(e, rng.pick([1, "a", null, { a: 1 }, [true]]));
      }
    }
  }
  const deleteClients = rng.int(3);
  encoding.writeVarUint(e, deleteClients);
  for (let c = 0; c < deleteClients; c++) {
    encoding.writeVarUint(e, rng.pick(clients));
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, clock());
    encoding.writeVarUint(e, rng.int(5));
  }
  return encoding.toUint8Array(e);
}

export function message(address: string, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, address);
  write(e);
  return encoding.toUint8Array(e);
}

export function syncUpdate(address: string, update: Uint8Array, step = 2): Uint8Array {
  return message(address, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, update);
  });
}

export function authFrame(address: string, token = "cookie"): Uint8Array {
  return message(address, (e) => {
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
    encoding.writeVarString(e, "4.8.0");
  });
}

export function uuid(rng: Rng): string {
  const hex = Array.from(rng.bytes(16), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type Rng = { int(below: number): number; pick<T>(items: readonly T[]): T; bytes(length: number): Uint8Array };

/** mulberry32: small, fast and seedable, so a failing run can be repeated exactly. */
export function prng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    int: (below) => Math.floor(next() * below),
    pick: (items) => items[rng.int(items.length)]!,
    bytes: (length) => Uint8Array.from({ length }, () => rng.int(256)),
  };
  return rng;
}
