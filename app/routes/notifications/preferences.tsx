import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { NOTIFICATION_MODES } from "@koers/domain";
import { FormAlert } from "../../components/FormAlert";
import { koers } from "../../lib/context.server";
import { text } from "../../lib/form-data";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { formErrorsOf, load } from "../../lib/trpc-errors.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notifications.preferences.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { trpc } = koers(context);
  return load(request, () => trpc.notification.preferences());
}

/** Saves the mail mode (a setting of the person, for all their municipalities). */
export async function action({ request, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const form = await request.formData();
  try {
    await trpc.notification.setPreferences({ mode: text(form, "mode") as never });
    return json({ ok: "notifications.preferences.saved", error: null });
  } catch (error) {
    const errors = formErrorsOf(error, request);
    return json({ ok: null, error: errors.fields.mode ?? errors.form ?? "errors.generic" }, { status: 400 });
  }
}

export default function NotificationPreferences() {
  const t = useT();
  const { mode } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const slug = useParams().slug ?? "";
  const error = result?.error ?? null;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to={`/g/${slug}/meldingen`} className="utrecht-link">
          ← {t("notifications.preferences.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("notifications.preferences.title")}</h1>
      <p className="utrecht-paragraph">{t("notifications.preferences.intro")}</p>
      <FormAlert kind="ok" message={result?.ok} />
      <form method="post" className="koers-form koers-preferences-form" key={mode}>
        <fieldset
          className={`utrecht-form-fieldset koers-preferences${error ? " utrecht-form-fieldset--invalid" : ""}`}
          aria-describedby={error ? "mode-scope mode-error" : "mode-scope"}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-heading-2">{t("notifications.preferences.legend")}</legend>
          <p className="utrecht-paragraph koers-muted" id="mode-scope">
            {t("notifications.preferences.scope")}
          </p>
          {error ? (
            <div className="utrecht-form-field-error-message" id="mode-error">
              {t(error)}
            </div>
          ) : null}
          <div className="koers-preferences__options">
            {NOTIFICATION_MODES.map((option) => (
              <div key={option} className="koers-preferences__option">
                <input
                  type="radio"
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  id={`mode-${option}`}
                  name="mode"
                  value={option}
                  defaultChecked={option === mode}
                  aria-describedby={`mode-${option}-hint`}
                />
                <label htmlFor={`mode-${option}`} className="utrecht-form-label koers-preferences__label">
                  {t(`notifications.preferences.modes.${option}.label`)}
                </label>
                <span className="koers-preferences__hint" id={`mode-${option}-hint`}>
                  {t(`notifications.preferences.modes.${option}.hint`)}
                </span>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("notifications.preferences.save")}
        </button>
      </form>
    </>
  );
}
