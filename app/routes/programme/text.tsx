import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { idSchema } from "@koers/domain";
import { koers } from "../../lib/context.server";
import { useT } from "../../lib/i18n";
import { pageTitle } from "../../lib/meta";
import { load } from "../../lib/trpc-errors.server";
import { ProgrammeText } from "../../components/text/ProgrammeText";
import styles from "../../styles/text.css";
import type { MunicipalityData } from "../municipality/layout";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "text.title");

/**
 * The programme text as stored (for the first paint and for readers without JavaScript) and
 * the person the editor shows to others, and the tracking data the action blocks show. Every member who may view the programme gets here;
 * whether they may write is decided again by the collaboration server for each connection.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc, user } = koers(context);
  const programmeId = params.programmeId ?? "";
  if (!idSchema.safeParse(programmeId).success) throw new Response("Not Found", { status: 404 });
  const [{ text }, tracking] = await load(request, () => Promise.all([trpc.programme.text({ programmeId }), trpc.action.tracking({ programmeId })]));
  if (!user) throw redirect(`/login?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`);
  return { programmeId, slug: params.slug ?? "", text, tracking, user: { id: user.id, name: user.name } };
}

export default function ProgrammeTextPage() {
  const t = useT();
  const { programmeId, slug, text, tracking, user } = useLoaderData<typeof loader>();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const canEdit = municipality?.capabilities.includes("programme.editText") ?? false;
  return (
    <>
      <h1 className="utrecht-heading-1 koers-text-title">{t("text.title")}</h1>
      <div className="koers-text-intro">
        <p className="utrecht-paragraph">{t(canEdit ? "text.introWriter" : "text.introReader")}</p>
        {canEdit ? <p className="utrecht-paragraph koers-text-hint">{t("text.actionHint")}</p> : null}
      </div>
      <ProgrammeText key={`${programmeId}:${user.id}`} programmeId={programmeId} slug={slug} user={user} canEdit={canEdit} storedText={text} tracking={tracking} />
    </>
  );
}
