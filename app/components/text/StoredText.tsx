import { programmeTextExtensions, type TextJSON } from "@koers/editor";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { renderToReactElement } from "@tiptap/static-renderer/pm/react";
import type { ReactNode } from "react";
import { TrackingStrip } from "./TrackingStrip";

const EXTENSIONS = programmeTextExtensions();

/** An action block as stored: the same card and tracking strip the editor draws. */
function StoredActionBlock({ node, children }: { node: ProseMirrorNode; children?: ReactNode }) {
  const actionId = String(node.attrs.actionId ?? "");
  return (
    <div className="koers-action" data-action-id={actionId}>
      <div className="koers-action__content">{children}</div>
      <TrackingStrip actionId={actionId} title={node.firstChild?.textContent.trim() ?? ""} />
    </div>
  );
}

/**
 * The programme text as stored, rendered on the server from the same schema the editor uses
 * (Tiptap's static renderer): readable before JavaScript runs, without it, and in print.
 * Action blocks carry their tracking strips here too (from the surrounding TrackingContext).
 */
export function StoredText({ text, className }: { text: TextJSON; className?: string }) {
  return (
    <div className={className}>
      {renderToReactElement({ content: text, extensions: EXTENSIONS, options: { nodeMapping: { actionBlock: StoredActionBlock } } })}
    </div>
  );
}
