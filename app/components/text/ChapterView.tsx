import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";

/**
 * A chapter in the editor: the domain's name as its heading — kept by the server when the
 * domain is renamed, so not editable here — above the chapter's own text and action blocks.
 */
export function ChapterView({ node }: ReactNodeViewProps) {
  return (
    <NodeViewWrapper className="koers-chapter" data-domain-id={String(node.attrs.domainId ?? "")}>
      <h2 className="koers-chapter__title" contentEditable={false}>
        {String(node.attrs.title ?? "")}
      </h2>
      <NodeViewContent className="koers-chapter__body" />
    </NodeViewWrapper>
  );
}
