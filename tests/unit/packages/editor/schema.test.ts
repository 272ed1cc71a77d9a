import { programmeTextSchema, readActionBlocks, yDocFromJSON, jsonFromYDoc, type TextJSON } from "@koers/editor";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";

const D1 = "d1000000-0000-4000-8000-000000000001";
const A = "a0000000-0000-4000-8000-00000000000a";
const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const intro = { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Inleiding" }] };

describe("programme text schema", () => {
  it("is an introduction followed by chapters, with action blocks only inside chapters", () => {
    const valid: TextJSON = {
      type: "doc",
      content: [intro, { type: "chapter", attrs: { domainId: D1, title: "Onderwijs" }, content: [p("Tekst."), { type: "actionBlock", attrs: { actionId: A }, content: [p("Titel")] }] }],
    };
    expect(() => yDocFromJSON(valid)).not.toThrow();
    const outside = { type: "doc", content: [{ type: "actionBlock", attrs: { actionId: A }, content: [p("Titel")] }] } as TextJSON;
    expect(() => yDocFromJSON(outside)).toThrow();
    const textAfterChapters = { type: "doc", content: [intro, valid.content![1]!, p("Na de hoofdstukken")] } as TextJSON;
    expect(() => yDocFromJSON(textAfterChapters)).toThrow();
    const nested = { type: "doc", content: [intro, { type: "chapter", attrs: { domainId: D1, title: "X" }, content: [{ type: "chapter", attrs: { domainId: D1, title: "Y" }, content: [p("x")] }] }] } as TextJSON;
    expect(() => yDocFromJSON(nested)).toThrow();
    expect(Object.keys(programmeTextSchema().nodes)).toEqual(expect.arrayContaining(["chapter", "actionBlock"]));
  });

  it("keeps chapter and block attributes through Yjs", () => {
    const json: TextJSON = {
      type: "doc",
      content: [intro, { type: "chapter", attrs: { domainId: D1, title: "Onderwijs" }, content: [{ type: "actionBlock", attrs: { actionId: A }, content: [p("Titel")] }] }],
    };
    expect(jsonFromYDoc(yDocFromJSON(json))).toEqual(json);
  });
});

describe("readActionBlocks", () => {
  it("reads id, chapter, title, description and a stable item key per block, in order", () => {
    const doc = yDocFromJSON({
      type: "doc",
      content: [
        intro,
        {
          type: "chapter",
          attrs: { domainId: D1, title: "Onderwijs" },
          content: [
            p("Inleidende tekst telt niet mee."),
            {
              type: "actionBlock",
              attrs: { actionId: A },
              content: [
                { type: "paragraph", content: [{ type: "text", text: "Eén " }, { type: "text", text: "loket", marks: [{ type: "bold" }] }] },
                p("Voor zorgvragen van scholen."),
                { type: "bulletList", content: [{ type: "listItem", content: [p("Wijkteam")] }, { type: "listItem", content: [p("Leerplicht")] }] },
              ],
            },
            { type: "actionBlock", attrs: { actionId: "" }, content: [{ type: "paragraph" }] },
          ],
        },
      ],
    });
    const blocks = readActionBlocks(doc);
    expect(blocks.map(({ blockKey, ...rest }) => rest)).toEqual([
      { actionId: A, domainId: D1, title: "Eén loket", description: "Voor zorgvragen van scholen.\n\n- Wijkteam\n- Leerplicht" },
      { actionId: "", domainId: D1, title: "", description: "" },
    ]);
    expect(blocks[0]!.blockKey).toMatch(/^\d+:\d+$/);
    // The key is the same on another replica.
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    expect(readActionBlocks(replica).map((b) => b.blockKey)).toEqual(blocks.map((b) => b.blockKey));
  });
});
