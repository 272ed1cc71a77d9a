import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "logout.title");

export async function loader({ context }: LoaderFunctionArgs) {
  if (!koers(context).user) throw redirect("/login");
  return null;
}

/** Ends the session in the database (so the cookie is worthless) and clears the cookie. */
export async function action({ context }: ActionFunctionArgs) {
  await koers(context).trpc.auth.logout();
  return redirect("/login");
}

export default function Logout() {
  const t = useT();
  return (
    <div className="koers-narrow">
      <h1 className="utrecht-heading-1">{t("logout.title")}</h1>
      <p className="utrecht-paragraph">{t("logout.question")}</p>
      <Form method="post">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("shell.logout")}
        </button>
      </Form>
    </div>
  );
}
