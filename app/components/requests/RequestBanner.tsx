import { useRouteLoaderData, useSearchParams } from "@remix-run/react";
import { useEffect } from "react";
import { useT } from "../../lib/i18n";
import { useFormat } from "../action/format";
import type { ActionRequests } from "./types";

/** What the action route's loader adds for update requests (updateRequest.forAction). */
type RouteData = { requests?: ActionRequests };

/**
 * The open update request the reader, as the action's owner, is asked to answer on this page:
 * the one named in the address (?verzoek=…, from the mail) or else the most urgent. `focus`
 * says the reader came for it, so the progress text takes the focus.
 */
export function useUpdateRequest() {
  const data = useRouteLoaderData<RouteData>("routes/action/route");
  const [searchParams] = useSearchParams();
  const wanted = searchParams.get("verzoek");
  const asked = (data?.requests?.open ?? []).filter((item) => item.askedOfYou);
  const shown = asked.find((item) => item.requestId === wanted) ?? asked[0] ?? null;
  const focus = shown !== null && shown.requestId === wanted;
  // The autofocus attribute covers the first page load; this covers arriving by a link in the app.
  useEffect(() => {
    if (focus) document.getElementById("update-text")?.focus();
  }, [focus, shown?.requestId]);
  return { shown, focus, openCount: asked.length, mayReport: data?.requests?.mayReport ?? false };
}

/** "<name> vraagt u vóór <deadline> om een voortgangsupdate", with the request's message. */
export function RequestBanner({ request }: { request: ReturnType<typeof useUpdateRequest> }) {
  const t = useT();
  const { date } = useFormat();
  const { shown, openCount } = request;
  if (!shown) return null;
  return (
    <div className="utrecht-alert utrecht-alert--info koers-request-banner" role="note" aria-label={t("requests.banner.label")}>
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph">
          <strong>{t("requests.banner.text", { requester: shown.requester ?? t("requests.list.someone"), deadline: date(shown.deadline) })}</strong>
          {shown.status === "overdue" ? ` ${t("requests.banner.overdue")}` : null}
        </p>
        {shown.message ? <p className="utrecht-paragraph koers-request-banner__message">{shown.message}</p> : null}
        {openCount > 1 ? <p className="utrecht-paragraph">{t("requests.banner.more", { count: openCount })}</p> : null}
      </div>
    </div>
  );
}
