import { TEXT_FIELD, type TextJSON } from "@koers/editor";
import { Collaboration } from "@tiptap/extension-collaboration";
import { CollaborationCaret } from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useT } from "../../lib/i18n";
import { describeShortcut, isMacPlatform, trackingHref, type ActionTracking } from "./action-tracking";
import { CommentHighlights } from "./comment-highlights";
import { CommentButton, SelectionCommentButton } from "./comments/CommentButtons";
import { CommentPanel } from "./comments/CommentPanel";
import { ReadingCaret } from "./comments/ReadingCaret";
import type { CommentResult } from "./comments/forms";
import { COMMENT_SHORTCUT } from "./comments/selection";
import { commentsHref, textHref, type MentionPerson, type TextThread } from "./comments/types";
import { useCommentThreads } from "./comments/use-comment-threads";
import { useHighlightBridge, useTextComments } from "./comments/use-text-comments";
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
  /** What the logout page calls this text when it holds unsaved changes. */
  programmeTitle: string;
  /** The municipality's slug, for links to the actions' pages. */
  slug: string;
  user: { id: string; name: string };
  /** From the capability matrix, until the server says which scope this connection has. */
  canEdit: boolean;
  /** The stored text, rendered on the server: readable before (and without) JavaScript. */
  storedText: TextJSON;
  /** The actions' tracking data as the page loader read it; refreshed while the page is open. */
  tracking: readonly ActionTracking[];
  /** The threads on the text as the page loader read them, the one to open, and a comment form's answer (without JavaScript). */
  comments: { threads: readonly TextThread[]; people: readonly MentionPerson[]; openThreadId: string | null; result: CommentResult | null };
};

/**
 * The programme text: the live editor once the browser has the document, and until then the
 * stored text as the server rendered it. Who may write is decided by the server per
 * connection; the page only follows the scope it is given. Action blocks show their actions'
 * tracking data, fetched again whenever the server says it changed.
 */
export function ProgrammeText(props: Props) {
  const t = useT();
  const session = useCollaboration(props.programmeId, props.user.id, props.programmeTitle);
  const byId = useActionTracking(trackingHref(props.slug, props.programmeId), props.tracking, session?.provider ?? null);
  const tracking = useMemo(() => ({ byId, slug: props.slug }), [byId, props.slug]);
  const { threads, refresh } = useCommentThreads(commentsHref(props.slug, props.programmeId), props.comments.threads, session?.provider ?? null);
  return (
    <TrackingContext.Provider value={tracking}>
      {session ? (
        <CollaborativeText session={session} threads={threads} refreshThreads={refresh} {...props} />
      ) : (
        <TextFrame
          bar={props.canEdit ? null : <ReadOnlyNote />}
          aside={null}
          comments={
            <CommentPanel
              threads={threads}
              people={props.comments.people}
              places={null}
              activeId={props.comments.openThreadId}
              openThreadId={props.comments.openThreadId}
              formAction={textHref(props.slug, props.programmeId)}
              pageResult={props.comments.result}
              draft={null}
              notice={null}
              confirmation={null}
              startHint={null}
              onActivate={() => {}}
              onShowInText={null}
              onChanged={refresh}
              onDraftDone={() => {}}
            />
          }
        >
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

type LiveProps = Props & { session: CollaborationSession; threads: readonly TextThread[]; refreshThreads: () => void };

function CollaborativeText({ session, user, canEdit, storedText, threads, refreshThreads, slug, programmeId, comments }: LiveProps) {
  const t = useT();
  const { doc, provider, connection } = session;
  const ended = isFinal(connection.problem);
  const editable = !ended && (connection.scope ? connection.scope === "read-write" : canEdit);
  const label = t("text.editorLabel");
  const me: PresenceUser = useMemo(() => ({ id: user.id, name: user.name, color: colourForUser(user.id) }), [user.id, user.name]);
  const bridge = useHighlightBridge();
  // The editor (and so this component's content) only exists in the browser.
  const mac = useMemo(() => isMacPlatform(navigator.platform), []);

  const editor = useEditor(
    {
      immediatelyRender: false,
      editable,
      extensions: [
        ...editorExtensions({ collaborative: true }),
        Collaboration.configure({ document: doc, field: TEXT_FIELD }),
        CollaborationCaret.configure({ provider, user: me, render: renderCaret, selectionRender: renderSelection }),
        CommentHighlights.configure({ current: () => bridge.input, onActivate: (threadId) => bridge.activate(threadId) }),
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

  const live = ready && editor !== null;
  const discussion = useTextComments({ bridge, editor: live ? editor : null, editable, threads, openThreadId: comments.openThreadId, refresh: refreshThreads, mac });
  const shortcut = describeShortcut(COMMENT_SHORTCUT, mac);

  const bar = !editable ? <ReadOnlyNote /> : editor ? <TextToolbar editor={editor} /> : null;
  const panel = (
    <CommentPanel
      threads={threads}
      people={comments.people}
      places={discussion.places}
      activeId={discussion.activeId}
      openThreadId={comments.openThreadId}
      formAction={textHref(slug, programmeId)}
      pageResult={comments.result}
      draft={discussion.draft}
      notice={discussion.notice}
      confirmation={discussion.confirmation}
      startHint={live ? t(editable ? "text.comments.startHintWriter" : "text.comments.startHintReader", { shortcut: shortcut.label }) : null}
      startButton={live ? <CommentButton shortcut={shortcut} onStart={discussion.startFromSelection} /> : null}
      onActivate={discussion.activate}
      onShowInText={live ? discussion.showInText : null}
      onChanged={discussion.onChanged}
      onDraftDone={discussion.onDraftDone}
    />
  );
  return (
    <TextFrame bar={bar} status={<SaveStatus state={saveStateOf(connection)} />} aside={<Presence provider={provider} selfId={user.id} />} comments={panel}>
      {ready ? null : <Fallback storedText={storedText} />}
      <div className="koers-text-editor" hidden={!ready}>
        <EditorContent editor={editor} />
      </div>
      {live ? <SelectionCommentButton editor={editor} shortcut={shortcut} onStart={discussion.startFromSelection} /> : null}
      {live && !editable ? <ReadingCaret editor={editor} mac={mac} /> : null}
    </TextFrame>
  );
}

function TextFrame({ bar, status, aside, comments, children }: { bar: ReactNode; status?: ReactNode; aside: ReactNode; comments: ReactNode; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  // The comments stay in view below the bar, whose height depends on how the toolbar wraps.
  useEffect(() => {
    const element = barRef.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => frame.current?.style.setProperty("--koers-text-bar-height", `${element.offsetHeight}px`));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="koers-text" ref={frame}>
      <div className="koers-text-bar" ref={barRef}>
        <div className="koers-text-bar__tools">{bar}</div>
        {status}
      </div>
      <div className="koers-text-layout">
        <div className="koers-text-column">{children}</div>
        {aside ? <aside className="koers-text-aside">{aside}</aside> : null}
        <div className="koers-text-comments">{comments}</div>
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
    // A read-only text still takes the focus: its caret selects text to comment on (ReadingCaret).
    ...(editable ? {} : { tabindex: "0" }),
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
