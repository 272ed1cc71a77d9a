import { useRouteLoaderData } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import type { MunicipalityData } from "./layout";

const LAYOUT_ID = "routes/municipality/layout";

/** What a member sees first: their role here and what it lets them do. */
export default function MunicipalityHome() {
  const t = useT();
  const data = useRouteLoaderData<MunicipalityData>(LAYOUT_ID);
  if (!data) return null;
  return (
    <>
      <h1 className="utrecht-heading-1">{data.municipality.name}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {t("municipalityHome.youAre", { role: t(`roles.${data.role}`) })}
        {data.organisation ? ` ${t("municipalityHome.forOrganisation", { organisation: data.organisation.name })}` : null}
      </p>
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
