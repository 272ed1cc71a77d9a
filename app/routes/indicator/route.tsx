import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { idSchema } from "@koers/domain";
import { koers } from "../../lib/context.server";
import { useLocale, useT } from "../../lib/i18n";
import { formErrorsOf, load } from "../../lib/trpc-errors.server";
import { FormAlert } from "../../components/FormAlert";
import { IndicatorChart, IndicatorChartLegend } from "../../components/insight/IndicatorChart";
import { IndicatorExplanation } from "../../components/insight/IndicatorExplanation";
import { StatusBadge } from "../../components/StatusBadge";
import { MeasurementTable } from "../../components/insight/MeasurementTable";
import { RecordMeasurementForm } from "../../components/insight/RecordMeasurementForm";
import { formatDate, formatMonthYear, formatQuantity, parseMeasuredValue, todayInNetherlands } from "../../components/insight/numbers";
import type { MunicipalityData } from "../municipality/layout";
import { CommentSection, commentsStylesheet } from "../../components/comments";
import { handleCommentIntent, loadComments } from "../../lib/comments.server";
import styles from "../../styles/insight.css";
import { text } from "../../lib/form-data";

export const links = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: commentsStylesheet },
];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.indicator.name} — Koers` : "Koers" }];

/** Only indicators of this municipality's programmes exist under its address. */
async function indicatorIn(request: Request, context: LoaderFunctionArgs["context"], slug: string, indicatorId: string) {
  if (!idSchema.safeParse(indicatorId).success) throw new Response("Not Found", { status: 404 });
  const { trpc } = koers(context);
  const [indicator, programmes] = await Promise.all([
    load(request, () => trpc.indicator.get({ indicatorId })),
    load(request, () => trpc.programme.list({ municipalitySlug: slug })),
  ]);
  if (!programmes.some((programme) => programme.id === indicator.goal.programmeId)) throw new Response("Not Found", { status: 404 });
  return indicator;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const indicator = await indicatorIn(request, context, params.slug ?? "", params.indicatorId ?? "");
  const saved = new URL(request.url).searchParams.get("vastgelegd");
  return {
    indicator,
    today: todayInNetherlands(),
    saved: saved && /^\d{4}-\d{2}-\d{2}$/.test(saved) ? saved : null,
    comments: await loadComments(koers(context).trpc, request, { type: "indicator", indicatorId: indicator.id, programmeId: indicator.goal.programmeId }),
  };
}


/**
 * Records a measurement. The value is read the Dutch way ("12,5"); what does not read as a
 * number goes to the procedure as NaN, so the server decides first whether this person may
 * record at all (a partner gets 403), and only then that the value is not a number.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const form = await request.formData();
  if (text(form, "intent").startsWith("comment.")) return handleCommentIntent(trpc, request, form, { type: "indicator", indicatorId: params.indicatorId ?? "" });
  const values = { date: text(form, "date").trim(), value: text(form, "value"), note: text(form, "note") };
  try {
    await trpc.indicator.recordMeasurement({
      indicatorId: params.indicatorId ?? "",
      date: values.date,
      value: parseMeasuredValue(values.value) ?? Number.NaN,
      note: values.note,
    });
  } catch (error) {
    const errors = formErrorsOf(error, request);
    if (errors.form === "errors.measurement.inFuture") {
      errors.fields.date = errors.form;
      errors.form = null;
    }
    return json({ errors, values }, { status: 400 });
  }
  const url = new URL(request.url);
  return redirect(`${url.pathname}?vastgelegd=${values.date}#meetwaarden`);
}

export default function IndicatorPage() {
  const t = useT();
  const locale = useLocale();
  const { indicator, today, saved, comments } = useLoaderData<typeof loader>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const result = useActionData<typeof action>();
  const canRecord = municipality?.capabilities.includes("indicator.record") ?? false;
  const slug = municipality?.municipality.slug ?? "";
  const quantity = (value: number) => formatQuantity(value, indicator.unit, locale);
  return (
    <div className="koers-insight">
      <p className="koers-breadcrumb">
        {t("insight.indicator.partOf")}{" "}
        <Link to={`/g/${slug}/doelen/${indicator.goal.id}`} className="utrecht-link">
          {indicator.goal.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{indicator.name}</h1>

      <div className="koers-indicator-status-block">
        <p className="utrecht-paragraph koers-indicator-status-line">
          <span className="koers-indicator-status-line__label">{t("insight.indicator.status")}</span>{" "}
          <StatusBadge kind="indicator" status={indicator.status} />
        </p>
        <IndicatorExplanation indicator={indicator} unit={indicator.unit} today={today} />
      </div>

      <dl className="koers-facts">
        <div>
          <dt>{t("insight.indicator.unit")}</dt>
          <dd>{indicator.unit}</dd>
        </div>
        <div>
          <dt>{t("insight.indicator.direction")}</dt>
          <dd>{t(`indicatorDirection.${indicator.direction}`)}</dd>
        </div>
        <div>
          <dt>{t("insight.indicator.baseline")}</dt>
          <dd>
            {t("insight.indicator.valueOn", {
              value: quantity(indicator.baseline.value),
              date: formatDate(indicator.baseline.date, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("insight.indicator.target")}</dt>
          <dd>
            {t("insight.indicator.valueIn", {
              value: quantity(indicator.target.value),
              month: formatMonthYear(indicator.target.date, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("insight.indicator.latest")}</dt>
          <dd>
            {indicator.latest
              ? t("insight.indicator.valueOn", { value: quantity(indicator.latest.value), date: formatDate(indicator.latest.date, locale) })
              : t("insight.indicator.noMeasurement")}
          </dd>
        </div>
        <div>
          <dt>{t("insight.indicator.source")}</dt>
          <dd>{indicator.source || t("insight.indicator.noSource")}</dd>
        </div>
      </dl>

      <section aria-labelledby="chart-heading" className="koers-section">
        <h2 className="utrecht-heading-2" id="chart-heading">
          {t("insight.indicator.progress")}
        </h2>
        <figure className="koers-figure">
          <IndicatorChart indicator={indicator} />
          <figcaption>
            <IndicatorChartLegend />
          </figcaption>
        </figure>
        <FormAlert
          kind="ok"
          message={saved ? "insight.record.saved" : null}
          values={saved ? { date: formatDate(saved, locale) } : undefined}
        />
        <MeasurementTable name={indicator.name} unit={indicator.unit} measurements={indicator.measurements} highlight={saved} />
      </section>

      {canRecord ? (
        <RecordMeasurementForm unit={indicator.unit} today={today} errors={result?.errors ?? null} values={result?.values ?? null} />
      ) : null}

      <details className="koers-section koers-status-rule">
        <summary>{t("insight.rule.title")}</summary>
        <p className="utrecht-paragraph">{t("insight.rule.body")}</p>
      </details>

      <CommentSection data={comments} />
    </div>
  );
}
