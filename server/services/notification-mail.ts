import { groupForDigest } from "@koers/domain";
import { isLocale, notificationMessage, translator, type Locale } from "@koers/i18n";
import type { OutgoingMail } from "../mail/outbox.js";

/** The reader of a notification mail. */
export type MailReader = { email: string; name: string; locale: string };
export type MailMunicipality = { id: string; name: string; slug: string };

/** One notification as it goes into a mail: what happened, where, and when. */
export type MailedNotification = {
  kind: string;
  params: Record<string, unknown>;
  link: string;
  createdAt: Date;
  municipality: MailMunicipality;
};

const SUBJECT_TITLE_MAX = 50;

function localeOf(reader: MailReader): Locale {
  return isLocale(reader.locale) ? reader.locale : "nl";
}

/** A sentence ends with a full stop, unless it already ends with punctuation (a reason may). */
function sentence(message: string): string {
  return /[.!?…]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`;
}

/** The title a subject names (action, conversation or signal), cut short so the subject stays short. */
function subjectTitle(params: Record<string, unknown>): string {
  const title = [params.action, params.subject, params.signal].find((value) => typeof value === "string" && value.trim() !== "");
  const text = typeof title === "string" ? title.trim().replace(/\s+/g, " ") : "";
  return text.length > SUBJECT_TITLE_MAX ? `${text.slice(0, SUBJECT_TITLE_MAX - 1).trimEnd()}…` : text;
}

/** An absolute link: the public URL and a path inside Koers. */
export function absoluteLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Where a person changes how they are mailed (the setting is theirs; any municipality's page will do). */
export function preferencesPath(slug: string): string {
  return `/g/${slug}/meldingen/voorkeuren`;
}

/**
 * One notification as a mail in the reader's language: a short subject ("Koers: U bent
 * eigenaar van „…”"), the sentence the inbox shows, the absolute link, and how to change the
 * preferences.
 */
export function singleNotificationMail(reader: MailReader, notification: MailedNotification, publicUrl: string): OutgoingMail {
  const locale = localeOf(reader);
  const t = translator(locale);
  const message = notificationMessage(t, locale, notification.kind, notification.params);
  return {
    to: reader.email,
    subject: `${t("notifications.mail.subjectPrefix")}: ${t(`notifications.mail.subjects.${notification.kind}`, { title: subjectTitle(notification.params) })}`,
    text: t("notifications.mail.single", {
      name: reader.name,
      message: sentence(message),
      link: absoluteLink(publicUrl, notification.link),
      municipality: notification.municipality.name,
      preferencesLink: absoluteLink(publicUrl, preferencesPath(notification.municipality.slug)),
    }),
  };
}

/**
 * The daily overview: every notification not yet mailed, grouped by municipality, each line
 * the inbox sentence with its link under it.
 */
export function digestMail(reader: MailReader, notifications: readonly MailedNotification[], publicUrl: string): OutgoingMail {
  const locale = localeOf(reader);
  const t = translator(locale);
  const groups = groupForDigest(notifications);
  const count = notifications.length;
  const parts = [t("notifications.mail.digest.greeting", { name: reader.name }), t("notifications.mail.digest.intro", { count })];
  for (const group of groups) {
    const lines = [group.municipality.name, "=".repeat(group.municipality.name.length)];
    for (const item of group.items) {
      lines.push(`- ${sentence(notificationMessage(t, locale, item.kind, item.params))}`, `  ${absoluteLink(publicUrl, item.link)}`);
    }
    lines.push("", t("notifications.mail.digest.inbox", { municipality: group.municipality.name, link: absoluteLink(publicUrl, `/g/${group.municipality.slug}/meldingen`) }));
    parts.push(lines.join("\n"));
  }
  const first = groups[0]?.municipality.slug;
  if (first) parts.push(`--\n${t("notifications.mail.digest.footer", { preferencesLink: absoluteLink(publicUrl, preferencesPath(first)) })}`);
  return { to: reader.email, subject: t("notifications.mail.digest.subject", { count }), text: parts.join("\n\n") };
}
