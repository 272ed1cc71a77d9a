import type { LoaderFunctionArgs } from "@remix-run/node";
import { filtersFromSearchParams } from "@koers/domain";
import { translator } from "@koers/i18n";
import { koers } from "../../lib/context.server";
import { toCsv } from "../../lib/csv";
import { load } from "../../lib/trpc-errors.server";

/** Euro cents as Dutch Excel reads a number: no grouping, a comma before the cents ("1250,50"). */
function euro(cents: number | null): string {
  if (cents === null) return "";
  const whole = Math.trunc(cents / 100);
  return `${whole},${String(Math.abs(cents % 100)).padStart(2, "0")}`;
}

function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

/**
 * The action list as CSV, with the same filters and order as the page it was downloaded from,
 * but every matching action rather than one page. Column headers and statuses are in the
 * reader's language.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { trpc, locale } = koers(context);
  const filters = filtersFromSearchParams(new URL(request.url).searchParams);
  const rows = await load(request, () => trpc.action.exportRows({ programmeId: params.programmeId ?? "", ...filters }));
  const t = translator(locale);
  const header = [
    t("actionCsv.title"),
    t("actionCsv.domain"),
    t("actionCsv.otherDomains"),
    t("actionCsv.status"),
    t("actionCsv.owner"),
    t("actionCsv.startDate"),
    t("actionCsv.dueDate"),
    t("actionCsv.budget"),
    t("actionCsv.tags"),
    t("actionCsv.goals"),
    t("actionCsv.overdue"),
  ];
  const body = rows.map((row) => [
    row.title,
    row.primaryDomain.name,
    row.otherDomains.map((d) => d.name).join(", "),
    t(`actionStatus.${row.status}`),
    row.owner?.name ?? "",
    row.startDate ?? "",
    row.dueDate ?? "",
    euro(row.budgetCents),
    row.tags.join(", "),
    row.goals.map((g) => g.title).join(", "),
    row.overdue ? t("actionCsv.yes") : t("actionCsv.no"),
  ]);
  return new Response(toCsv([header, ...body]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="acties-${today()}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
