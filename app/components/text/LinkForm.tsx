import type { Editor } from "@tiptap/core";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { FormField, textboxClass } from "../FormField";
import { useT } from "../../lib/i18n";
import { normaliseHref } from "./link-href";

type Props = {
  id: string;
  editor: Editor;
  /** Closed: back to the editor after a change, to the link button after cancelling. */
  onClose: (returnTo: "editor" | "button") => void;
};

/**
 * Adds, changes or removes the link at the cursor. A plain form below the toolbar (not a
 * modal): the address field gets focus, Escape cancels, and the schema decides which
 * addresses are allowed (http, https, mailto, site paths).
 */
export function LinkForm({ id, editor, onClose }: Props) {
  const t = useT();
  const current = editor.getAttributes("link").href as string | undefined;
  const [href, setHref] = useState(current ?? "");
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  function save(event: FormEvent) {
    event.preventDefault();
    const value = normaliseHref(href);
    if (value === "") return setError("text.link.required");
    // The schema's own rule (packages/editor) decides; the form only explains a refusal.
    if (!editor.can().setLink({ href: value })) {
      setError("text.link.invalid");
      input.current?.focus();
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: value, marks: [{ type: "link", attrs: { href: value } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href: value }).run();
    }
    onClose("editor");
  }

  function remove() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose("editor");
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onClose("button");
  }

  return (
    <form id={id} className="koers-link-form" aria-label={t("text.link.heading")} onSubmit={save} onKeyDown={onKeyDown} noValidate>
      <FormField id={`${id}-href`} label={t("text.link.address")} description={t("text.link.addressHint")} error={error}>
        {(field) => (
          <input
            {...field}
            ref={input}
            className={textboxClass(Boolean(error))}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={href}
            onChange={(event) => {
              setHref(event.target.value);
              setError(null);
            }}
          />
        )}
      </FormField>
      <div className="koers-link-form__actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("text.link.save")}
        </button>
        {current ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={remove}>
            {t("text.link.remove")}
          </button>
        ) : null}
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => onClose("button")}>
          {t("text.link.cancel")}
        </button>
      </div>
    </form>
  );
}
