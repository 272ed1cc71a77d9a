import { useLocale, useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { CommitmentInputs, valuesOfCommitment } from "./CommitmentInputs";
import { useFormTarget } from "./form-target";
import { OFFER_FORM_ID, resultFor, type CommitmentFormResult } from "./types";

type Props = { actionId: string; organisation: string; result: CommitmentFormResult | undefined };

/** "Toezegging doen": a partner commits their own organisation to this action. */
export function OfferForm({ actionId, organisation, result }: Props) {
  const t = useT();
  const locale = useLocale();
  const target = useFormTarget(OFFER_FORM_ID);
  const mine = resultFor(result, "commitment.offer");
  return (
    <section className="koers-card koers-commitment-offer" id={OFFER_FORM_ID} aria-labelledby={`${OFFER_FORM_ID}-heading`}>
      <h3 className="utrecht-heading-3" id={`${OFFER_FORM_ID}-heading`}>
        {t("commitments.offer.title")}
      </h3>
      <p className="utrecht-paragraph">{t("commitments.offer.intro", { organisation })}</p>
      <form method="post" action={target} noValidate className="koers-form koers-commitment-form">
        <input type="hidden" name="intent" value="commitment.offer" />
        <input type="hidden" name="actionId" value={actionId} />
        <FormAlert message={mine?.errors?.fields._form} />
        <CommitmentInputs idPrefix="offer" initial={valuesOfCommitment(null, locale)} typed={mine?.values ?? null} errors={mine?.errors?.fields ?? {}} />
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t("commitments.offer.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
