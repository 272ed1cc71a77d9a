import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation, useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_PAGE_SIZE, filtersFromSearchParams, searchParamsFromFilters } from "@koers/domain";
import { ActionFilters } from "../../components/action/ActionFilters";
import { ActionTable } from "../../components/action/ActionTable";
import { NewActionForm } from "../../components/action/NewActionForm";
import { Pagination } from "../../components/Pagination";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, load } from "../../lib/trpc-errors.server";
import styles from "../../styles/actions.css";
import type { MunicipalityData } from "../municipality/layout";
import { text } from "../../lib/form-data";

export const links = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "actionList.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const programmeId = params.programmeId ?? "";
  const filters = filtersFromSearchParams(new URL(request.url).searchParams);
  const [list, choices] = await Promise.all([
    load(request, () => trpc.action.list({ programmeId, ...filters })),
    load(request, () => trpc.programme.choices({ programmeId })),
  ]);
  return { filters, list, choices };
}


/** The one form on this page: a new action (title and domain), then on to its own page. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const form = await request.formData();
  const values = { title: text(form, "title"), primaryDomainId: text(form, "primaryDomainId") };
  try {
    const created = await trpc.action.create({ programmeId: params.programmeId ?? "", ...values });
    return redirect(`/g/${params.slug}/acties/${created.id}?melding=aangemaakt`);
  } catch (error) {
    const errors = formErrorsOf(error, request);
    if (errors.form === "errors.action.domainUnknown") errors.fields.primaryDomainId = errors.form;
    return json({ errors: fieldErrorsFirst(errors), values }, { status: 400 });
  }
}

/** A message the form shows next to a field is not repeated above the form. */
function fieldErrorsFirst(errors: { fields: Record<string, string>; form: string | null }) {
  return Object.values(errors.fields).includes(errors.form ?? "") ? { ...errors, form: null } : errors;
}

export default function ActionList() {
  const t = useT();
  const { filters, list, choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const { pathname, search } = useLocation();
  const slug = municipality?.municipality.slug ?? "";
  const canCreate = municipality?.capabilities.includes("action.create") ?? false;
  // The filters and sort alone: what the CSV export and the page-size form carry.
  const kept = searchParamsFromFilters({ ...filters, page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const exportQuery = kept.toString();
  const filtered = Boolean(filters.domainId || filters.status?.length || filters.ownerId || filters.goalId || filters.tag || filters.overdue || filters.q);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("actionList.title")}</h1>
      <p className="utrecht-paragraph">{t("actionList.intro")}</p>
      <ActionFilters key={search} filters={filters} choices={choices} clearHref={pathname} />
      <div className="koers-list-tools">
        <a href={`${pathname}.csv${exportQuery ? `?${exportQuery}` : ""}`} className="utrecht-link" download>
          {t("actionList.exportCsv")}
        </a>
      </div>
      {list.total === 0 ? (
        <div className="koers-empty">
          <p className="utrecht-paragraph">{filtered ? t("actionList.emptyFiltered") : t("actionList.empty")}</p>
          {filtered ? (
            <p className="utrecht-paragraph">
              <Link to={pathname} className="utrecht-link">
                {t("actionList.filters.clear")}
              </Link>
            </p>
          ) : null}
        </div>
      ) : (
        <>
          <ActionTable rows={list.rows} total={list.total} filters={filters} slug={slug} />
          {list.rows.length === 0 ? <p className="utrecht-paragraph">{t("actionList.pastLastPage")}</p> : null}
          <Pagination
            key={search}
            page={filters.page}
            pageSize={filters.pageSize}
            total={list.total}
            hrefFor={(page) => `?${searchParamsFromFilters({ ...filters, page }).toString()}`}
            keep={kept}
            sizeLabel={t("actionList.pageSize")}
          />
        </>
      )}
      {canCreate ? <NewActionForm domains={choices.domains} errors={result?.errors ?? null} values={result?.values ?? null} /> : null}
    </>
  );
}
