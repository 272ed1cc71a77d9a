import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import type { CSSProperties } from "react";
import { useT } from "../../lib/i18n";
import { TrackingStrip } from "./TrackingStrip";

/**
 * An action block in the editor: a framed card with the writers' text (first line = the
 * action's title, the rest its description) and, below it, the action's tracking strip.
 */
export function ActionBlockView({ node }: ReactNodeViewProps) {
  const t = useT();
  const actionId = String(node.attrs.actionId ?? "");
  const title = node.firstChild?.textContent.trim() ?? "";
  // The empty title line says what belongs there (CSS shows it; it is not part of the text).
  const placeholder = { "--koers-action-placeholder": JSON.stringify(t("text.action.titlePlaceholder")) } as CSSProperties;
  return (
    <NodeViewWrapper className="koers-action" data-action-id={actionId}>
      <NodeViewContent className="koers-action__content" style={placeholder} />
      <TrackingStrip actionId={actionId} title={title} />
    </NodeViewWrapper>
  );
}
