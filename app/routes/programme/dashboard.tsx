import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { idSchema, searchParamsFromFilters } from "@koers/domain";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { load } from "../../lib/trpc-errors.server";
import { BudgetSection } from "../../components/insight/BudgetSection";
import { DomainSection } from "../../components/insight/DomainSection";
import { IndicatorSection } from "../../components/insight/IndicatorSection";
import { KeyFigures } from "../../components/insight/KeyFigures";
import { ScopeForm } from "../../components/insight/ScopeForm";
import { StatusSection } from "../../components/insight/StatusSection";
import type { DashboardScope } from "../../components/insight/types";
import type { MunicipalityData } from "../municipality/layout";
import { DashboardRequests } from "../../components/requests/DashboardRequests";
import styles from "../../styles/insight.css";
import requestStyles from "../../styles/requests.css";

export const links = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: requestStyles },
];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "insight.dashboard.title");

const validId = (value: string | null) => (value && idSchema.safeParse(value).success ? value : undefined);

/**
 * The dashboard of a programme, or of one domain (?domein=) or goal (?doel=) in it. The scope
 * form sends ?bereik=domein:<id>; that is turned into the plain address first.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const programmeId = params.programmeId ?? "";
  if (!idSchema.safeParse(programmeId).success) throw new Response("Not Found", { status: 404 });
  const url = new URL(request.url);
  const chosen = url.searchParams.get("bereik");
  if (chosen !== null) {
    const [kind, id] = chosen.split(":");
    const target = new URLSearchParams();
    if ((kind === "domein" || kind === "doel") && validId(id ?? null)) target.set(kind, id!);
    throw redirect(`${url.pathname}${target.size > 0 ? `?${target}` : ""}`);
  }
  const domainId = validId(url.searchParams.get("domein"));
  const goalId = domainId ? undefined : validId(url.searchParams.get("doel"));
  const [dashboard, choices, requests] = await load(request, () =>
    Promise.all([
      trpc.insight.dashboard({ programmeId, domainId, goalId }),
      trpc.programme.choices({ programmeId }),
      // Update requests are about the whole programme; the dashboard shows them in every scope.
      trpc.updateRequest.overview({ programmeId }),
    ]),
  );
  let scope: DashboardScope = { kind: "programme" };
  if (domainId) {
    const domain = choices.domains.find((d) => d.id === domainId);
    if (!domain) throw new Response("Not Found", { status: 404 });
    scope = { kind: "domain", id: domain.id, name: domain.name };
  } else if (goalId) {
    const goal = choices.goals.find((g) => g.id === goalId);
    if (!goal) throw new Response("Not Found", { status: 404 });
    scope = { kind: "goal", id: goal.id, name: goal.title };
  }
  return { dashboard, choices, scope, programmeId, requests };
}

export default function Dashboard() {
  const t = useT();
  const { dashboard, choices, scope, programmeId, requests } = useLoaderData<typeof loader>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const slug = municipality?.municipality.slug ?? "";
  const base = `/g/${slug}/programma/${programmeId}`;
  const scopeFilter = scope.kind === "domain" ? { domainId: scope.id } : scope.kind === "goal" ? { goalId: scope.id } : {};
  const overdueHref = `${base}/acties?${searchParamsFromFilters({ ...scopeFilter, overdue: true })}`;
  return (
    <div className="koers-insight">
      <h1 className="utrecht-heading-1">
        {scope.kind === "programme" ? t("insight.dashboard.title") : t(`insight.dashboard.titleFor.${scope.kind}`, { name: scope.name })}
      </h1>
      <p className="utrecht-paragraph">{t(`insight.dashboard.intro.${scope.kind}`)}</p>
      <ScopeForm choices={choices} scope={scope} />
      <KeyFigures data={dashboard} overdueHref={overdueHref} />
      <DashboardRequests overview={requests} slug={slug} requestsHref={`${base}/voortgangsverzoeken`} />
      <StatusSection counts={dashboard.counts} />
      <DomainSection perDomain={dashboard.perDomain} scopeHref={(domainId) => `${base}/dashboard?domein=${domainId}`} />
      <BudgetSection perDomain={dashboard.perDomain} total={dashboard.budgetCents} />
      <IndicatorSection indicators={dashboard.indicators} counts={dashboard.indicatorCounts} slug={slug} />
    </div>
  );
}
