/**
 * Colours for people in the text: caret, name label and presence list. Thirteen that are told
 * apart at a glance, each dark enough for a white name label on it (at least 5:1; WCAG AA
 * asks 4.5:1 for small text) and light enough at 20% opacity, as someone's selection, for
 * dark text on it. The name always says who it is; the colour only repeats it.
 */
export const USER_COLOURS = [
  "#1565c0", // blue
  "#3949ab", // indigo
  "#5e35b1", // deep purple
  "#8e24aa", // purple
  "#ad1457", // crimson
  "#c62828", // red
  "#a84300", // orange
  "#7a6200", // ochre
  "#4f7a21", // olive
  "#2e7d32", // green
  "#00695c", // teal
  "#6d4c41", // brown
  "#455a64", // slate
] as const;

/** The same colour for the same person on every device and every visit. */
export function colourForUser(userId: string): string {
  return USER_COLOURS[hash(userId) % USER_COLOURS.length]!;
}

/** FNV-1a with MurmurHash3's final mix, so ids that differ in one character land far apart. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
