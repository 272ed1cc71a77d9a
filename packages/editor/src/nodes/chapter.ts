import { mergeAttributes, Node } from "@tiptap/core";

/**
 * One chapter of the programme: bound to a Domain by `domainId`; its heading is the domain's
 * name (`title`, kept by the server when the domain is renamed, not typed by writers). Inside:
 * free text and action blocks. Chapters follow the introduction, in the domains' order.
 */
export const Chapter = Node.create({
  name: "chapter",
  group: "chapter",
  content: "(block | actionBlock)+",
  defining: true,
  isolating: true,
  selectable: false,
  addAttributes() {
    return {
      domainId: {
        default: "",
        parseHTML: (element) => element.getAttribute("data-domain-id") ?? "",
        renderHTML: (attributes) => ({ "data-domain-id": attributes.domainId as string }),
      },
      title: {
        default: "",
        parseHTML: (element) => element.getAttribute("data-title") ?? "",
        renderHTML: (attributes) => ({ "data-title": attributes.title as string }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "section[data-domain-id]", contentElement: "div.koers-chapter__body" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      "section",
      mergeAttributes(HTMLAttributes, { class: "koers-chapter" }),
      // The editor draws this heading in a node view (not editable); here for reading and print.
      ["h2", { class: "koers-chapter__title" }, String(node.attrs.title ?? "")],
      ["div", { class: "koers-chapter__body" }, 0],
    ];
  },
});
