import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { allowedNextProgrammeStatuses, PROGRAMME_STATUSES, type ProgrammeStatus } from "@koers/domain";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, load } from "../../lib/trpc-errors.server";
import { FormAlert } from "../../components/FormAlert";
import { FormField, textboxClass } from "../../components/FormField";
import { IntentButton } from "../../components/IntentButton";
import { DomainCard } from "../../components/programme/DomainCard";
import { ProgrammeTermFields } from "../../components/programme/ProgrammeTermFields";
import { StatusBadge } from "../../components/StatusBadge";
import { refusedForm, text, unknownIntent, type FormResult } from "../../lib/form-data";
import styles from "../../styles/programme.css";
import type { ProgrammeData } from "./layout";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "programme.settings.title");

/** Only admins set a programme up; others get the 403 page (the procedures refuse them anyway). */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  const home = await load(request, () => trpc.municipality.home({ municipalitySlug: params.slug ?? "" }));
  const capabilities = home.capabilities.filter((c) => ["programme.manage", "programme.publish", "version.adopt", "domain.manage"].includes(c));
  if (!capabilities.includes("programme.manage") && !capabilities.includes("domain.manage")) throw new Response("Forbidden", { status: 403 });
  const archivedDomains = capabilities.includes("domain.manage")
    ? await load(request, () => trpc.programme.archivedDomains({ programmeId: params.programmeId ?? "" }))
    : [];
  return { capabilities, archivedDomains };
}

type SettingsResult = FormResult & {
  domainId?: string;
  archived?: { id: string; name: string };
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const programmeId = params.programmeId ?? "";
  const form = await request.formData();
  const intent = text(form, "intent");
  const domainId = text(form, "domainId");
  const done = (ok: string, extra: Partial<SettingsResult> = {}) => json<SettingsResult>({ intent, ok, errors: null, values: null, ...extra });
  try {
    switch (intent) {
      case "updateProgramme":
        await trpc.programme.update({
          programmeId,
          title: text(form, "title"),
          termStart: text(form, "termStart"),
          termEnd: text(form, "termEnd"),
        });
        return done("programme.settings.saved");
      case "setStatus": {
        const status = text(form, "status") as ProgrammeStatus;
        await trpc.programme.setStatus({ programmeId, status });
        return done("programme.settings.statusChanged", {
          okValues: { status },
        });
      }
      case "addDomain":
        await trpc.programme.addDomain({
          programmeId,
          name: text(form, "name"),
          description: text(form, "description"),
        });
        return done("programme.settings.domainAdded", {
          okValues: { name: text(form, "name").trim() },
        });
      case "renameDomain":
        await trpc.programme.renameDomain({
          domainId,
          name: text(form, "name"),
          description: text(form, "description"),
        });
        return done("programme.settings.domainRenamed", {
          okValues: { name: text(form, "name").trim() },
        });
      case "moveDomain":
        await trpc.programme.moveDomain({
          domainId,
          direction: text(form, "direction") === "down" ? "down" : "up",
        });
        return done("programme.settings.domainMoved");
      case "archiveDomain": {
        await trpc.programme.archiveDomain({ domainId, archived: true });
        const name = text(form, "name");
        return done("programme.settings.domainArchived", {
          archived: { id: domainId, name },
        });
      }
      case "restoreDomain":
        await trpc.programme.archiveDomain({ domainId, archived: false });
        return done("programme.settings.domainRestored");
      default:
        return json<SettingsResult>(unknownIntent(intent), { status: 400 });
    }
  } catch (error) {
    return json<SettingsResult>({ ...refusedForm(intent, formErrorsOf(error, request), form), domainId }, { status: 400 });
  }
}

const isStatus = (value: string): value is ProgrammeStatus => (PROGRAMME_STATUSES as readonly string[]).includes(value);

