import { COMMITMENT_REASON_MAX, COMMITMENT_REPORT_MAX } from "@koers/domain";
import type { ReactNode } from "react";
import { useLocale, useT } from "../../lib/i18n";
import { FormAlert } from "../FormAlert";
import { FormField, textboxClass } from "../FormField";
import { CommitmentInputs, valuesOfCommitment } from "./CommitmentInputs";
import { useFormTarget } from "./form-target";
import { resultFor, type Commitment, type CommitmentFormResult, type CommitmentIntent } from "./types";

type Props = {
  commitment: Commitment;
  /** Said to screen readers after each button: which commitment it acts on. */
  context: string;
  anchor: string;
  today: string;
  result: CommitmentFormResult | undefined;
};

const textareaClass = (invalid: boolean) => `utrecht-textarea utrecht-textarea--html-textarea${invalid ? " utrecht-textarea--invalid" : ""}`;

/**
 * The buttons and small forms for what the reader may do with this commitment now (the API
 * says which): the organisation edits, withdraws and reports; the municipality accepts,
 * declines and marks it fulfilled. Forms that need more than a click fold open (details),
 * and stay open when they come back with a message.
 */
export function CommitmentActions({ commitment, context, anchor, today, result }: Props) {
  const t = useT();
  const locale = useLocale();
  const target = useFormTarget(anchor);
  const ops = commitment.operations;
  if (ops.length === 0) return null;
  const mine = (intent: CommitmentIntent) => resultFor(result, intent, commitment.id);
  const idOf = (name: string) => `c-${commitment.id}-${name}`;

  const form = (intent: CommitmentIntent, children: ReactNode, className = "koers-form koers-commitment-form") => (
    <form method="post" action={target} noValidate className={className}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="commitmentId" value={commitment.id} />
      <FormAlert message={mine(intent)?.errors?.fields._form} />
      {children}
    </form>
  );
  const fold = (intent: CommitmentIntent, summary: string, children: ReactNode) => (
    <details className="koers-commitment-fold" open={mine(intent) !== null}>
      <summary className="koers-commitment-fold__summary">
        {summary}
        <span className="koers-visually-hidden"> {context}</span>
      </summary>
      {children}
    </details>
  );
  const button = (label: string, kind: "primary" | "secondary") => (
    <button type="submit" className={`utrecht-button utrecht-button--${kind}-action`}>
      {label}
      <span className="koers-visually-hidden"> {context}</span>
    </button>
  );

  return (
    <div className="koers-commitment__actions">
      {ops.includes("accept") || ops.includes("fulfil") ? (
        <div className="koers-commitment__buttons">
          {ops.includes("accept") ? form("commitment.accept", button(t("commitments.actions.accept"), "primary"), "koers-inline-form") : null}
          {ops.includes("fulfil") ? form("commitment.fulfil", button(t("commitments.actions.fulfil"), "secondary"), "koers-inline-form") : null}
        </div>
      ) : null}
      {ops.includes("decline")
        ? fold(
            "commitment.decline",
            t("commitments.actions.decline"),
            form(
              "commitment.decline",
              <>
                <FormField id={idOf("decline-reason")} label={t("commitments.fields.declineReason")} description={t("commitments.fields.declineReasonHint")} error={mine("commitment.decline")?.errors?.fields.reason}>
                  {(props) => (
                    <textarea {...props} name="reason" rows={3} maxLength={COMMITMENT_REASON_MAX} aria-required="true" defaultValue={mine("commitment.decline")?.values?.reason ?? ""} className={textareaClass(Boolean(mine("commitment.decline")?.errors?.fields.reason))} />
                  )}
                </FormField>
                <div>{button(t("commitments.actions.declineSubmit"), "secondary")}</div>
              </>,
            ),
          )
        : null}
      {ops.includes("report")
        ? fold(
            "commitment.report",
            t("commitments.actions.report"),
            form(
              "commitment.report",
              <>
                <FormField id={idOf("report-date")} label={t("commitments.fields.reportDate")} error={mine("commitment.report")?.errors?.fields.date}>
                  {(props) => (
                    <input {...props} type="date" name="date" max={today} defaultValue={mine("commitment.report")?.values?.date ?? today} className={textboxClass(Boolean(mine("commitment.report")?.errors?.fields.date))} />
                  )}
                </FormField>
                <FormField id={idOf("report-text")} label={t("commitments.fields.reportText")} description={t("commitments.fields.reportTextHint")} error={mine("commitment.report")?.errors?.fields.text}>
                  {(props) => (
                    <textarea {...props} name="text" rows={4} maxLength={COMMITMENT_REPORT_MAX} aria-required="true" defaultValue={mine("commitment.report")?.values?.text ?? ""} className={textareaClass(Boolean(mine("commitment.report")?.errors?.fields.text))} />
                  )}
                </FormField>
                <div>{button(t("commitments.actions.reportSubmit"), "primary")}</div>
              </>,
            ),
          )
        : null}
      {ops.includes("edit")
        ? fold(
            "commitment.edit",
            t("commitments.actions.edit"),
            form(
              "commitment.edit",
              <>
                <CommitmentInputs
                  idPrefix={idOf("edit")}
                  initial={valuesOfCommitment(commitment, locale)}
                  typed={mine("commitment.edit")?.values ?? null}
                  errors={mine("commitment.edit")?.errors?.fields ?? {}}
                />
                <div>{button(t("commitments.actions.editSubmit"), "primary")}</div>
              </>,
            ),
          )
        : null}
      {ops.includes("withdraw")
        ? fold(
            "commitment.withdraw",
            t("commitments.actions.withdraw"),
            form(
              "commitment.withdraw",
              <>
                <FormField id={idOf("withdraw-reason")} label={t("commitments.fields.withdrawReason")} error={mine("commitment.withdraw")?.errors?.fields.reason}>
                  {(props) => (
                    <textarea {...props} name="reason" rows={3} maxLength={COMMITMENT_REASON_MAX} defaultValue={mine("commitment.withdraw")?.values?.reason ?? ""} className={textareaClass(Boolean(mine("commitment.withdraw")?.errors?.fields.reason))} />
                  )}
                </FormField>
                <div>{button(t("commitments.actions.withdrawSubmit"), "secondary")}</div>
              </>,
            ),
          )
        : null}
    </div>
  );
}
