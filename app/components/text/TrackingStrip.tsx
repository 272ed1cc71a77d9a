import { useFormat } from "../action/format";
import { StatusBadge } from "../StatusBadge";
import { useT } from "../../lib/i18n";
import { actionHref, trackingOf } from "./action-tracking";
import { useTrackingContext } from "./use-action-tracking";

/**
 * Under an action block: its action as the database has it — status, owner, due date,
 * accepted commitments (how many, of which organisations) and goals — and a link to the
 * action's page. Not part of the text (contentEditable false): writers change these on the action page, not here. A block the
 * server has not made an action for yet (just typed) says it is on its way.
 */
export function TrackingStrip({ actionId, title }: { actionId: string; title: string }) {
  const t = useT();
  const format = useFormat();
  const { byId, slug } = useTrackingContext();
  const tracking = trackingOf(byId, actionId);

  if (!tracking) {
    return (
      <div className="koers-action__tracking koers-action__tracking--pending" contentEditable={false} data-tracking="pending">
        <p className="koers-action__pending">{t("text.action.pending")}</p>
      </div>
    );
  }

  const none = (key: string) => <span className="koers-action__none">{t(key)}</span>;
  return (
    <div className="koers-action__tracking" contentEditable={false} data-tracking="known">
      <dl className="koers-action__facts">
        <div className="koers-action__fact koers-action__fact--status">
          <dt className="koers-visually-hidden">{t("text.action.status")}</dt>
          <dd>
            <StatusBadge kind="action" status={tracking.status} />
          </dd>
        </div>
        <div className="koers-action__fact">
          <dt>{t("text.action.owner")}</dt>
          <dd>{tracking.ownerName ?? none("text.action.noOwner")}</dd>
        </div>
        <div className="koers-action__fact">
          <dt>{t("text.action.dueDate")}</dt>
          <dd>
            {tracking.dueDate ? <time dateTime={tracking.dueDate}>{format.date(tracking.dueDate)}</time> : none("text.action.noDueDate")}
            {tracking.overdue ? <span className="utrecht-status-badge koers-badge koers-badge--overdue koers-action__overdue">{t("text.action.overdue")}</span> : null}
          </dd>
        </div>
        <div className="koers-action__fact koers-action__fact--commitments">
          <dt className="koers-visually-hidden">{t("commitments.strip.label")}</dt>
          <dd>{t("commitments.strip.summary", { count: tracking.committedPartners, organisations: tracking.committedOrganisations.join(", ") })}</dd>
        </div>
        <div className="koers-action__fact koers-action__fact--goals">
          <dt>{t("text.action.goals")}</dt>
          <dd>
            {tracking.goals.length === 0 ? (
              none("text.action.noGoals")
            ) : (
              <ul className="koers-action__goals">
                {tracking.goals.map((goal) => (
                  <li key={goal.id}>{goal.title}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {/* Thirty links saying "Naar de actie" are told apart by the action's title (the visible words come first). */}
      <a className="utrecht-link koers-action__link" href={actionHref(slug, tracking.id)} aria-label={title ? t("text.action.openNamed", { title }) : undefined}>
        {t("text.action.open")}
      </a>
    </div>
  );
}
