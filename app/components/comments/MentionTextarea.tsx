import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { mentionQueryAt } from "@koers/domain";
import { useT } from "../../lib/i18n";
import { useHydrated } from "./use-hydrated";
import type { CommentPerson } from "./types";

type Props = {
  id: string;
  name: string;
  label: ReactNode;
  people: readonly CommentPerson[];
  defaultValue?: string;
  error?: string | null | undefined;
  rows?: number;
  /** Focus the field when it appears (the inline edit form). */
  autoFocus?: boolean;
  /** Say how to mention only to screen readers (the small reply and edit forms). */
  quietHint?: boolean;
};

const MAX_SUGGESTIONS = 8;

/** useLayoutEffect in the browser; on the server (where it would only warn) a plain effect. */
const useBrowserLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/** Members whose name contains the query, those whose name (or a word of it) starts with it first. */
export function suggestionsFor(people: readonly CommentPerson[], query: string): CommentPerson[] {
  const q = query.trim().toLocaleLowerCase("nl");
  const scored = people
    .map((person) => {
      const name = person.name.toLocaleLowerCase("nl");
      const at = name.indexOf(q);
      if (at === -1) return null;
      const rank = at === 0 ? 0 : name.split(/\s+/).some((word) => word.startsWith(q)) ? 1 : 2;
      return { person, rank };
    })
    .filter((entry): entry is { person: CommentPerson; rank: number } => entry !== null)
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name, "nl"));
  return scored.slice(0, MAX_SUGGESTIONS).map(({ person }) => person);
}

/**
 * A plain textarea that, once JavaScript runs, suggests members to @mention as one types
 * (WAI-ARIA combobox with a listbox popup: arrows move, Enter or Tab picks, Escape closes).
 * The server finds mentions in the text itself, so typing a full name works just as well —
 * also without JavaScript.
 */
export function MentionTextarea({ id, name, label, people, defaultValue = "", error, rows = 4, autoFocus, quietHint }: Props) {
  const t = useT();
  const hydrated = useHydrated();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(defaultValue);
  const [caret, setCaret] = useState<number | null>(null);
  const [dismissed, setDismissed] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const pendingCaret = useRef<number | null>(null);

  const mention = caret === null ? null : mentionQueryAt(value, caret);
  const suggestions = useMemo(() => (mention ? suggestionsFor(people, mention.query) : []), [people, mention?.query]); // eslint-disable-line react-hooks/exhaustive-deps
  // Escape (or a pick) closes the list for this mention until the typed part is shortened.
  const isDismissed = mention !== null && dismissed !== null && dismissed.start === mention.start && mention.query.startsWith(dismissed.query);
  const open = hydrated && mention !== null && !isDismissed;
  const expanded = open && suggestions.length > 0;
  const activeIndex = Math.min(active, Math.max(0, suggestions.length - 1));

  useEffect(() => setActive(0), [mention?.query]);
  // Text typed before React took over the server's HTML is kept, not reset to the default.
  useEffect(() => {
    const typed = ref.current?.value;
    if (typed !== undefined && typed !== defaultValue) setValue(typed);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  const track = () => setCaret(ref.current?.selectionStart ?? null);

  function choose(person: CommentPerson) {
    if (!mention || caret === null) return;
    const inserted = `@${person.name} `;
    const next = value.slice(0, mention.start) + inserted + value.slice(caret);
    const position = mention.start + inserted.length;
    setValue(next);
    setCaret(position);
    setDismissed({ start: mention.start, query: inserted.slice(1) });
    pendingCaret.current = position;
  }

  // Put the caret after the inserted name as soon as React wrote the new value, before the
  // next key press arrives (a later moment would let fast typing land in front of it).
  useBrowserLayoutEffect(() => {
    const position = pendingCaret.current;
    if (position === null || !ref.current) return;
    pendingCaret.current = null;
    ref.current.focus();
    ref.current.setSelectionRange(position, position);
  }, [value]);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setDismissed(mention);
      return;
    }
    if (!expanded) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((activeIndex + 1) % suggestions.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((activeIndex - 1 + suggestions.length) % suggestions.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(suggestions[activeIndex]!);
    }
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(" ");
  const example = people.find((person) => person.organisation === null)?.name ?? people[0]?.name;
  const optionId = (index: number) => `${listId}-option-${index}`;
  // The combobox roles only once the suggestions can actually appear (i.e. with JavaScript).
  const combobox = hydrated
    ? {
        role: "combobox" as const,
        "aria-autocomplete": "list" as const,
        "aria-expanded": expanded,
        "aria-controls": listId,
        "aria-activedescendant": expanded ? optionId(activeIndex) : undefined,
      }
    : {};

  return (
    <div className={`utrecht-form-field utrecht-form-field--text koers-mention-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className={quietHint ? "koers-visually-hidden" : "utrecht-form-field-description"} id={hintId}>
        {example ? t("comments.mention.hint", { example }) : t("comments.mention.hintGeneric")}
      </div>
      {error ? (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {t(error)}
        </div>
      ) : null}
      <div className="utrecht-form-field__input koers-mention-field__input">
        <textarea
          ref={ref}
          id={id}
          name={name}
          rows={rows}
          maxLength={5000}
          className={`utrecht-textarea utrecht-textarea--html-textarea koers-comment-textarea${error ? " utrecht-textarea--invalid" : ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setCaret(event.target.selectionStart);
          }}
          onSelect={track}
          onClick={track}
          onKeyUp={(event) => {
            if (!["ArrowDown", "ArrowUp", "Enter", "Tab", "Escape"].includes(event.key)) track();
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setCaret(null)}
          {...combobox}
        />
        {hydrated ? (
          <ul id={listId} role="listbox" aria-label={t("comments.mention.listLabel")} className="koers-mention-list" hidden={!expanded}>
            {expanded
              ? suggestions.map((person, index) => (
                  <li
                    key={person.id}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === activeIndex}
                    className="koers-mention-list__option"
                    // Keep the focus (and the caret) in the textarea while picking with the mouse.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(person)}
                  >
                    <span className="koers-mention-list__name">{person.name}</span>
                    {person.organisation ? <span className="koers-mention-list__organisation">{person.organisation}</span> : null}
                  </li>
                ))
              : null}
          </ul>
        ) : null}
        {hydrated ? (
          <div aria-live="polite" aria-atomic="true" className="koers-visually-hidden">
            {open ? (suggestions.length > 0 ? t("comments.mention.count", { count: suggestions.length }) : t("comments.mention.none")) : ""}
          </div>
        ) : null}
      </div>
    </div>
  );
}
