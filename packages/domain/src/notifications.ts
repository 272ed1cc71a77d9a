import { z } from "zod";

/**
 * How notifications reach a person by mail: one mail each, one daily overview, or none (the
 * inbox in Koers always has them). A setting of the person, the same in every municipality.
 */
export const NOTIFICATION_MODES = ["immediately", "daily", "off"] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

export const notificationModeSchema = z.enum(NOTIFICATION_MODES, { error: "errors.notification.modeInvalid" });

/** The inbox shows all notifications or only the unread ones. */
export const INBOX_FILTERS = ["all", "unread"] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];
export const INBOX_PAGE_SIZE = 20;

/** What the inbox URL says (?filter=unread&pagina=2), read leniently: anything odd is the default. */
export function inboxQueryFrom(params: URLSearchParams): { filter: InboxFilter; page: number } {
  const filter = params.get("filter") === "unread" ? "unread" : "all";
  const page = Number(params.get("pagina"));
  return { filter, page: Number.isInteger(page) && page > 1 && page < 10_000 ? page : 1 };
}

/** The inbox URL for a filter and page, without defaults (so the plain inbox is just "?"). */
export function inboxSearch(query: { filter: InboxFilter; page: number }): string {
  const params = new URLSearchParams();
  if (query.filter !== "all") params.set("filter", query.filter);
  if (query.page > 1) params.set("pagina", String(query.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export type DigestGroup<T> = { municipality: { id: string; name: string; slug: string }; items: T[] };

/**
 * The daily overview: a person's unmailed notifications grouped by municipality (municipalities
 * by name, Dutch order), each group oldest first, so the mail reads as what happened since the
 * last one.
 */
export function groupForDigest<T extends { municipality: { id: string; name: string; slug: string }; createdAt: Date }>(
  items: readonly T[],
): DigestGroup<T>[] {
  const groups = new Map<string, DigestGroup<T>>();
  for (const item of items) {
    let group = groups.get(item.municipality.id);
    if (!group) {
      group = { municipality: item.municipality, items: [] };
      groups.set(item.municipality.id, group);
    }
    group.items.push(item);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => a.municipality.name.localeCompare(b.municipality.name, "nl") || a.municipality.id.localeCompare(b.municipality.id),
  );
  for (const group of sorted) group.items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return sorted;
}
