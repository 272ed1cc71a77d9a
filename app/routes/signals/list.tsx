import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { signalListQueryFrom, signalListSearchParams } from "@koers/domain";
import { Pagination } from "../../components/Pagination";
import { RaiseSignalForm } from "../../components/signals/RaiseSignalForm";
import { SignalFilters } from "../../components/signals/SignalFilters";
import { SignalLists } from "../../components/signals/SignalLists";
import { koers } from "../../lib/context.server";
import { text, valuesOf } from "../../lib/form-data";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, load } from "../../lib/trpc-errors.server";
import styles from "../../styles/signals.css";

export const links = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "signals.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const query = signalListQueryFrom(new URL(request.url).searchParams);
  const list = await load(request, () => trpc.signal.list({ programmeId: params.programmeId ?? "", ...query }));
  // Status and domain only: what the paging links and the page-size form carry along.
  return { list, filters: { status: query.status, domainId: query.domainId } };
}

/** "Signaal agenderen": on to the new signal's page, or the form again with the errors next to the fields. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const form = await request.formData();
  const programmeId = params.programmeId ?? "";
  try {
    const linkedActionId = text(form, "linkedActionId");
    const { id } = await trpc.signal.raise({
      programmeId,
      title: text(form, "title"),
      text: text(form, "text"),
      domainId: text(form, "domainId"),
      ...(linkedActionId ? { linkedActionId } : {}),
    });
    return redirect(`/g/${params.slug}/programma/${programmeId}/signalen/${id}?melding=ingediend`);
  } catch (error) {
    const errors = formErrorsOf(error, request);
    const formMessage = errors.form && Object.values(errors.fields).includes(errors.form) ? null : errors.form;
    return json({ errors: { fields: errors.fields, form: formMessage }, values: valuesOf(form) }, { status: 400 });
  }
}

export default function SignalList() {
  const t = useT();
  const { list, filters } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { pathname, search } = useLocation();
  const base = pathname.replace(/\/$/, "");
  const filtered = Boolean(filters.status || filters.domainId);
  const hrefFor = (page: number) => `${base}?${signalListSearchParams({ ...filters, page, pageSize: list.pageSize }).toString()}`;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("signals.title")}</h1>
      <p className="utrecht-paragraph koers-signal-intro">{t("signals.intro")}</p>
      <p className="utrecht-paragraph">
        <a href="#agenderen" className="utrecht-link koers-signal-skip">
          {t("signals.toForm")}
        </a>
      </p>
      <SignalFilters
        key={`${filters.status}|${filters.domainId}`}
        values={{ status: filters.status ?? "", domainId: filters.domainId ?? "" }}
        pageSize={list.pageSize}
        domains={list.domains}
        clearHref={pathname}
      />
      <p className="utrecht-paragraph koers-muted">{t(`signals.scope.${list.scope}`)}</p>
      {list.total === 0 ? (
        <div className="koers-signal-empty">
          <p className="utrecht-paragraph">{filtered ? t("signals.emptyFiltered") : t("signals.empty")}</p>
        </div>
      ) : (
        <>
          <SignalLists list={list} base={base} />
          <Pagination
            key={search}
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            hrefFor={hrefFor}
            keep={signalListSearchParams(filters)}
            sizeLabel={t("signals.pageSize")}
          />
        </>
      )}
      <RaiseSignalForm domains={list.domains} actions={list.actions} errors={result?.errors ?? null} values={result?.values ?? null} />
    </>
  );
}
