import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { LOGGED_OUT, unsavedCopies, type UnsavedCopy } from "../../lib/local-copies";
import { pageTitle } from "../../lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "logout.title");

export async function loader({ context }: LoaderFunctionArgs) {
  const user = koers(context).user;
  if (!user) throw redirect("/login");
  return { userId: user.id };
}

/**
 * Ends the session in the database (so the cookie is worthless) and clears the cookie. The
 * browser is also asked to remove what Koers stored on this device (the local copies of the
 * programme text): `Clear-Site-Data`, and the login page does the same for browsers without it.
 */
export async function action({ context }: ActionFunctionArgs) {
  await koers(context).trpc.auth.logout();
  return redirect(`/login?melding=${LOGGED_OUT}`, { headers: { "Clear-Site-Data": '"storage"' } });
}

export default function Logout() {
  const t = useT();
  const { userId } = useLoaderData<typeof loader>();
  // Read after hydration: the copies live in this browser only.
  const [unsaved, setUnsaved] = useState<UnsavedCopy[]>([]);
  useEffect(() => setUnsaved(unsavedCopies(userId)), [userId]);
  return (
    <div className="koers-narrow">
      <h1 className="utrecht-heading-1">{t("logout.title")}</h1>
      {unsaved.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning" role="alert">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph">{t("logout.unsaved", { count: unsaved.length })}</p>
            <ul className="utrecht-unordered-list">
              {unsaved.map((copy) => (
                <li key={copy.programmeId} className="utrecht-unordered-list__item">
                  <Link to={copy.path} className="utrecht-link">
                    {t("logout.openToSave", { title: copy.title })}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <p className="utrecht-paragraph">{t(unsaved.length > 0 ? "logout.questionAnyway" : "logout.question")}</p>
      <Form method="post">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("shell.logout")}
        </button>
      </Form>
    </div>
  );
}
