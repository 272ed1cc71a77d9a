import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { idSchema, searchParamsFromFilters } from "@koers/domain";
import { koers } from "../../lib/context.server";
import { useLocale, useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { load } from "../../lib/trpc-errors.server";
import { CoverageMatrix } from "../../components/insight/CoverageMatrix";
import { GapList } from "../../components/insight/GapList";
import { formatShare } from "../../components/insight/numbers";
import type { MunicipalityData } from "../municipality/layout";
import styles from "../../styles/insight.css";

export const links = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "insight.gaps.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const programmeId = params.programmeId ?? "";
  if (!idSchema.safeParse(programmeId).success) throw new Response("Not Found", { status: 404 });
  const gaps = await load(request, () => trpc.insight.gaps({ programmeId }));
  return { gaps, programmeId };
}

/** "Lacunes": what the programme is missing, each linked to where it can be put right. */
export default function Gaps() {
  const t = useT();
  const locale = useLocale();
  const { gaps, programmeId } = useLoaderData<typeof loader>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const slug = municipality?.municipality.slug ?? "";
  const base = `/g/${slug}/programma/${programmeId}`;
  const goal = (g: { id: string; title: string }) => ({ id: g.id, label: g.title, href: `/g/${slug}/doelen/${g.id}` });
  const action = (a: { id: string; title: string }) => ({ id: a.id, label: a.title, href: `/g/${slug}/acties/${a.id}` });
  const domain = (d: { id: string; name: string }) => ({ id: d.id, label: d.name, href: `${base}/dashboard?domein=${d.id}` });
  const { coherence } = gaps;
  const summary = [
    { id: "doelen-zonder-acties", count: gaps.goalsWithoutActions.length, label: "goalsWithoutActions" },
    { id: "doelen-zonder-indicator", count: gaps.goalsWithoutIndicators.length, label: "goalsWithoutIndicators" },
    { id: "acties-zonder-eigenaar", count: gaps.actionsWithoutOwner, label: "actionsWithoutOwner" },
    { id: "acties-zonder-einddatum", count: gaps.actionsWithoutDueDate, label: "actionsWithoutDueDate" },
    { id: "domeinen-zonder-acties", count: gaps.domainsWithoutActions.length, label: "domainsWithoutActions" },
    { id: "geisoleerde-domeinen", count: gaps.isolatedDomains.length, label: "isolatedDomains" },
  ];
  return (
    <div className="koers-insight">
      <h1 className="utrecht-heading-1">{t("insight.gaps.title")}</h1>
      <p className="utrecht-paragraph">{t("insight.gaps.intro")}</p>

      <ul className="koers-gap-summary" aria-label={t("insight.gaps.summary")}>
        {summary.map((item) => (
          <li key={item.id} className={`koers-key-figure${item.count > 0 ? " koers-key-figure--alert" : ""}`} data-gap-count={item.id}>
            <span className="koers-key-figure__label">
              <a href={`#${item.id}`} className="utrecht-link">
                {t(`insight.gaps.${item.label}.title`)}
              </a>
            </span>
            <span className="koers-key-figure__value">{item.count}</span>
          </li>
        ))}
      </ul>

      <section aria-labelledby="goals-heading" className="koers-section">
        <h2 className="utrecht-heading-2" id="goals-heading">
          {t("insight.gaps.goals")}
        </h2>
        <GapList
          id="doelen-zonder-acties"
          title={t("insight.gaps.goalsWithoutActions.title")}
          intro={t("insight.gaps.goalsWithoutActions.intro")}
          none={t("insight.gaps.goalsWithoutActions.none")}
          count={gaps.goalsWithoutActions.length}
          items={gaps.goalsWithoutActions.map(goal)}
        />
        <GapList
          id="doelen-zonder-indicator"
          title={t("insight.gaps.goalsWithoutIndicators.title")}
          intro={t("insight.gaps.goalsWithoutIndicators.intro")}
          none={t("insight.gaps.goalsWithoutIndicators.none")}
          count={gaps.goalsWithoutIndicators.length}
          items={gaps.goalsWithoutIndicators.map(goal)}
        />
      </section>

      <section aria-labelledby="actions-heading" className="koers-section">
        <h2 className="utrecht-heading-2" id="actions-heading">
          {t("insight.gaps.actions")}
        </h2>
        <GapList
          id="acties-zonder-eigenaar"
          title={t("insight.gaps.actionsWithoutOwner.title")}
          intro={t("insight.gaps.actionsWithoutOwner.intro")}
          none={t("insight.gaps.actionsWithoutOwner.none")}
          count={gaps.actionsWithoutOwner}
          items={gaps.examples.withoutOwner.map(action)}
        >
          {gaps.actionsWithoutOwner > 0 ? (
            <p className="utrecht-paragraph">
              <Link to={`${base}/acties?${searchParamsFromFilters({ ownerId: "none" })}`} className="utrecht-link">
                {t("insight.gaps.actionsWithoutOwner.listLink", { count: gaps.actionsWithoutOwner })}
              </Link>
            </p>
          ) : null}
        </GapList>
        <GapList
          id="acties-zonder-einddatum"
          title={t("insight.gaps.actionsWithoutDueDate.title")}
          intro={t("insight.gaps.actionsWithoutDueDate.intro")}
          none={t("insight.gaps.actionsWithoutDueDate.none")}
          count={gaps.actionsWithoutDueDate}
          items={gaps.examples.withoutDue.map(action)}
        >
          {gaps.actionsWithoutDueDate > 0 ? (
            <p className="utrecht-paragraph">
              <Link to={`${base}/acties?${searchParamsFromFilters({ withoutDueDate: true })}`} className="utrecht-link">
                {t("insight.gaps.actionsWithoutDueDate.listLink", { count: gaps.actionsWithoutDueDate })}
              </Link>
            </p>
          ) : null}
        </GapList>
      </section>

      <section aria-labelledby="coherence-heading" className="koers-section">
        <h2 className="utrecht-heading-2" id="coherence-heading">
          {t("insight.gaps.coherence.title")}
        </h2>
        <p className="utrecht-paragraph koers-coherence" data-testid="coherence">
          {t("insight.gaps.coherence.share", {
            cross: coherence.crossDomainActions,
            total: coherence.totalActions,
            share: formatShare(coherence.share, locale),
          })}
        </p>
        <p className="utrecht-paragraph">{t("insight.gaps.coherence.why")}</p>
        <GapList
          id="domeinen-zonder-acties"
          title={t("insight.gaps.domainsWithoutActions.title")}
          none={t("insight.gaps.domainsWithoutActions.none")}
          count={gaps.domainsWithoutActions.length}
          items={gaps.domainsWithoutActions.map(domain)}
        />
        <GapList
          id="geisoleerde-domeinen"
          title={t("insight.gaps.isolatedDomains.title")}
          intro={t("insight.gaps.isolatedDomains.intro")}
          none={t("insight.gaps.isolatedDomains.none")}
          count={gaps.isolatedDomains.length}
          items={gaps.isolatedDomains.map(domain)}
        />
        <section aria-labelledby="matrix-heading" className="koers-section">
          <h3 className="utrecht-heading-3" id="matrix-heading">
            {t("insight.gaps.matrix.title")}
          </h3>
          <p className="utrecht-paragraph">{t("insight.gaps.matrix.intro")}</p>
          <CoverageMatrix coverage={gaps.coverage} />
        </section>
      </section>
    </div>
  );
}