/** "Instellingen": title and term, status, and the domains that make the chapters. */
export default function ProgrammeSettings() {
  const t = useT();
  const { capabilities, archivedDomains } = useLoaderData<typeof loader>();
  const data = useRouteLoaderData<ProgrammeData>("routes/programme/layout");
  const result = useActionData<typeof action>();
  if (!data) return null;
  const { programme } = data;
  const status = isStatus(programme.status) ? programme.status : "draft";
  const domains = data.chapters.map((chapter) => chapter.domain);
  const next = allowedNextProgrammeStatuses(status).filter((s) => s !== "adopted" || capabilities.includes("version.adopt"));
  const errorsFor = (intent: string) => (result?.intent === intent ? result.errors : null);
  const valuesFor = (intent: string) => (result?.intent === intent && !result.ok ? result.values : null);
  const okValues = result?.okValues?.status ? { status: t(`programmeStatus.${result.okValues.status}`) } : result?.okValues ?? undefined;
  const domainResult = result && !result.ok && result.domainId && result.intent !== "addDomain" ? result : null;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("programme.settings.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("programme.settings.intro")}</p>
      {result?.archived ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__content koers-undo">
            <p className="utrecht-paragraph">
              {t("programme.settings.domainArchived", {
                name: result.archived.name,
              })}
            </p>
            <IntentButton
              intent="restoreDomain"
              fields={{ domainId: result.archived.id }}
              label={t("programme.settings.restore")}
              context={result.archived.name}
              className="utrecht-button utrecht-button--secondary-action"
            />
          </div>
        </div>
      ) : (
        <FormAlert kind="ok" message={result?.ok} values={okValues} />
      )}
      {result && !result.ok && result.intent === "setStatus" ? <FormAlert message={result.errors?.form} /> : null}

      {capabilities.includes("programme.manage") ? (
        <section className="koers-section koers-card" aria-labelledby="titel-en-looptijd">
          <h2 className="utrecht-heading-2" id="titel-en-looptijd">
            {t("programme.settings.termHeading")}
          </h2>
          <FormAlert message={errorsFor("updateProgramme")?.form} />
          <form method="post" noValidate className="koers-form">
            <input type="hidden" name="intent" value="updateProgramme" />
            <ProgrammeTermFields idPrefix="programme" errors={errorsFor("updateProgramme")?.fields ?? {}} values={valuesFor("updateProgramme") ?? programme} />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("programme.settings.save")}
            </button>
          </form>
        </section>
      ) : null}

      {capabilities.includes("programme.publish") ? (
        <section className="koers-section koers-card koers-status" aria-labelledby="status">
          <h2 className="utrecht-heading-2" id="status">
            {t("programme.settings.statusHeading")}
          </h2>
          <p className="utrecht-paragraph">
            {t("programme.settings.currentStatus")} <StatusBadge kind="programme" status={status} />
          </p>
          <p className="utrecht-paragraph">{t("programme.settings.statusFlow")}</p>
          {next.length > 0 ? (
            <div className="koers-row-actions">
              {next.map((to) => (
                <IntentButton
                  key={to}
                  intent="setStatus"
                  fields={{ status: to }}
                  label={t("programme.settings.moveTo", {
                    status: t(`programmeStatus.${to}`),
                  })}
                  context=""
                  className={`utrecht-button ${to === "draft" ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"}`}
                />
              ))}
            </div>
          ) : (
            <p className="utrecht-paragraph koers-muted">{t("programme.settings.noNextStatus")}</p>
          )}
        </section>
      ) : null}

      {capabilities.includes("domain.manage") ? (
        <section className="koers-section" aria-labelledby="domeinen">
          <h2 className="utrecht-heading-2" id="domeinen">
            {t("programme.settings.domainsHeading")}
          </h2>
          <p className="utrecht-paragraph">{t("programme.settings.domainsIntro")}</p>
          <ol className="koers-domain-list">
            {domains.map((domain, index) => (
              <DomainCard
                key={domain.id}
                domain={domain}
                isFirst={index === 0}
                isLast={index === domains.length - 1}
                errors={domainResult?.domainId === domain.id ? domainResult.errors : null}
                values={domainResult?.domainId === domain.id && domainResult.intent === "renameDomain" ? domainResult.values : null}
              />
            ))}
          </ol>
          {archivedDomains.length > 0 ? (
            <section className="koers-section" aria-labelledby="gearchiveerde-domeinen">
              <h3 className="utrecht-heading-3" id="gearchiveerde-domeinen">
                {t("programme.settings.archivedDomains")}
              </h3>
              <ul className="utrecht-unordered-list">
                {archivedDomains.map((domain) => (
                  <li key={domain.id} className="utrecht-unordered-list__item koers-invitation">
                    {domain.name}
                    <IntentButton
                      intent="restoreDomain"
                      fields={{ domainId: domain.id }}
                      label={t("programme.settings.restore")}
                      context={domain.name}
                      className="utrecht-button utrecht-button--subtle"
                    />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section className="koers-card koers-section" aria-labelledby="domein-toevoegen">
            <h3 className="utrecht-heading-3" id="domein-toevoegen">
              {t("programme.settings.addDomain")}
            </h3>
            <FormAlert message={errorsFor("addDomain")?.form} />
            <form method="post" noValidate className="koers-form">
              <input type="hidden" name="intent" value="addDomain" />
              <FormField id="new-domain-name" label={t("programme.settings.newDomainName")} error={errorsFor("addDomain")?.fields.name}>
                {(props) => (
                  <input
                    {...props}
                    name="name"
                    autoComplete="off"
                    defaultValue={valuesFor("addDomain")?.name ?? ""}
                    className={textboxClass(Boolean(errorsFor("addDomain")?.fields.name))}
                  />
                )}
              </FormField>
              <FormField id="new-domain-description" label={t("programme.settings.newDomainDescription")} error={errorsFor("addDomain")?.fields.description}>
                {(props) => (
                  <input
                    {...props}
                    name="description"
                    autoComplete="off"
                    defaultValue={valuesFor("addDomain")?.description ?? ""}
                    className={textboxClass(Boolean(errorsFor("addDomain")?.fields.description))}
                  />
                )}
              </FormField>
              <button type="submit" className="utrecht-button utrecht-button--primary-action">
                {t("programme.settings.addDomainSubmit")}
              </button>
            </form>
          </section>
        </section>
      ) : null}
    </>
  );
}
