import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRouteLoaderData, useSearchParams } from "@remix-run/react";
import { actionTrackingFields, checkDates, checkStatusTransition, isActionStatus, parseEuroToCents, type ActionStatus } from "@koers/domain";
import { ActionFacts } from "../../components/action/ActionFacts";
import { DetailsForm } from "../../components/action/DetailsForm";
import { History } from "../../components/action/History";
import { StatusBadge } from "../../components/StatusBadge";
import { Timeline } from "../../components/action/Timeline";
import { TrackForm } from "../../components/action/TrackForm";
import type { ActionDetail } from "../../components/action/types";
import { UpdateForm } from "../../components/action/UpdateForm";
import { RequestedUpdate } from "../../components/requests/RequestedUpdate";
import { FormAlert } from "../../components/FormAlert";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, load, type FormErrors } from "../../lib/trpc-errors.server";
import styles from "../../styles/actions.css";
import type { MunicipalityData } from "../municipality/layout";
import { CommentSection, commentsStylesheet } from "../../components/comments";
import { handleCommentIntent, loadComments } from "../../lib/comments.server";
import { CommitmentsSection } from "../../components/commitments/CommitmentsSection";
import { handleCommitmentIntent, loadCommitments } from "../../lib/commitments.server";
import commitmentStyles from "../../styles/commitments.css";
import { text } from "../../lib/form-data";

export const links = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: commentsStylesheet },
  { rel: "stylesheet", href: commitmentStyles },
];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data ? [{ title: `${data.action.title} — Koers` }] : pageTitle(matches, "actionDetail.notFound");

function todayInNetherlands(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const [action, programmes] = await Promise.all([
    load(request, () => trpc.action.get({ actionId: params.actionId ?? "" })),
    load(request, () => trpc.programme.list({ municipalitySlug: params.slug ?? "" })),
  ]);
  // A member of two municipalities must not see one's action under the other's address.
  if (!programmes.some((p) => p.id === action.programme.id)) throw new Response("Not Found", { status: 404 });
  const choices = await load(request, () => trpc.programme.choices({ programmeId: action.programme.id }));
  return {
    action: action as ActionDetail,
    choices,
    today: todayInNetherlands(),
    requests: await load(request, () => trpc.updateRequest.forAction({ actionId: action.id })),
    comments: await loadComments(trpc, request, { type: "action", actionId: action.id, programmeId: action.programme.id }),
    commitments: await loadCommitments(trpc, action.id, request),
  };
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/**
 * Where a refusal belongs: the rules of the API answer some mistakes for the whole form
 * (a status move without a reason, an owner who is not a member), but the person fixes them
 * in one field, so the message goes there. Field names of the API become the form's names.
 */
function place(errors: FormErrors, formToField: Record<string, string>): FormErrors {
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors.fields)) {
    const name = key === "budgetCents" ? "budget" : key.split(".")[0] ?? key;
    fields[name] ??= message;
  }
  let form = errors.form;
  const field = form ? formToField[form] : undefined;
  if (form && field) {
    fields[field] ??= form;
    form = null;
  }
  if (form && Object.values(fields).includes(form)) form = null;
  return { ...errors, fields, form };
}

function submitted(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).map(String);
    values[key] = key === "otherDomainIds" || key === "goalIds" ? all : (all[0] ?? "");
  }
  return values;
}

