import { useEffect, useState } from "react";
import { useT } from "../../lib/i18n";
import type { SaveState } from "./save-state";

/** While someone types, "saved" must hold this long before it is shown (and announced). */
const SETTLE_MS = 400;

const TONE: Partial<Record<SaveState, "ok" | "warning" | "error">> = {
  saved: "ok",
  live: "ok",
  offline: "warning",
  offlineReader: "warning",
  storageUnavailable: "warning",
  loadFailed: "warning",
  connectionError: "warning",
  accessChanged: "warning",
  readOnlyChanges: "warning",
  tooLarge: "error",
  accessRevoked: "error",
  noAccess: "error",
};

/**
 * The save state in words, in a polite live region. Anything but "saved" shows at once;
 * "saved" only after it has held for a moment, so a screen reader does not hear
 * "saving… saved" for every keystroke. It never says "saved" while something is unsaved.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useT();
  const [shown, setShown] = useState<SaveState>(state);

  useEffect(() => {
    if (state !== "saved" || shown === "saved" || shown === "connecting") {
      setShown(state);
      return;
    }
    const timer = setTimeout(() => setShown(state), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [state, shown]);

  const display = state === "saved" ? shown : state;
  const tone = TONE[display];
  return (
    <p className={`koers-save-state${tone ? ` koers-save-state--${tone}` : ""}`} role="status" aria-live="polite" data-state={display}>
      <span className="koers-save-state__dot" aria-hidden="true" />
      {t(`text.state.${display}`)}
    </p>
  );
}
