import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { idSchema } from "@koers/domain";
import { koers } from "../../lib/context.server";
import { useLocale, useT } from "../../lib/i18n";
import { formErrorsOf, load } from "../../lib/trpc-errors.server";
import { FormAlert } from "../../components/FormAlert";
import { GoalActions } from "../../components/programme/GoalActions";
import { GoalFields } from "../../components/programme/GoalFields";
import { GoalIndicators } from "../../components/programme/GoalIndicators";
import { IndicatorForm } from "../../components/programme/IndicatorForm";
import { refusedForm, text, type FormResult } from "../../lib/form-data";
import { indicatorNumbers } from "../../components/programme/indicator-input";
import styles from "../../styles/programme.css";
import type { MunicipalityData } from "../municipality/layout";
import { CommentSection, commentsStylesheet } from "../../components/comments";
import { handleCommentIntent, loadComments } from "../../lib/comments.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: commentsStylesheet },
];

/** A goal of a programme in this municipality; anything else (or another municipality's) is a 404. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const goalId = params.goalId ?? "";
  if (!idSchema.safeParse(goalId).success) throw new Response("Not Found", { status: 404 });
  const [goal, programmes] = await load(request, () => Promise.all([trpc.goal.get({ goalId }), trpc.programme.list({ municipalitySlug: params.slug ?? "" })]));
  if (!programmes.some((p) => p.id === goal.programme.id)) throw new Response("Not Found", { status: 404 });
  const choices = await load(request, () => trpc.programme.choices({ programmeId: goal.programme.id }));
  return { goal, domains: choices.domains, comments: await loadComments(trpc, request, { type: "goal", goalId, programmeId: goal.programme.id }) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.goal.title} — Koers` : "Koers" }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const goalId = params.goalId ?? "";
  const form = await request.formData();
  const intent = text(form, "intent");
  if (intent.startsWith("comment.")) return handleCommentIntent(trpc, request, form, { type: "goal", goalId });
  const refused = (errors: FormResult["errors"]) => json<FormResult>(refusedForm(intent, errors, form), { status: 400 });
  try {
    switch (intent) {
      case "update":
        await trpc.goal.update({
          goalId,
          title: text(form, "title"),
          description: text(form, "description"),
          domainId: text(form, "domainId") || null,
        });
        return json<FormResult>({
          intent,
          ok: "programme.goal.saved",
          errors: null,
          values: null,
        });
      case "addIndicator": {
        const numbers = indicatorNumbers(form);
        const name = text(form, "name");
        try {
          await trpc.indicator.create({
            goalId,
            name,
            unit: text(form, "unit"),
            direction: text(form, "direction") as "higher_is_better",
            baselineValue: numbers.values.baselineValue,
            baselineDate: text(form, "baselineDate"),
            targetValue: numbers.values.targetValue,
            targetDate: text(form, "targetDate"),
            source: text(form, "source"),
          });
        } catch (error) {
          const errors = formErrorsOf(error, request);
          for (const field of numbers.unreadable) errors.fields[field] = "programme.indicator.numberInvalid";
          return refused(errors);
        }
        if (numbers.unreadable.length > 0) throw new Error("an unreadable number reached the server");
        return json<FormResult>({
          intent,
          ok: "programme.indicator.added",
          okValues: { name: name.trim() },
          errors: null,
          values: null,
        });
      }
      default:
        return refused({ fields: {}, form: "errors.generic" });
    }
  } catch (error) {
    return refused(formErrorsOf(error, request));
  }
}

/** The goal page: what the goal is, how it is measured and which actions serve it. */
export default function GoalPage() {
  const t = useT();
  const locale = useLocale();
  const { goal, domains, comments } = useLoaderData<typeof loader>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const result = useActionData<typeof action>();
  const slug = municipality?.municipality.slug ?? "";
  const capabilities = municipality?.capabilities ?? [];
  const errorsFor = (intent: string) => (result?.intent === intent ? result.errors : null);
  const valuesFor = (intent: string) => (result?.intent === intent && !result.ok ? result.values : null);
  return (
    <>
      <p className="utrecht-paragraph koers-programme-header__context">
        <Link className="utrecht-link" to={`/g/${slug}/programma/${goal.programme.id}`}>
          {goal.programme.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{goal.title}</h1>
      <FormAlert kind="ok" message={result?.ok} values={result?.okValues ?? undefined} />
      <dl className="koers-facts">
        <div>
          <dt>{t("programme.goal.fields.domain")}</dt>
          <dd>{goal.domain ? goal.domain.name : <span className="koers-muted">{t("programme.goal.noDomain")}</span>}</dd>
        </div>
      </dl>
      {goal.description ? (
        goal.description.split(/\r?\n\s*\r?\n/).map((paragraph, index) => (
          <p key={index} className="utrecht-paragraph koers-prose">
            {paragraph}
          </p>
        ))
      ) : (
        <p className="utrecht-paragraph koers-muted">{t("programme.goal.noDescription")}</p>
      )}

      <GoalIndicators slug={slug} indicators={goal.indicators} locale={locale} />
      <GoalActions slug={slug} actions={goal.actions} />

      {capabilities.includes("goal.manage") ? (
        <section className="koers-section koers-card" aria-labelledby="doel-bewerken">
          <h2 className="utrecht-heading-2" id="doel-bewerken">
            {t("programme.goal.edit")}
          </h2>
          <FormAlert message={errorsFor("update")?.form} />
          <form method="post" noValidate className="koers-form">
            <input type="hidden" name="intent" value="update" />
            <GoalFields
              idPrefix="goal"
              domains={domains}
              errors={errorsFor("update")?.fields ?? {}}
              values={
                valuesFor("update") ?? {
                  title: goal.title,
                  description: goal.description,
                  domainId: goal.domain?.id ?? "",
                }
              }
            />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("programme.goal.save")}
            </button>
          </form>
        </section>
      ) : null}

      {capabilities.includes("indicator.manage") ? <IndicatorForm errors={errorsFor("addIndicator")} values={valuesFor("addIndicator")} /> : null}

      <CommentSection data={comments} />
    </>
  );
}
