import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams, useRouteLoaderData } from "@remix-run/react";
import { inboxQueryFrom, inboxSearch, type InboxFilter } from "@koers/domain";
import { notificationMessage } from "@koers/i18n";
import { FormAlert } from "../../components/FormAlert";
import { absoluteTime, relativeTime } from "../../components/notifications/time";
import { koers } from "../../lib/context.server";
import { text } from "../../lib/form-data";
import { useLocale, useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, load, safeRedirect } from "../../lib/trpc-errors.server";
import type { MunicipalityData } from "../municipality/layout";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notifications.inbox.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const query = inboxQueryFrom(new URL(request.url).searchParams);
  const inbox = await load(request, () => trpc.notification.list({ municipalitySlug: params.slug ?? "", ...query }));
  // "Now" travels with the data, so the server and the browser say "3 uur geleden" alike.
  return json({ ...inbox, now: new Date().toISOString() });
}

/**
 * "Openen" marks the notification read and goes where it leads (a plain POST and a redirect:
 * no JavaScript needed); "Alles als gelezen markeren" clears the unread count.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const municipalitySlug = params.slug ?? "";
  const form = await request.formData();
  const intent = text(form, "intent");
  try {
    if (intent === "open") {
      const { link } = await trpc.notification.open({ notificationId: text(form, "notificationId") });
      return redirect(safeRedirect(link, `/g/${municipalitySlug}/meldingen`));
    }
    if (intent === "markAllRead") {
      await trpc.notification.markAllRead({ municipalitySlug });
      return json({ ok: "notifications.inbox.allMarked", error: null });
    }
    return json({ ok: null, error: "errors.generic" }, { status: 400 });
  } catch (error) {
    return json({ ok: null, error: formErrorsOf(error, request).form ?? "errors.generic" }, { status: 400 });
  }
}

export default function Inbox() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout")?.municipality;
  const base = `/g/${useParams().slug ?? ""}/meldingen`;
  const hrefFor = (filter: InboxFilter, page = 1) => `${base}${inboxSearch({ filter, page })}`;
  const counts: Record<InboxFilter, number> = { all: data.allCount, unread: data.unreadCount };
  return (
    <>
      <h1 className="utrecht-heading-1">{t("notifications.inbox.title")}</h1>
      <p className="utrecht-paragraph">{t("notifications.inbox.intro", { municipality: municipality?.name ?? "" })}</p>
      <FormAlert kind="ok" message={result?.ok} />
      <FormAlert message={result?.error} />

      <div className="koers-inbox__tools">
        <nav aria-label={t("notifications.inbox.filterLabel")}>
          <ul className="koers-inbox__filters">
            {(["all", "unread"] as const).map((filter) => (
              <li key={filter}>
                <Link
                  to={hrefFor(filter)}
                  className="koers-inbox__filter"
                  aria-current={data.filter === filter ? "page" : undefined}
                >
                  {t(`notifications.inbox.filters.${filter}`)} ({counts[filter]})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="koers-inbox__actions">
          {data.unreadCount > 0 ? (
            <form method="post" className="koers-inline-form">
              <input type="hidden" name="intent" value="markAllRead" />
              <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                {t("notifications.inbox.markAllRead")}
              </button>
            </form>
          ) : null}
          <Link to={`${base}/voorkeuren`} className="utrecht-link">
            {t("notifications.inbox.preferences")}
          </Link>
        </div>
      </div>

      {data.items.length === 0 ? (
        <p className="utrecht-paragraph">{t(data.filter === "unread" ? "notifications.inbox.emptyUnread" : "notifications.inbox.empty")}</p>
      ) : (
        <ol className="koers-inbox__list" aria-label={t("notifications.inbox.listLabel")}>
          {data.items.map((item) => {
            const message = notificationMessage(t, locale, item.kind, item.params);
            const relative = relativeTime(item.createdAt, data.now, locale, t("notifications.inbox.justNow"));
            const absolute = absoluteTime(item.createdAt, locale);
            return (
              <li key={item.id} className={`koers-inbox__item${item.read ? "" : " koers-inbox__item--unread"}`}>
                <div className="koers-inbox__body">
                  <p className="utrecht-paragraph koers-inbox__message">
                    {item.read ? null : <span className="utrecht-status-badge koers-badge koers-badge--new">{t("notifications.inbox.new")}</span>}
                    {message}
                  </p>
                  <time className="koers-inbox__meta" dateTime={item.createdAt}>
                    {relative ? `${relative} · ${absolute}` : absolute}
                  </time>
                </div>
                <form method="post" className="koers-inline-form">
                  <input type="hidden" name="intent" value="open" />
                  <input type="hidden" name="notificationId" value={item.id} />
                  {/* The visible word first, then which notification (WCAG 2.5.3, label in name). */}
                  <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={`${t("notifications.inbox.open")}: ${message}`}>
                    {t("notifications.inbox.open")}
                  </button>
                </form>
              </li>
            );
          })}
        </ol>
      )}

      {data.pages > 1 ? (
        <nav aria-label={t("notifications.inbox.paging.label")} className="koers-inbox__paging">
          {data.page > 1 ? (
            <Link to={hrefFor(data.filter, data.page - 1)} className="utrecht-link" rel="prev">
              {t("notifications.inbox.paging.previous")}
            </Link>
          ) : null}
          <span>{t("notifications.inbox.paging.position", { page: data.page, pages: data.pages })}</span>
          {data.page < data.pages ? (
            <Link to={hrefFor(data.filter, data.page + 1)} className="utrecht-link" rel="next">
              {t("notifications.inbox.paging.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
