import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, NavLink, Outlet, useLoaderData, useMatches, useRouteLoaderData } from "@remix-run/react";
import { idSchema } from "@koers/domain";
import { koers } from "../../lib/context.server";
import { useLocale, useT } from "../../lib/i18n";
import { load } from "../../lib/trpc-errors.server";
import { StatusBadge } from "../../components/StatusBadge";
import { formatIsoDate } from "../../components/programme/format";
import styles from "../../styles/programme.css";
import type { MunicipalityData } from "../municipality/layout";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const PROGRAMME_LAYOUT_ID = "routes/programme/layout";

/** The programme as read on every page below it; a programme of another municipality is a 404. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const programmeId = params.programmeId ?? "";
  if (!idSchema.safeParse(programmeId).success) throw new Response("Not Found", { status: 404 });
  const [overview, programmes] = await load(request, () =>
    Promise.all([trpc.programme.overview({ programmeId }), trpc.programme.list({ municipalitySlug: params.slug ?? "" })]),
  );
  if (!programmes.some((p) => p.id === programmeId)) throw new Response("Not Found", { status: 404 });
  return overview;
}

export type ProgrammeData = Awaited<ReturnType<typeof loader>>;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.programme.title} — Koers` : "Koers" }];

/**
 * The programme's header: title, status and term, and — for admins — the way to its settings.
 * On the overview the title is the page's h1; on the pages below it (actions, dashboard …)
 * those pages bring their own h1 and the title is shown as context above it.
 */
export default function ProgrammeLayout() {
  const t = useT();
  const locale = useLocale();
  const { programme } = useLoaderData<typeof loader>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const isOverview = useMatches().at(-1)?.id === "routes/programme/overview";
  const capabilities = municipality?.capabilities ?? [];
  const canSetUp = capabilities.includes("programme.manage") || capabilities.includes("domain.manage");
  const base = `/g/${municipality?.municipality.slug ?? ""}/programma/${programme.id}`;
  const term = t("programme.term", {
    start: formatIsoDate(programme.termStart, locale, "long"),
    end: formatIsoDate(programme.termEnd, locale, "long"),
  });
  const Title = isOverview ? "h1" : "p";
  return (
    <>
      <header className="koers-programme-header">
        <div className="koers-programme-header__main">
          <Title className={isOverview ? "utrecht-heading-1 koers-programme-header__title" : "koers-programme-header__context"}>
            {isOverview ? (
              programme.title
            ) : (
              <Link to={base} className="utrecht-link">
                {programme.title}
              </Link>
            )}
          </Title>
          <p className="utrecht-paragraph koers-programme-header__meta">
            <span className="koers-visually-hidden">{t("programme.statusLabel")}: </span>
            <StatusBadge kind="programme" status={programme.status} />
            <span className="koers-programme-header__term">
              <span className="koers-visually-hidden">{t("programme.termLabel")}: </span>
              {term}
            </span>
          </p>
        </div>
        {canSetUp ? (
          <p className="utrecht-paragraph koers-programme-header__tools">
            <NavLink to={`${base}/instellingen`} className="utrecht-link koers-settings-link">
              {t("programme.settingsLink")}
            </NavLink>
          </p>
        ) : null}
      </header>
      <Outlet />
    </>
  );
}
