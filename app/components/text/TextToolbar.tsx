import { ACTION_BLOCK_SHORTCUT } from "@koers/editor";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../../lib/i18n";
import { describeShortcut, isMacPlatform } from "./action-tracking";
import { LinkForm } from "./LinkForm";

type Tool = {
  key: string;
  /** Translation key of the button's name (visible text = accessible name). */
  label: string;
  active: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
  className?: string;
};

const TOOLS: Tool[] = [
  { key: "h2", label: "text.toolbar.heading2", active: (e) => e.isActive("heading", { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { key: "h3", label: "text.toolbar.heading3", active: (e) => e.isActive("heading", { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { key: "bold", label: "text.toolbar.bold", active: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run(), className: "koers-tool--bold" },
  { key: "italic", label: "text.toolbar.italic", active: (e) => e.isActive("italic"), run: (e) => e.chain().focus().toggleItalic().run(), className: "koers-tool--italic" },
  { key: "underline", label: "text.toolbar.underline", active: (e) => e.isActive("underline"), run: (e) => e.chain().focus().toggleUnderline().run(), className: "koers-tool--underline" },
  { key: "bulletList", label: "text.toolbar.bulletList", active: (e) => e.isActive("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
  { key: "orderedList", label: "text.toolbar.orderedList", active: (e) => e.isActive("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { key: "blockquote", label: "text.toolbar.blockquote", active: (e) => e.isActive("blockquote"), run: (e) => e.chain().focus().toggleBlockquote().run() },
];

const LINK_FORM_ID = "koers-link-form";

/** Where a group of buttons ends, for the visual separators. */
const GROUP_ENDS = new Set(["h3", "underline", "orderedList"]);

/**
 * The formatting toolbar (WAI-ARIA toolbar pattern): one tab stop, arrow keys, Home and End
 * move between the buttons; each button says in words what it does and, with aria-pressed,
 * whether it is on where the cursor is. The link button opens a small form below it.
 * "Actie toevoegen" puts an action block in the chapter the cursor is in; outside a chapter
 * it stays in the toolbar (aria-disabled, so it can still be found) and says why it does nothing.
 */
export function TextToolbar({ editor }: { editor: Editor }) {
  const t = useT();
  const [current, setCurrent] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      ...Object.fromEntries(TOOLS.map((tool) => [tool.key, tool.active(e)])),
      link: e.isActive("link"),
      canInsertAction: e.can().insertActionBlock(),
    }),
  }) as Record<string, boolean>;
  // "Actie toevoegen" first (this page's own command), then formatting, the link last.
  const ACTION = 0;
  const FIRST_TOOL = 1;
  const LINK = FIRST_TOOL + TOOLS.length;
  const count = LINK + 1;
  // The toolbar only exists in the browser (the editor is made in an effect), so navigator is there.
  const shortcut = useMemo(() => describeShortcut(ACTION_BLOCK_SHORTCUT, isMacPlatform(navigator.platform)), []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: count - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + count) % count;
    setCurrent(index);
    buttons.current[index]?.focus();
  }

  /** A toggle when `pressed` is a boolean; a plain command button when it is null. */
  const button = (index: number, label: string, pressed: boolean | null, onClick: () => void, extra: Record<string, string | boolean> = {}, className = "") => (
    <button
      key={label}
      ref={(element) => {
        buttons.current[index] = element;
      }}
      type="button"
      className={`koers-tool ${className}`.trim()}
      aria-pressed={pressed ?? undefined}
      tabIndex={index === current ? 0 : -1}
      onFocus={() => setCurrent(index)}
      // Keep the editor's selection while clicking (the command focuses the editor again).
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      {...extra}
    >
      {t(label)}
    </button>
  );

  return (
    <div className="koers-text-toolbar-wrap">
      <div role="toolbar" aria-label={t("text.toolbar.label")} className="koers-text-toolbar" onKeyDown={onKeyDown}>
        {button(
          ACTION,
          "text.toolbar.insertAction",
          null,
          () => {
            if (state.canInsertAction) editor.chain().focus().insertActionBlock().run();
          },
          {
            "aria-keyshortcuts": shortcut.aria,
            "aria-disabled": !state.canInsertAction,
            title: state.canInsertAction ? t("text.toolbar.insertActionTitle", { shortcut: shortcut.label }) : t("text.toolbar.insertActionOutside"),
          },
          "koers-tool--action",
        )}
        <span className="koers-text-toolbar__separator" aria-hidden="true" />
        {TOOLS.map((tool, index) => [
          button(FIRST_TOOL + index, tool.label, Boolean(state[tool.key]), () => tool.run(editor), {}, tool.className),
          GROUP_ENDS.has(tool.key) ? <span key={`${tool.key}-sep`} className="koers-text-toolbar__separator" aria-hidden="true" /> : null,
        ])}
        {button(LINK, "text.toolbar.link", Boolean(state.link), () => setLinkOpen((open) => !open), {
          "aria-expanded": linkOpen,
          ...(linkOpen ? { "aria-controls": LINK_FORM_ID } : {}),
        })}
      </div>
      {linkOpen ? (
        <LinkForm
          id={LINK_FORM_ID}
          editor={editor}
          onClose={(returnTo) => {
            setLinkOpen(false);
            if (returnTo === "editor") editor.commands.focus();
            else buttons.current[LINK]?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
