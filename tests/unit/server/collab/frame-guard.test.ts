import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { inspectFrame } from "../../../../server/collab/frame-guard.js";

const NAME = "programme.0b9a3a3e-2f6f-4c2a-9d0e-1b2c3d4e5f60";

function frame(write: (encoder: encoding.Encoder) => void, name = NAME): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function anUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment("default").insert(0, [new Y.XmlElement("paragraph")]);
  return Y.encodeStateAsUpdate(doc);
}

const sync = (step: number, payload: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  });

describe("frame guard", () => {
  it("accepts the messages a provider sends, and recognises updates", () => {
    const update = anUpdate();
    expect(inspectFrame(sync(0, Y.encodeStateVector(new Y.Doc())))).toEqual({ ok: true, documentName: NAME, kind: "other" });
    expect(inspectFrame(sync(2, update))).toMatchObject({ ok: true, kind: "update", update });
    expect(inspectFrame(sync(1, update))).toMatchObject({ ok: true, kind: "update" });
    const auth = frame((e) => {
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint(e, 0);
      encoding.writeVarString(e, "cookie");
      encoding.writeVarString(e, "4.8.0");
    });
    expect(inspectFrame(auth)).toMatchObject({ ok: true, kind: "other" });
    const awareness = frame((e) => {
      encoding.writeVarUint(e, 1);
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 42);
      encoding.writeVarUint(inner, 3);
      encoding.writeVarString(inner, JSON.stringify({ user: { name: "Rana" } }));
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    });
    expect(inspectFrame(awareness)).toMatchObject({ ok: true, kind: "other" });
  });

  it("refuses truncated, unknown and garbled frames", () => {
    const valid = sync(2, anUpdate());
    for (let cut = 0; cut < valid.length; cut++) expect(inspectFrame(valid.slice(0, cut)).ok).toBe(false);
    expect(inspectFrame(frame((e) => encoding.writeVarUint(e, 99)))).toEqual({ ok: false, reason: "bad-type" });
    expect(inspectFrame(sync(7, anUpdate()))).toEqual({ ok: false, reason: "bad-sync-step" });
    expect(inspectFrame(sync(2, new Uint8Array([200, 1, 2, 3])))).toMatchObject({ ok: false });
    expect(inspectFrame(frame((e) => encoding.writeVarUint(e, 0), ""))).toEqual({ ok: false, reason: "bad-address" });
    const badAwareness = frame((e) => {
      encoding.writeVarUint(e, 1);
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarString(inner, "{not json");
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    });
    expect(inspectFrame(badAwareness)).toEqual({ ok: false, reason: "malformed" });
  });
});
