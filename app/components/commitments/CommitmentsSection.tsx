import { useActionData, useParams, useRouteLoaderData, useSearchParams } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import type { MunicipalityData } from "../../routes/municipality/layout";
import { CommitmentCard } from "./CommitmentCard";
import { OfferForm } from "./OfferForm";
import { SAVED_PARAM, SECTION_ID, savedMessage, type ActionCommitments, type CommitmentFormResult } from "./types";

/** What the action route's loader adds for this section (app/lib/commitments.server.ts). */
type RouteData = { commitments: ActionCommitments & { today: string } };

/**
 * "Toezeggingen" on an action's page: the commitments the reader may see, with what they may
 * do with each, and for a partner the form to commit their organisation (or why they cannot
 * now). Reads the action route's data itself, so the route only places it.
 */
export function CommitmentsSection() {
  const t = useT();
  const data = useRouteLoaderData<RouteData>("routes/action/route")?.commitments;
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const posted = useActionData() as CommitmentFormResult | undefined;
  const { actionId = "" } = useParams();
  const [searchParams] = useSearchParams();
  if (!data) return null;
  const result = posted?.intent?.startsWith("commitment.") ? posted : undefined;
  const slug = municipality?.municipality.slug ?? "";
  return (
    <section id={SECTION_ID} aria-labelledby={`${SECTION_ID}-heading`} className="koers-section koers-commitments">
      <h2 className="utrecht-heading-2" id={`${SECTION_ID}-heading`}>
        {t("commitments.section.title")}
      </h2>
      <p className="utrecht-paragraph koers-muted">{t("commitments.section.intro")}</p>
      {result ? null : <FormAlert kind="ok" message={savedMessage(searchParams.get(SAVED_PARAM))} />}
      {data.commitments.length === 0 ? (
        <p className="utrecht-paragraph">{t("commitments.section.empty")}</p>
      ) : (
        <div className="koers-commitment-list">
          {data.commitments.map((commitment) => (
            <CommitmentCard key={commitment.id} commitment={commitment} heading="organisation" slug={slug} today={data.today} result={result} />
          ))}
        </div>
      )}
      {data.organisation && data.canOffer ? <OfferForm actionId={actionId} organisation={data.organisation.name} result={result} /> : null}
      {data.organisation && data.offerBlockedBy ? <p className="utrecht-paragraph koers-commitment-blocked">{t(data.offerBlockedBy)}</p> : null}
    </section>
  );
}
