import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { idSchema, isSignalStatus, OPEN_SIGNAL_STATUSES, type SignalStatus } from "@koers/domain";
import { RaiseSignalForm } from "../../components/signals/RaiseSignalForm";
import { SignalFilters } from "../../components/signals/SignalFilters";
import { SignalTable } from "../../components/signals/SignalTable";
import { koers } from "../../lib/context.server";
import { text, valuesOf } from "../../lib/form-data";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, load } from "../../lib/trpc-errors.server";
import styles from "../../styles/signals.css";

export const links = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "signals.title");

/** The filters as the address carries them; anything unknown is ignored, not an error page. */
function filtersOf(url: URL): { status?: SignalStatus; domainId?: string } {
  const status = url.searchParams.get("status");
  const domainId = url.searchParams.get("domein");
  return {
    ...(isSignalStatus(status) ? { status } : {}),
    ...(domainId && idSchema.safeParse(domainId).success ? { domainId } : {}),
  };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const filters = filtersOf(new URL(request.url));
  const list = await load(request, () => trpc.signal.list({ programmeId: params.programmeId ?? "", ...filters }));
  return { list, filters: { status: filters.status ?? "", domainId: filters.domainId ?? "" } };
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
  const { pathname } = useLocation();
  const base = pathname.replace(/\/$/, "");
  const filtered = Boolean(filters.status || filters.domainId);
  const open = list.rows.filter((row) => OPEN_SIGNAL_STATUSES.includes(row.status));
  const decided = list.rows.filter((row) => !OPEN_SIGNAL_STATUSES.includes(row.status));
  return (
    <>
      <h1 className="utrecht-heading-1">{t("signals.title")}</h1>
      <p className="utrecht-paragraph koers-signal-intro">{t("signals.intro")}</p>
      <p className="utrecht-paragraph">
        <a href="#agenderen" className="utrecht-link koers-signal-skip">
          {t("signals.toForm")}
        </a>
      </p>
      <SignalFilters key={`${filters.status}|${filters.domainId}`} values={filters} domains={list.domains} clearHref={pathname} />
      <p className="utrecht-paragraph koers-muted">{t(`signals.scope.${list.scope}`)}</p>
      {list.rows.length === 0 ? (
        <div className="koers-signal-empty">
          <p className="utrecht-paragraph">{filtered ? t("signals.emptyFiltered") : t("signals.empty")}</p>
        </div>
      ) : list.scope === "all" ? (
        <>
          <SignalTable id="signals-open" heading={t("signals.sections.open")} rows={open} base={base} />
          <SignalTable id="signals-decided" heading={t("signals.sections.decided")} rows={decided} base={base} />
        </>
      ) : (
        <SignalTable id="signals-all" heading={t("signals.sections.all")} rows={list.rows} base={base} />
      )}
      <RaiseSignalForm domains={list.domains} actions={list.actions} errors={result?.errors ?? null} values={result?.values ?? null} />
    </>
  );
}
