import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRouteLoaderData, useSearchParams } from "@remix-run/react";
import { idSchema, isFinalSignalStatus } from "@koers/domain";
import { FormAlert } from "../../components/FormAlert";
import { SignalBadge } from "../../components/signals/SignalBadge";
import { SignalFacts } from "../../components/signals/SignalFacts";
import { SignalHistory } from "../../components/signals/SignalHistory";
import { TriageForms } from "../../components/signals/TriageForms";
import { koers } from "../../lib/context.server";
import { text, valuesOf } from "../../lib/form-data";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, load, type FormErrors } from "../../lib/trpc-errors.server";
import styles from "../../styles/signals.css";
import type { MunicipalityData } from "../municipality/layout";

export const links = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data ? [{ title: `${data.signal.title} — Koers` }] : pageTitle(matches, "signals.title");

/** What the page says after a step (the redirect carries it, so a reload does not repeat the step). */
const DONE: Record<string, string> = {
  ingediend: "signals.raised",
  "in-behandeling": "signalDetail.triage.review.done",
  omgezet: "signalDetail.triage.convert.done",
  afgewezen: "signalDetail.triage.decline.done",
};

/** The signal (with its history) if the member may see it; a signal of another programme is a 404 here. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const signalId = params.signalId ?? "";
  if (!idSchema.safeParse(signalId).success) throw new Response("Not Found", { status: 404 });
  const signal = await load(request, () => trpc.signal.get({ signalId }));
  if (signal.programmeId !== params.programmeId) throw new Response("Not Found", { status: 404 });
  const triage = signal.canTriage && !isFinalSignalStatus(signal.status);
  const domains = triage ? (await load(request, () => trpc.programme.choices({ programmeId: signal.programmeId }))).domains : [];
  return { signal, domains, triage };
}

type Result = { intent: string; errors: NonNullable<FormErrors>; values: Record<string, string> };

/** The API's refusals that the person fixes in one field go next to that field. */
const FIELD_OF_MESSAGE: Record<string, string> = {
  "errors.action.domainUnknown": "primaryDomainId",
};

/** One form per step; each goes through its procedure, which checks the role and the status again. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const signalId = params.signalId ?? "";
  const form = await request.formData();
  const intent = text(form, "intent");
  const done = (melding: string) => redirect(`${new URL(request.url).pathname}?melding=${melding}`);
  try {
    switch (intent) {
      case "review":
        await trpc.signal.startReview({ signalId });
        return done("in-behandeling");
      case "convert":
        await trpc.signal.convert({
          signalId,
          title: text(form, "title"),
          primaryDomainId: text(form, "primaryDomainId"),
          description: text(form, "description"),
        });
        return done("omgezet");
      case "decline":
        await trpc.signal.decline({ signalId, reason: text(form, "reason") });
        return done("afgewezen");
      default:
        return json<Result>({ intent, errors: { fields: {}, form: "errors.generic" }, values: {} }, { status: 400 });
    }
  } catch (error) {
    const errors = formErrorsOf(error, request);
    const fields = { ...errors.fields };
    let message = errors.form;
    const field = message ? FIELD_OF_MESSAGE[message] : undefined;
    if (message && field) fields[field] ??= message;
    if (message && Object.values(fields).includes(message)) message = null;
    return json<Result>({ intent, errors: { fields, form: message }, values: valuesOf(form) }, { status: 400 });
  }
}

export default function SignalPage() {
  const t = useT();
  const { signal, domains, triage } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const [searchParams] = useSearchParams();
  const slug = municipality?.municipality.slug ?? "";
  const done = DONE[searchParams.get("melding") ?? ""];
  const listHref = `/g/${slug}/programma/${signal.programmeId}/signalen`;
  return (
    <>
      <p className="koers-breadcrumb">
        <Link to={listHref} className="utrecht-link">
          {t("signalDetail.backToList")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{signal.title}</h1>
      <p className="koers-lead-status koers-signal-lead-status">
        <SignalBadge status={signal.status} />
      </p>
      {done && !result ? <FormAlert kind="ok" message={done} /> : null}
      {/* A step refused after the forms are gone (decided meanwhile) is said here. */}
      {result && !triage ? <FormAlert message={result.errors.form} /> : null}
      <SignalFacts signal={signal} slug={slug} />
      {signal.resultAction ? (
        <p className="utrecht-paragraph koers-signal-cta">
          <Link to={`/g/${slug}/acties/${signal.resultAction.id}`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            {t("signalDetail.viewAction")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="signal-text-heading" className="koers-signal-section">
        <h2 className="utrecht-heading-2" id="signal-text-heading">
          {t("signalDetail.text")}
        </h2>
        <p className="utrecht-paragraph koers-signal-prewrap koers-signal-text">{signal.text}</p>
      </section>
      {triage ? (
        <TriageForms key={signal.status} signal={signal} domains={domains} refused={result ?? null} />
      ) : signal.canTriage ? (
        <p className="utrecht-paragraph koers-muted koers-signal-section">{t("signalDetail.decided")}</p>
      ) : null}
      <SignalHistory history={signal.history} />
    </>
  );
}
