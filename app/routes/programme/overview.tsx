import type { ActionFunctionArgs, LinksFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useRouteLoaderData } from "@remix-run/react";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { formErrorsOf } from "../../lib/trpc-errors.server";
import { FormAlert } from "../../components/FormAlert";
import { AddActionForm } from "../../components/programme/AddActionForm";
import { AddGoalForm } from "../../components/programme/AddGoalForm";
import { Chapter } from "../../components/programme/Chapter";
import { refusedForm, text, unknownIntent, type FormResult } from "../../lib/form-data";
import styles from "../../styles/programme.css";
import type { MunicipalityData } from "../municipality/layout";
import type { ProgrammeData } from "./layout";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Adding a goal stays on the overview; a new action opens its own page, to fill in the rest. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const programmeId = params.programmeId ?? "";
  const form = await request.formData();
  const intent = text(form, "intent");
  try {
    switch (intent) {
      case "addGoal": {
        const title = text(form, "title");
        const goal = await trpc.goal.create({
          programmeId,
          title,
          description: text(form, "description"),
          domainId: text(form, "domainId") || null,
        });
        return json<FormResult & { goalId: string }>({
          intent,
          ok: "programme.overview.goalAdded",
          okValues: { title: title.trim() },
          errors: null,
          values: null,
          goalId: goal.id,
        });
      }
      case "addAction": {
        const created = await trpc.action.create({
          programmeId,
          title: text(form, "title"),
          primaryDomainId: text(form, "primaryDomainId"),
        });
        return redirect(`/g/${params.slug ?? ""}/acties/${created.id}`);
      }
      default:
        return json<FormResult>(unknownIntent(intent), { status: 400 });
    }
  } catch (error) {
    return json<FormResult>(refusedForm(intent, formErrorsOf(error, request), form), { status: 400 });
  }
}

/** The programme read as a document: a table of contents, then one chapter per domain, in order. */
export default function ProgrammeOverview() {
  const t = useT();
  const data = useRouteLoaderData<ProgrammeData>("routes/programme/layout");
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const result = useActionData<typeof action>();
  if (!data || !municipality) return null;
  const slug = municipality.municipality.slug;
  const capabilities = municipality.capabilities;
  const canAddGoal = capabilities.includes("goal.manage");
  const canAddAction = capabilities.includes("action.create");
  const domains = data.chapters.map((chapter) => chapter.domain);
  const goalAdded = result?.intent === "addGoal" && result.ok && "goalId" in result ? result : null;
  return (
    <>
      {goalAdded ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph">
              {t("programme.overview.goalAdded", goalAdded.okValues ?? {})}{" "}
              <Link className="utrecht-link" to={`/g/${slug}/doelen/${goalAdded.goalId}`}>
                {t("programme.overview.openGoal")}
              </Link>
            </p>
          </div>
        </div>
      ) : null}
      {result && !result.ok && result.intent !== "addGoal" && result.intent !== "addAction" ? <FormAlert message={result.errors?.form} /> : null}

      <nav className="koers-toc" aria-labelledby="inhoudsopgave">
        <h2 className="utrecht-heading-2" id="inhoudsopgave">
          {t("programme.overview.contents")}
        </h2>
        {data.chapters.length > 0 ? (
          <ol className="koers-toc__list">
            {data.chapters.map((chapter) => (
              <li key={chapter.domain.id}>
                <a className="utrecht-link" href={`#hoofdstuk-${chapter.domain.id}`}>
                  {chapter.domain.name}
                </a>
              </li>
            ))}
            {data.goalsWithoutDomain.length > 0 ? (
              <li>
                <a className="utrecht-link" href="#doelen-zonder-domein">
                  {t("programme.overview.goalsWithoutDomain")}
                </a>
              </li>
            ) : null}
          </ol>
        ) : (
          <p className="utrecht-paragraph">{t("programme.overview.noChapters")}</p>
        )}
        {canAddGoal || canAddAction ? (
          <p className="utrecht-paragraph koers-toc__add">
            <a className="utrecht-link" href="#toevoegen">
              {t("programme.overview.toAdd")}
            </a>
          </p>
        ) : null}
      </nav>

      {data.chapters.map((chapter) => (
        <Chapter key={chapter.domain.id} slug={slug} chapter={chapter} />
      ))}

      {data.goalsWithoutDomain.length > 0 ? (
        <section className="koers-chapter" id="doelen-zonder-domein" aria-labelledby="doelen-zonder-domein-titel">
          <h2 className="utrecht-heading-2" id="doelen-zonder-domein-titel">
            {t("programme.overview.goalsWithoutDomain")}
          </h2>
          <p className="utrecht-paragraph">{t("programme.overview.goalsWithoutDomainIntro")}</p>
          <ul className="utrecht-unordered-list">
            {data.goalsWithoutDomain.map((goal) => (
              <li key={goal.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" to={`/g/${slug}/doelen/${goal.id}`}>
                  {goal.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {canAddGoal || canAddAction ? (
        <section className="koers-section" id="toevoegen" aria-labelledby="toevoegen-titel">
          <h2 className="utrecht-heading-2" id="toevoegen-titel">
            {t("programme.overview.addHeading")}
          </h2>
          <div className="koers-cards">
            {canAddGoal ? (
              <AddGoalForm
                domains={domains}
                errors={result?.intent === "addGoal" ? result.errors : null}
                values={result?.intent === "addGoal" && !result.ok ? result.values : null}
              />
            ) : null}
            {canAddAction ? (
              <AddActionForm
                domains={domains}
                errors={result?.intent === "addAction" ? result.errors : null}
                values={result?.intent === "addAction" ? result.values : null}
              />
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
