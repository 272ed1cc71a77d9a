/**
 * What the browser keeps of the programme text on this device: each person's copy of each
 * programme in IndexedDB (`koers:<userId>:programme.<id>`, see use-collaboration.ts), and a
 * note in localStorage while that copy holds changes the server has not confirmed yet.
 *
 * Logging out removes all of it (a shared computer in the town hall must not keep anyone's
 * text); the note lets the interface warn first when that would throw away unsaved work.
 * Everything here runs in the browser only and never throws: storage may be unavailable.
 */

/** The login page's notice (`?melding=`) right after logging out: it then forgets the local copies. */
export const LOGGED_OUT = "uitgelogd";

const UNSAVED_PREFIX = "koers:unsaved:";
const COPY_PREFIX = "koers:";

export type UnsavedCopy = { programmeId: string; path: string; title: string; since: string };

const marked = new Set<string>();

function unsavedKey(userId: string, programmeId: string): string {
  return `${UNSAVED_PREFIX}${userId}:${programmeId}`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** This person's copy of this programme (its page: path and title) holds changes the server has not confirmed. */
export function markUnsaved(userId: string, programmeId: string, page: { path: string; title: string }): void {
  const key = unsavedKey(userId, programmeId);
  if (marked.has(key)) return; // once per stretch of unsaved work, not per keystroke
  marked.add(key);
  try {
    storage()?.setItem(key, JSON.stringify({ ...page, since: new Date().toISOString() }));
  } catch {
    // Storage full or refused: the warning is a courtesy, the copy itself is in IndexedDB.
  }
}

/** The server confirmed every change of this copy. */
export function markSaved(userId: string, programmeId: string): void {
  const key = unsavedKey(userId, programmeId);
  marked.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    // See markUnsaved.
  }
}

/** The copies of this person that hold unsaved changes, oldest first. */
export function unsavedCopies(userId: string): UnsavedCopy[] {
  const store = storage();
  if (!store) return [];
  const prefix = `${UNSAVED_PREFIX}${userId}:`;
  const copies: UnsavedCopy[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    try {
      const value = JSON.parse(store.getItem(key) ?? "") as { path?: unknown; title?: unknown; since?: unknown };
      // Only a path of this site (a note could have been written by anyone with this origin's storage).
      if (typeof value.path === "string" && /^\/(?!\/)/.test(value.path) && typeof value.since === "string") {
        const title = typeof value.title === "string" && value.title.trim() ? value.title : value.path;
        copies.push({ programmeId: key.slice(prefix.length), path: value.path, title, since: value.since });
      }
    } catch {
      // A damaged note says nothing.
    }
  }
  return copies.sort((a, b) => a.since.localeCompare(b.since));
}

/**
 * Removes every copy and note Koers keeps in this browser (after logging out). The server also
 * asks the browser to do this (Clear-Site-Data); this covers browsers that do not.
 */
export async function forgetLocalCopies(): Promise<void> {
  marked.clear();
  const store = storage();
  if (store) {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(UNSAVED_PREFIX)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  }
  if (typeof indexedDB === "undefined" || typeof indexedDB.databases !== "function") return;
  try {
    const databases = await indexedDB.databases();
    await Promise.all(
      databases
        .map((database) => database.name)
        .filter((name): name is string => Boolean(name?.startsWith(COPY_PREFIX)))
        .map(
          (name) =>
            new Promise<void>((resolve) => {
              const request = indexedDB.deleteDatabase(name);
              request.onsuccess = request.onerror = request.onblocked = () => resolve();
            }),
        ),
    );
  } catch {
    // Nothing more to do: the browser keeps what it will not let us delete.
  }
}
