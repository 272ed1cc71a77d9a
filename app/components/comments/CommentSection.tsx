import { useRouteLoaderData } from "@remix-run/react";
import { useT } from "../../lib/i18n";
import type { MunicipalityData } from "../../routes/municipality/layout";
import { CommentForm } from "./CommentForm";
import { Thread } from "./Thread";
import type { CommentsData } from "./types";

/**
 * "Reacties" at the bottom of an action, goal or indicator page: the open conversations, a form
 * to start one, and the resolved ones folded away. Every member may take part (partners and
 * viewers too); the server checks it again.
 */
export function CommentSection({ data }: { data: CommentsData }) {
  const t = useT();
  const municipality = useRouteLoaderData<MunicipalityData>("routes/municipality/layout");
  const canWrite = municipality?.capabilities.includes("comment.write") ?? false;
  const open = data.threads.filter((thread) => !thread.resolved);
  const resolved = data.threads.filter((thread) => thread.resolved);
  return (
    <section id="reacties" className="koers-section koers-comments" aria-labelledby="reacties-titel">
      <h2 className="utrecht-heading-2" id="reacties-titel">
        {t("comments.title")}
      </h2>
      <p className="utrecht-paragraph koers-muted">{t("comments.intro")}</p>
      {open.length > 0 ? (
        <ol className="koers-threads" aria-label={t("comments.openTitle")}>
          {open.map((thread) => (
            <li key={thread.id}>
              <Thread thread={thread} people={data.people} canWrite={canWrite} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="utrecht-paragraph">{t(resolved.length > 0 ? "comments.noneOpen" : "comments.none")}</p>
      )}

      {canWrite ? (
        <div className="koers-comments__start">
          <h3 className="utrecht-heading-3">{t("comments.start.title")}</h3>
          <CommentForm formKey="start" intent="comment.start" id="nieuwe-reactie" label={t("comments.start.label")} submitLabel={t("comments.start.submit")} people={data.people} />
        </div>
      ) : null}

      {resolved.length > 0 ? (
        <details className="koers-comments__resolved">
          <summary>{t("comments.resolvedSummary", { count: resolved.length })}</summary>
          <ol className="koers-threads">
            {resolved.map((thread) => (
              <li key={thread.id}>
                <Thread thread={thread} people={data.people} canWrite={canWrite} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
