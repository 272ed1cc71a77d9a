import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";

/** Sends people where they work: their (first) municipality, or the login page. */
export async function loader({ context }: LoaderFunctionArgs) {
  const { trpc, user } = koers(context);
  if (!user) throw redirect("/login");
  const me = await trpc.auth.me();
  const first = me.memberships[0];
  if (first) throw redirect(`/g/${first.slug}`);
  return null;
}

export default function Home() {
  const t = useT();
  return (
    <div className="koers-narrow">
      <h1 className="utrecht-heading-1">{t("home.noMembership.title")}</h1>
      <p className="utrecht-paragraph">{t("home.noMembership.body")}</p>
    </div>
  );
}
