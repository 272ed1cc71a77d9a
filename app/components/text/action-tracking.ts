import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../../server/trpc/root";

/** What an action block's tracking strip shows about its action (action.tracking). */
export type ActionTracking = inferRouterOutputs<AppRouter>["action"]["tracking"][number];

/** The message the collaboration server sends to every open editor when tracking data changed. */
export const TRACKING_CHANGED = "tracking-changed";

/** Where the page fetches the tracking data again (app/routes/programme/text-tracking.ts). */
export function trackingHref(slug: string, programmeId: string): string {
  return `/g/${slug}/programma/${programmeId}/tekst/acties`;
}

/** An action's own page, where it is tracked. */
export function actionHref(slug: string, actionId: string): string {
  return `/g/${slug}/acties/${actionId}`;
}

/**
 * Whether a stateless message from the collaboration server says tracking data changed. The
 * payload is a JSON string (`{"type":"tracking-changed","actionIds":[…]}`); anything else —
 * other messages, or text that is not JSON — is not ours and is ignored.
 */
export function isTrackingChange(payload: unknown): boolean {
  if (typeof payload !== "string") return false;
  try {
    const message = JSON.parse(payload) as unknown;
    return typeof message === "object" && message !== null && (message as { type?: unknown }).type === TRACKING_CHANGED;
  } catch {
    return false;
  }
}

/**
 * The tracking data by action id, for the blocks to look up. Ids compare in lower case: the
 * server stores UUIDs in lower case whatever case a block's attribute was written in.
 */
export function trackingIndex(actions: readonly ActionTracking[]): ReadonlyMap<string, ActionTracking> {
  return new Map(actions.map((action) => [action.id.toLowerCase(), action]));
}

export function trackingOf(index: ReadonlyMap<string, ActionTracking>, actionId: string): ActionTracking | undefined {
  return actionId ? index.get(actionId.toLowerCase()) : undefined;
}

/**
 * A Tiptap shortcut ("Mod-Alt-a") as people read it on their platform ("Ctrl+Alt+A", or
 * "⌘⌥A" on a Mac) and as `aria-keyshortcuts` names it ("Control+Alt+A" / "Meta+Alt+A").
 */
export function describeShortcut(shortcut: string, mac: boolean): { label: string; aria: string } {
  const parts = shortcut.split("-");
  const key = (parts.pop() ?? "").toUpperCase();
  const names: Record<string, { pc: string; mac: string; aria: string }> = {
    Mod: { pc: "Ctrl", mac: "⌘", aria: mac ? "Meta" : "Control" },
    Ctrl: { pc: "Ctrl", mac: "⌃", aria: "Control" },
    Alt: { pc: "Alt", mac: "⌥", aria: "Alt" },
    Shift: { pc: "Shift", mac: "⇧", aria: "Shift" },
  };
  const modifiers = parts.map((part) => names[part] ?? { pc: part, mac: part, aria: part });
  return {
    label: mac ? [...modifiers.map((m) => m.mac), key].join("") : [...modifiers.map((m) => m.pc), key].join("+"),
    aria: [...modifiers.map((m) => m.aria), key].join("+"),
  };
}

/** Apple keyboards put ⌘ where others have Ctrl (Tiptap's "Mod" follows the same test). */
export function isMacPlatform(platform: string): boolean {
  return /Mac|iP(hone|[oa]d)/.test(platform);
}
