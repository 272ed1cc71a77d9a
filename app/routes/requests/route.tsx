import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation, useRouteLoaderData } from "@remix-run/react";
import { filtersFromSearchParams, idSchema, searchParamsFromFilters, type UpdateRequestFilters } from "@koers/domain";
import { FormAlert } from "../../components/FormAlert";
import { useFilterSummary } from "../../components/requests/FilterSummary";
import { RequestFilters } from "../../components/requests/RequestFilters";
import { RequestList } from "../../components/requests/RequestList";
import { RequestSend } from "../../components/requests/RequestSend";
import { koers } from "../../lib/context.server";
import { text } from "../../lib/form-data";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, load, type FormErrors } from "../../lib/trpc-errors.server";
import styles from "../../styles/requests.css";
import type { MunicipalityData } from "../municipality/layout";

export const links = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "requests.title");

function todayInNetherlands(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

/** The action list's filters that say whom a request goes to; sorting and paging are dropped. */
function requestFilters(params: URLSearchParams): UpdateRequestFilters {
  const { domainId, status, ownerId, goalId, tag, overdue, withoutDueDate, q } = filtersFromSearchParams(params);
  const filters: UpdateRequestFilters = { domainId, status, ownerId, goalId, tag, overdue, withoutDueDate, q };
  for (const key of Object.keys(filters) as (keyof UpdateRequestFilters)[]) if (filters[key] === undefined) delete filters[key];
  return filters;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const programmeId = params.programmeId ?? "";
  if (!idSchema.safeParse(programmeId).success) throw new Response("Not Found", { status: 404 });
  const url = new URL(request.url);
  const filters = requestFilters(url.searchParams);
  const openedId = url.searchParams.get("verzoek");
  const [preview, requests, choices, opened] = await load(request, () =>
    Promise.all([
      trpc.updateRequest.preview({ programmeId, ...filters }),
      trpc.updateRequest.list({ programmeId }),
      trpc.programme.choices({ programmeId }),
      openedId && idSchema.safeParse(openedId).success ? trpc.updateRequest.get({ requestId: openedId }) : null,
    ]),
  );
  // A request of another programme is not shown under this one's address.
  if (opened && opened.programme.id !== programmeId) throw new Response("Not Found", { status: 404 });
  return { filters, preview, requests, choices, opened, sent: url.searchParams.get("verstuurd") === "1", today: todayInNetherlands() };
}

type Result = { errors: FormErrors; values: Record<string, string> };

/** Sends the request, then shows it opened in the list (post, redirect, get). */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const form = await request.formData();
  const values = { deadline: text(form, "deadline"), message: text(form, "message") };
  const filterParams = new URLSearchParams();
  for (const [key, value] of form.entries()) if (key !== "deadline" && key !== "message" && typeof value === "string") filterParams.append(key, value);
  try {
    const filters = requestFilters(filterParams);
    const created = await trpc.updateRequest.create({ programmeId: params.programmeId ?? "", ...values, filters });
    // The filters stay in the address, so the form above still says what was chosen.
    const next = searchParamsFromFilters(filters);
    next.set("verzoek", created.requestId);
    next.set("verstuurd", "1");
    return redirect(`${new URL(request.url).pathname}?${next}#verzoek-${created.requestId}`);
  } catch (error) {
    const errors = formErrorsOf(error, request);
    const fields = Object.fromEntries(Object.entries(errors.fields).filter(([key]) => key === "deadline" || key === "message"));
    const form = errors.form ?? (Object.keys(fields).length < Object.keys(errors.fields).length ? "errors.generic" : null);
    return json<Result>({ errors: { fields, form: form && Object.values(fields).includes(form) ? null : form }, values }, { status: 400 });
  }
}

export default function UpdateRequestsPage() {
  const t = useT();
  const { filters, preview, requests, choices, opened, sent, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const { pathname } = useLocation();
  const slug = municipality?.municipality.slug ?? "";
  const describe = useFilterSummary(choices);
  const listPath = pathname.replace(/\/voortgangsverzoeken$/, "/acties");
  const withoutOwnerHref = `${listPath}?${searchParamsFromFilters({ ...filters, ownerId: "none" })}`;
  const openHref = (requestId: string | null) => {
    const next = searchParamsFromFilters(filters);
    if (requestId) next.set("verzoek", requestId);
    return next.size > 0 ? `${pathname}?${next}` : pathname;
  };
  const sentOwners = new Set(opened?.items.map((item) => item.owner?.id)).size;
  return (
    <div className="koers-requests-page">
      <h1 className="utrecht-heading-1">{t("requests.title")}</h1>
      <p className="utrecht-paragraph">{t("requests.intro")}</p>
      {sent && opened ? (
        <FormAlert
          kind="ok"
          message="requests.sent"
          values={{ owners: t("requests.preview.owners", { count: sentOwners }), actions: t("requests.preview.actions", { count: opened.items.length }) }}
        />
      ) : null}

      <section aria-labelledby="request-new-heading" className="koers-section koers-card koers-request-new">
        <h2 className="utrecht-heading-2" id="request-new-heading">
          {t("requests.form.title")}
        </h2>
        {/* Not keyed: with JavaScript every change reloads the preview, and focus must stay put. */}
        <RequestFilters filters={filters} choices={choices} />
        <RequestSend
          key={`send-${JSON.stringify(filters)}-${sent ? opened?.id : ""}`}
          filters={filters}
          preview={preview}
          today={today}
          withoutOwnerHref={withoutOwnerHref}
          errors={result?.errors ?? null}
          values={result?.values ?? null}
        />
      </section>

      <section aria-labelledby="request-list-heading" className="koers-section">
        <h2 className="utrecht-heading-2" id="request-list-heading">
          {t("requests.list.title")}
        </h2>
        <RequestList requests={requests} opened={opened} slug={slug} openHref={openHref} describe={describe} />
      </section>
    </div>
  );
}
