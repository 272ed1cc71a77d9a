import type { CommentItem } from "./types";

const formats = new Map<string, Intl.DateTimeFormat>();

/** "24 nov 2026 14:05" in Dutch time, the same on the server and in the browser (no hydration drift). */
export function formatMoment(iso: string, locale: string): string {
  const key = locale === "nl" ? "nl-NL" : "en-GB";
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(key, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
    formats.set(key, format);
  }
  return format.format(new Date(iso));
}

export type BodyPart = { text: string; mention: boolean };

/**
 * A body split into plain text and the "@Name" mentions the server found in it, so those can
 * be shown as mentions (longest name first, case-insensitive, as the server matched them).
 */
export function bodyParts(body: string, mentions: CommentItem["mentions"]): BodyPart[] {
  const names = [...new Set(mentions.map((m) => `@${m.name}`.toLowerCase()))].sort((a, b) => b.length - a.length);
  if (names.length === 0 || body.length !== body.toLowerCase().length) return [{ text: body, mention: false }];
  const lower = body.toLowerCase();
  const parts: BodyPart[] = [];
  let plainFrom = 0;
  let at = 0;
  while (at < body.length) {
    const name = lower[at] === "@" ? names.find((candidate) => lower.startsWith(candidate, at) && !/[\p{L}\p{N}_]/u.test(body[at + candidate.length] ?? "")) : undefined;
    if (name) {
      if (at > plainFrom) parts.push({ text: body.slice(plainFrom, at), mention: false });
      parts.push({ text: body.slice(at, at + name.length), mention: true });
      at += name.length;
      plainFrom = at;
    } else {
      at += 1;
    }
  }
  if (plainFrom < body.length) parts.push({ text: body.slice(plainFrom), mention: false });
  return parts;
}
