import { Link, useActionData, useRouteLoaderData } from "@remix-run/react";
import { NewProgrammeForm } from "../../components/programme/NewProgrammeForm";
import { newProgrammeAction } from "../../components/programme/new-programme.server";
import { useT } from "../../lib/i18n";
import styles from "../../styles/programme.css";
import type { MunicipalityData } from "./layout";

export const links = () => [{ rel: "stylesheet", href: styles }];
export const action = newProgrammeAction;

const LAYOUT_ID = "routes/municipality/layout";

/** What a member sees first: their role here and what it lets them do. */
export default function MunicipalityHome() {
  const t = useT();
  const data = useRouteLoaderData<MunicipalityData>(LAYOUT_ID);
  const created = useActionData<typeof action>();
  if (!data) return null;
  return (
    <>
      <h1 className="utrecht-heading-1">{data.municipality.name}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {t("municipalityHome.youAre", { role: t(`roles.${data.role}`) })}
        {data.organisation ? ` ${t("municipalityHome.forOrganisation", { organisation: data.organisation.name })}` : null}
      </p>
      <section className="koers-section" aria-labelledby="programmes-heading">
        <h2 className="utrecht-heading-2" id="programmes-heading">
          {t("municipalityHome.programmes")}
        </h2>
        {data.programmes.length === 0 ? (
          <p className="utrecht-paragraph">{t("municipalityHome.noProgrammes")}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {data.programmes.map((programme) => (
              <li key={programme.id} className="utrecht-unordered-list__item">
                <Link to={`/g/${data.municipality.slug}/programma/${programme.id}`} className="utrecht-link">
                  {programme.title}
                </Link>{" "}
                <span className="koers-muted">({t(`programmeStatus.${programme.status}`)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.capabilities.includes("programme.manage") ? (
        <NewProgrammeForm errors={created?.errors ?? null} values={created?.values ?? null} />
      ) : null}
      <div className="koers-cards">
        <section className="koers-card" aria-labelledby="can-heading">
          <h2 className="utrecht-heading-2" id="can-heading">
            {t("municipalityHome.whatYouCanDo")}
          </h2>
          <p className="utrecht-paragraph">{t(`roleSummary.${data.role}`)}</p>
          <ul className="utrecht-unordered-list">
            {data.capabilities
              .filter((c) => c !== "municipality.view")
              .map((capability) => (
                <li key={capability} className="utrecht-unordered-list__item">
                  {t(`capabilities.${capability}`)}
                </li>
              ))}
          </ul>
        </section>
        <section className="koers-card" aria-labelledby="partners-heading">
          <h2 className="utrecht-heading-2" id="partners-heading">
            {t("municipalityHome.partners")}
          </h2>
          <p className="utrecht-paragraph">{t("municipalityHome.partnersIntro")}</p>
          <ul className="utrecht-unordered-list">
            {data.organisations.map((organisation) => (
              <li key={organisation.id} className="utrecht-unordered-list__item">
                {organisation.name} <span className="koers-muted">({t(`organisationTypes.${organisation.type}`)})</span>
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph utrecht-paragraph--small">
            {t("municipalityHome.memberCount", { count: data.memberCount })}
          </p>
        </section>
      </div>
    </>
  );
}
