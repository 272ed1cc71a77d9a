import { TEXT_FIELD, type TextJSON } from "@koers/editor";
import { Collaboration } from "@tiptap/extension-collaboration";
import { CollaborationCaret } from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { useT } from "../../lib/i18n";
import { trackingHref, type ActionTracking } from "./action-tracking";
import { editorExtensions } from "./node-views";
import type { PresenceUser } from "./people";
import { Presence } from "./Presence";
import { SaveStatus } from "./SaveStatus";
import { StoredText } from "./StoredText";
import { TextToolbar } from "./TextToolbar";
import { isFinal, saveStateOf } from "./save-state";
import { TrackingContext, useActionTracking } from "./use-action-tracking";
import { useCollaboration, type CollaborationSession } from "./use-collaboration";
import { colourForUser } from "./user-colour";

type Props = {
  programmeId: string;
  /** The municipality's slug, for links to the actions' pages. */
  slug: string;
  user: { id: string; name: string };
  /** From the capability matrix, until the server says which scope this connection has. */
  canEdit: boolean;
  /** The stored text, rendered on the server: readable before (and without) JavaScript. */
  storedText: TextJSON;
  /** The actions' tracking data as the page loader read it; refreshed while the page is open. */
  tracking: readonly ActionTracking[];
};

/**
 * The programme text: the live editor once the browser has the document, and until then the
 * stored text as the server rendered it. Who may write is decided by the server per
 * connection; the page only follows the scope it is given. Action blocks show their actions'
 * tracking data, fetched again whenever the server says it changed.
 */
export function ProgrammeText(props: Props) {
  const t = useT();
  const session = useCollaboration(props.programmeId, props.user.id);
  const byId = useActionTracking(trackingHref(props.slug, props.programmeId), props.tracking, session?.provider ?? null);
  const tracking = useMemo(() => ({ byId, slug: props.slug }), [byId, props.slug]);
  return (
    <TrackingContext.Provider value={tracking}>
      {session ? (
        <CollaborativeText session={session} {...props} />
      ) : (
        <TextFrame bar={props.canEdit ? null : <ReadOnlyNote />} aside={null}>
          <noscript>
            <p className="utrecht-paragraph koers-text-noscript">{t("text.noScript")}</p>
            <style>{".koers-text-loading{display:none}"}</style>
          </noscript>
          <Fallback storedText={props.storedText} />
        </TextFrame>
      )}
    </TrackingContext.Provider>
  );
}

function CollaborativeText({ session, user, canEdit, storedText }: Props & { session: CollaborationSession }) {
  const t = useT();
  const { doc, provider, connection } = session;
  const ended = isFinal(connection.problem);
  const editable = !ended && (connection.scope ? connection.scope === "read-write" : canEdit);
  const label = t("text.editorLabel");
  const me: PresenceUser = useMemo(() => ({ id: user.id, name: user.name, color: colourForUser(user.id) }), [user.id, user.name]);

  const editor = useEditor(
    {
      immediatelyRender: false,
      editable,
      extensions: [
        ...editorExtensions({ collaborative: true }),
        Collaboration.configure({ document: doc, field: TEXT_FIELD }),
        CollaborationCaret.configure({ provider, user: me, render: renderCaret, selectionRender: renderSelection }),
      ],
      editorProps: { attributes: editorAttributes(label, editable) },
    },
    [doc, provider],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setEditable(editable, false);
    editor.setOptions({ editorProps: { attributes: editorAttributes(label, editable) } });
  }, [editor, editable, label]);

  // Show the live text once it is there: synced with the server, or a local copy from an
  // earlier visit (offline). An empty local copy while offline would hide the stored text.
  const readyNow = connection.synced || (session.localLoaded && session.hasContent) || ended;
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (readyNow) setReady(true);
  }, [readyNow]);

  const bar = !editable ? <ReadOnlyNote /> : editor ? <TextToolbar editor={editor} /> : null;
  return (
    <TextFrame bar={bar} status={<SaveStatus state={saveStateOf(connection)} />} aside={<Presence provider={provider} selfId={user.id} />}>
      {ready ? null : <Fallback storedText={storedText} />}
      <div className="koers-text-editor" hidden={!ready}>
        <EditorContent editor={editor} />
      </div>
    </TextFrame>
  );
}

function TextFrame({ bar, status, aside, children }: { bar: ReactNode; status?: ReactNode; aside: ReactNode; children: ReactNode }) {
  return (
    <div className="koers-text">
      <div className="koers-text-bar">
        <div className="koers-text-bar__tools">{bar}</div>
        {status}
      </div>
      <div className="koers-text-layout">
        <div className="koers-text-column">{children}</div>
        <aside className="koers-text-aside">{aside}</aside>
      </div>
    </div>
  );
}

function ReadOnlyNote() {
  const t = useT();
  return <p className="utrecht-paragraph koers-text-readonly">{t("text.readOnly")}</p>;
}

/** The stored text while the editor loads, or a sentence saying there is none yet. */
function Fallback({ storedText }: { storedText: TextJSON }) {
  const t = useT();
  const empty = !storedText.content?.some((node) => (node.content?.length ?? 0) > 0);
  return (
    <>
      <p className="utrecht-paragraph koers-text-loading" role="status">
        {t("text.loading")}
      </p>
      {empty ? (
        <p className="utrecht-paragraph koers-muted">{t("text.empty")}</p>
      ) : (
        <StoredText text={storedText} className="koers-text-document koers-text-document--stored" />
      )}
    </>
  );
}

function editorAttributes(label: string, editable: boolean): Record<string, string> {
  return {
    class: "koers-text-document",
    role: "textbox",
    "aria-multiline": "true",
    "aria-label": label,
    "aria-readonly": editable ? "false" : "true",
  };
}

/** Someone else's caret with their name. Hidden from screen readers: the presence list says who is here. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === "string" ? user.color : "#154273";
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  caret.setAttribute("aria-hidden", "true");
  caret.style.borderColor = color;
  const label = document.createElement("span");
  label.className = "collaboration-carets__label";
  label.style.backgroundColor = color;
  label.textContent = typeof user.name === "string" ? user.name : "";
  caret.append(label);
  return caret;
}

/** Someone else's selection: their colour at 20%, so dark text on it stays readable (10:1 or more). */
function renderSelection(user: Record<string, unknown>) {
  const color = typeof user.color === "string" && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : null;
  return color ? { style: `background-color: ${color}33`, class: "collaboration-carets__selection" } : {};
}
