import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation, useParams, useSearchParams } from "@remix-run/react";
import type { CommitmentStatus } from "@koers/domain";
import { CommitmentCard } from "../../components/commitments/CommitmentCard";
import { CommitmentFilters } from "../../components/commitments/CommitmentFilters";
import { JoinableActions } from "../../components/commitments/JoinableActions";
import { STATUS_ORDER, overviewFiltersFrom } from "../../components/commitments/filters";
import { SAVED_PARAM, savedMessage, type Commitment, type CommitmentFormResult } from "../../components/commitments/types";
import { FormAlert } from "../../components/FormAlert";
import { handleCommitmentIntent, todayInNetherlands } from "../../lib/commitments.server";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { load } from "../../lib/trpc-errors.server";
import actionStyles from "../../styles/actions.css";
import styles from "../../styles/commitments.css";

export const links = () => [
  { rel: "stylesheet", href: actionStyles },
  { rel: "stylesheet", href: styles },
];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data?.overview.view === "staff" ? "commitments.page.titleStaff" : "commitments.page.titlePartner");

/**
 * "Onze toezeggingen" for a partner (their organisation's commitments and the actions they
 * could join) and "Toezeggingen" for staff (every organisation's, offers awaiting a decision
 * first). Filters travel in the URL; viewers have no such page (403).
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const filters = overviewFiltersFrom(new URL(request.url).searchParams);
  const overview = await load(request, () => trpc.commitment.overview({ municipalitySlug: params.slug ?? "", ...filters }));
  return { overview, today: todayInNetherlands() };
}

/** Every form on the page handles a commitment; after a change, back here with the filters kept. */
export async function action({ request, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  return handleCommitmentIntent(trpc, request, await request.formData());
}

export default function CommitmentsPage() {
  const t = useT();
  const { overview, today } = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>() as CommitmentFormResult | undefined;
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const { slug = "" } = useParams();
  const staff = overview.view === "staff";
  const saved = posted ? null : savedMessage(searchParams.get(SAVED_PARAM));
  const filtered = overview.filters.domainId !== null;

  const groups: { status: CommitmentStatus | null; items: Commitment[] }[] =
    overview.filters.status !== null
      ? [{ status: overview.filters.status, items: overview.commitments }]
      : STATUS_ORDER.map((status) => ({ status, items: overview.commitments.filter((c) => c.status === status) })).filter((g) => g.items.length > 0);

  return (
    <>
      <h1 className="utrecht-heading-1">{t(staff ? "commitments.page.titleStaff" : "commitments.page.titlePartner")}</h1>
      <p className="utrecht-paragraph">
        {staff
          ? t("commitments.page.introStaff")
          : t("commitments.page.introPartner", { organisation: overview.organisation?.name ?? "" })}
      </p>
      {overview.programme ? (
        <p className="utrecht-paragraph koers-muted">{t("commitments.page.programme", { title: overview.programme.title })}</p>
      ) : (
        <p className="utrecht-paragraph">{t("commitments.page.noProgramme")}</p>
      )}
      <FormAlert kind="ok" message={saved} />
      {posted?.errors?.fields._form && !posted.values?.commitmentId ? <FormAlert message={posted.errors.fields._form} /> : null}

      {overview.programme ? (
        <>
          <CommitmentFilters
            domains={overview.domains}
            domainId={overview.filters.domainId}
            status={overview.filters.status}
            counts={overview.counts}
            clearHref={pathname}
          />

          {groups.length === 0 ? (
            <section className="koers-section" aria-labelledby="commitments-empty-heading">
              <h2 className="utrecht-heading-2" id="commitments-empty-heading">
                {overview.filters.status ? t("commitments.page.groupTitle", { status: t(`commitmentStatus.${overview.filters.status}`), count: 0 }) : t("commitments.page.listTitle")}
              </h2>
              <p className="utrecht-paragraph">
                {t(overview.filters.status || filtered ? "commitments.page.emptyFiltered" : staff ? "commitments.page.emptyStaff" : "commitments.page.emptyPartner")}
              </p>
            </section>
          ) : (
            groups.map((group) => (
              <section key={group.status ?? "all"} className="koers-commitment-group" aria-labelledby={`group-${group.status}`}>
                <h2 className="utrecht-heading-2" id={`group-${group.status}`}>
                  {t("commitments.page.groupTitle", { status: t(`commitmentStatus.${group.status}`), count: group.items.length })}
                </h2>
                {group.items.length === 0 ? (
                  <p className="utrecht-paragraph">{t("commitments.page.emptyFiltered")}</p>
                ) : (
                  <div className="koers-commitment-list">
                    {group.items.map((commitment) => (
                      <CommitmentCard key={commitment.id} commitment={commitment} heading="action" slug={slug} today={today} result={posted} />
                    ))}
                  </div>
                )}
              </section>
            ))
          )}

          {staff ? null : <JoinableActions actions={overview.openActions} slug={slug} filtered={filtered} />}
        </>
      ) : null}
    </>
  );
}
