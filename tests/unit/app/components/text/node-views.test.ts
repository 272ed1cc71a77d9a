import { programmeTextExtensions } from "@koers/editor";
import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { editorExtensions } from "../../../../../app/components/text/node-views";

// The browser draws chapters and action blocks with React node views; the document they may
// hold must stay exactly the server's (packages/editor), or the server would drop what the
// browser accepts.
describe("editor node views", () => {
  it("leave the schema as the server has it", () => {
    const spec = (collaborative: boolean, withViews: boolean) => {
      const schema = getSchema(withViews ? editorExtensions({ collaborative }) : programmeTextExtensions({ collaborative }));
      return {
        nodes: Object.fromEntries(Object.entries(schema.nodes).map(([name, type]) => [name, { content: type.spec.content, group: type.spec.group, attrs: Object.keys(type.spec.attrs ?? {}) }])),
        marks: Object.keys(schema.marks),
      };
    };
    expect(spec(true, true)).toEqual(spec(true, false));
    expect(spec(false, true)).toEqual(spec(false, false));
  });

  it("draw chapters and action blocks, and only those", () => {
    const withView = editorExtensions({ collaborative: true })
      .filter((extension) => typeof (extension.config as { addNodeView?: unknown }).addNodeView === "function")
      .map((extension) => extension.name);
    expect(withView.sort()).toEqual(["actionBlock", "chapter"]);
  });
});
