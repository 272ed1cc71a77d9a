import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { load } from "../../lib/trpc-errors.server";
import notificationStyles from "../../styles/notifications.css";

export const links = () => [{ rel: "stylesheet", href: notificationStyles }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const municipalitySlug = params.slug ?? "";
  const [home, unread] = await Promise.all([
    load(request, () => trpc.municipality.home({ municipalitySlug })),
    load(request, () => trpc.notification.unreadCount({ municipalitySlug })),
  ]);
  // Those who triage signals see how many wait for them.
  const programmeId = home.currentProgramme?.id;
  const toTriage =
    programmeId && home.capabilities.includes("signal.triage")
      ? (await load(request, () => trpc.signal.toTriage({ programmeId }))).count
      : 0;
  return { ...home, unreadCount: unread.count, signalsToTriage: toTriage };
}

/** The unread count follows every navigation (and, as always, every form sent). */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  defaultShouldRevalidate || currentUrl.href !== nextUrl.href;

export type MunicipalityData = Awaited<ReturnType<typeof loader>>;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.municipality.name} — Koers` : "Koers" },
];

/** The municipality's pages share this navigation; each item shows only to those it serves. */
export default function MunicipalityLayout() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const base = `/g/${data.municipality.slug}`;
  const programme = data.currentProgramme ? `${base}/programma/${data.currentProgramme.id}` : null;
  const items = [
    { to: base, label: t("nav.overview"), end: true, show: true },
    { to: programme ?? "", label: t("nav.programme"), end: true, show: programme !== null },
    { to: `${programme}/tekst`, label: t("nav.text"), end: false, show: programme !== null },
    { to: `${programme}/acties`, label: t("nav.actions"), end: false, show: programme !== null },
    { to: `${programme}/dashboard`, label: t("nav.dashboard"), end: false, show: programme !== null },
    { to: `${programme}/lacunes`, label: t("nav.gaps"), end: false, show: programme !== null },
    {
      to: `${programme}/signalen`,
      label: t("nav.signals"),
      end: false,
      show: programme !== null,
      count: data.signalsToTriage,
      countWords: "nav.toTriage",
      testId: "triage-count",
    },
    {
      to: `${base}/toezeggingen`,
      label: t("nav.commitments"),
      end: false,
      show: data.capabilities.includes("commitment.make") || data.capabilities.includes("commitment.decide"),
    },
    { to: `${programme}/voortgangsverzoeken`, label: t("nav.requests"), end: false, show: programme !== null && data.capabilities.includes("update.request") },
    {
      to: `${base}/meldingen`,
      label: t("nav.notifications"),
      end: false,
      show: true,
      count: data.unreadCount,
      countWords: "nav.unread",
      testId: "unread-count",
    },
    { to: `${base}/leden`, label: t("nav.members"), end: false, show: data.capabilities.includes("member.view") },
  ];
  return (
    <>
      <nav className="utrecht-nav-bar koers-nav" aria-label={t("nav.label")}>
        <ul className="utrecht-nav-list koers-nav__list">
          {items
            .filter((item) => item.show)
            .map((item) => (
              <li key={item.to} className="utrecht-nav-list__item">
                <NavLink to={item.to} end={item.end} className="utrecht-nav-list__link koers-nav__link">
                  {item.label}
                  {"count" in item && item.count ? <NavCount count={item.count} words={item.countWords} testId={item.testId} /> : null}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <div className="koers-page">
        <Outlet />
      </div>
    </>
  );
}

/** A number beside a navigation item (unread notifications, signals to triage): a badge for the eye, words for screen readers. */
function NavCount({ count, words, testId }: { count: number; words: string; testId: string }) {
  const t = useT();
  const shown = count > 99 ? "99+" : String(count);
  return (
    <>
      <span className="koers-nav__count" aria-hidden="true" data-testid={testId}>
        {shown}
      </span>
      <span className="koers-visually-hidden"> ({t(words, { count })})</span>
    </>
  );
}