/** The tracking form's fields as the API takes them; a budget that does not parse becomes NaN, which the API refuses. */
function trackingInput(form: FormData) {
  const budget = text(form, "budget").trim();
  const reason = text(form, "statusReason").trim();
  return {
    status: text(form, "status") as ActionStatus,
    ...(reason ? { statusReason: reason } : {}),
    ownerId: orNull(text(form, "ownerId")),
    startDate: orNull(text(form, "startDate")),
    dueDate: orNull(text(form, "dueDate")),
    budgetCents: budget === "" ? null : (parseEuroToCents(budget) ?? Number.NaN),
    tags: text(form, "tags")
      .split(",")
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}

/**
 * Every mistake in the tracking form at once, by the same rules the API applies (the API
 * stops at the first), once the API has refused the form. The status the form was shown with
 * says which moves were allowed; the API checked against the stored status.
 */
function trackingMistakes(form: FormData, input: ReturnType<typeof trackingInput>): Record<string, string> | null {
  const fields: Record<string, string> = {};
  if (Number.isNaN(input.budgetCents)) fields.budget = "errors.action.budgetInvalid";
  const parsed = actionTrackingFields.safeParse(input);
  for (const issue of parsed.error?.issues ?? []) {
    const key = String(issue.path[0] ?? "_form");
    fields[key === "budgetCents" ? "budget" : key] ??= issue.message;
  }
  // Zod skips the form's date check when another field fails, so ask the rule directly.
  const dateError = checkDates(input.startDate, input.dueDate);
  if (dateError) fields.dueDate ??= dateError;
  const from = text(form, "currentStatus");
  if (isActionStatus(from) && isActionStatus(input.status)) {
    const verdict = checkStatusTransition(from, input.status, input.statusReason);
    if (!verdict.ok) fields[verdict.error === "errors.action.reasonRequired" ? "statusReason" : "status"] ??= verdict.error;
  }
  return Object.keys(fields).length > 0 ? fields : null;
}

type Result = { intent: string; ok: string | null; errors: FormErrors | null; values: Record<string, string | string[]> | null };

/** One form per intent; every change goes through its procedure, which checks the role again. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const actionId = params.actionId ?? "";
  const form = await request.formData();
  const intent = text(form, "intent");
  if (intent.startsWith("comment.")) return handleCommentIntent(trpc, request, form, { type: "action", actionId });
  if (intent.startsWith("commitment.")) return handleCommitmentIntent(trpc, request, form, { hash: "toezeggingen" });
  const fail = (errors: FormErrors) => json<Result>({ intent, ok: null, errors, values: submitted(form) }, { status: 400 });
  try {
    switch (intent) {
      case "track": {
        const input = trackingInput(form);
        try {
          await trpc.action.track({ actionId, ...input });
        } catch (error) {
          // Access is refused before anything else (formErrorsOf rethrows that as the 403 page).
          const errors = place(formErrorsOf(error, request), FIELD_OF_MESSAGE.track ?? {});
          const mistakes = trackingMistakes(form, input);
          return fail(mistakes ? { fields: { ...errors.fields, ...mistakes }, form: null } : errors);
        }
        return json<Result>({ intent, ok: "actionDetail.track.saved", errors: null, values: null });
      }
      case "addUpdate":
        await trpc.action.addUpdate({ actionId, date: text(form, "date"), status: text(form, "status") as never, text: text(form, "text") });
        return json<Result>({ intent, ok: "actionDetail.update.saved", errors: null, values: null });
      case "details":
        await trpc.action.updateDetails({
          actionId,
          title: text(form, "title"),
          description: text(form, "description"),
          primaryDomainId: text(form, "primaryDomainId"),
          otherDomainIds: form.getAll("otherDomainIds").map(String),
          goalIds: form.getAll("goalIds").map(String),
        });
        return json<Result>({ intent, ok: "actionDetail.details.saved", errors: null, values: null });
      case "archive":
      case "restore":
        await trpc.action.setArchived({ actionId, archived: intent === "archive" });
        return json<Result>({ intent, ok: intent === "archive" ? "actionDetail.archive.archived" : "actionDetail.archive.restored", errors: null, values: null });
      default:
        return fail({ fields: {}, form: "errors.generic" });
    }
  } catch (error) {
    const errors = formErrorsOf(error, request);
    return fail(place(errors, FIELD_OF_MESSAGE[intent] ?? {}));
  }
}

const FIELD_OF_MESSAGE: Record<string, Record<string, string>> = {
  track: {
    "errors.action.reasonRequired": "statusReason",
    "errors.action.transitionNotAllowed": "status",
    "errors.action.ownerNotMember": "ownerId",
    "errors.action.dueBeforeStart": "dueDate",
  },
  addUpdate: {
    "errors.action.reasonRequired": "text",
    "errors.action.transitionNotAllowed": "status",
  },
  details: {
    "errors.action.domainUnknown": "primaryDomainId",
    "errors.action.goalUnknown": "goalIds",
  },
};

export default function ActionPage() {
  const t = useT();
  const { action: current, choices, today, comments } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const [searchParams] = useSearchParams();
  const capabilities = municipality?.capabilities ?? [];
  const slug = municipality?.municipality.slug ?? "";
  const canTrack = capabilities.includes("action.track");
  const canEdit = capabilities.includes("action.edit");
  const errorsFor = (intent: string) => (result?.intent === intent ? result.errors : null);
  const valuesFor = (intent: string) => (result?.intent === intent && !result.ok ? result.values : null);
  const trackKey = [current.status, current.owner?.id, current.startDate, current.dueDate, current.budgetCents, current.tags.join(",")].join("|");
  return (
    <>
      <p className="koers-breadcrumb">
        <Link to={`/g/${slug}/programma/${current.programme.id}/acties`} className="utrecht-link">
          {t("actionDetail.backToList")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{current.title}</h1>
      <p className="koers-lead-status">
        <StatusBadge kind="action" status={current.status} />
        {current.archived ? <span className="utrecht-status-badge koers-badge koers-badge--archived">{t("actionDetail.archivedBadge")}</span> : null}
      </p>
      {searchParams.get("melding") === "aangemaakt" && !result ? <FormAlert kind="ok" message="actionDetail.created" /> : null}
      <FormAlert kind="ok" message={result?.ok} />
      {result && !result.ok && !["track", "addUpdate", "details"].includes(result.intent) ? <FormAlert message={result.errors?.form} /> : null}
      {current.archived ? <FormAlert kind="info" message="actionDetail.archive.isArchived" /> : null}
      <ActionFacts action={current} slug={slug} />

      <RequestedUpdate canTrack={canTrack} />
      {canTrack ? (
        <div className="koers-cards koers-action-forms">
          <TrackForm key={trackKey} action={current} owners={choices.owners} errors={errorsFor("track")} values={valuesFor("track")} />
          <UpdateForm key={`${current.status}|${current.updates.length}`} action={current} today={today} errors={errorsFor("addUpdate")} values={valuesFor("addUpdate")} />
        </div>
      ) : null}

      <Timeline updates={current.updates} />

      <CommitmentsSection />

      {canEdit ? (
        <DetailsForm
          key={[current.title, current.description, current.primaryDomain.id, current.archived].join("|")}
          action={current}
          choices={choices}
          errors={errorsFor("details")}
          values={valuesFor("details")}
        />
      ) : null}

      {current.history ? <History history={current.history} choices={choices} /> : null}

      <CommentSection data={comments} />
    </>
  );
}
