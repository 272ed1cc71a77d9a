import { OPEN_SIGNAL_STATUSES, sliceOfGroups } from "@koers/domain";
import { useT } from "../../lib/i18n";
import { SignalTable } from "./SignalTable";
import type { SignalList } from "./types";

type Page = Pick<SignalList, "rows" | "total" | "page" | "pageSize" | "sections">;

/**
 * One page of signals. Staff get two lists, "Te behandelen" then "Afgehandeld", in the order
 * the server pages them; a list appears when this page has some of it, or to say it is empty
 * altogether (not on a later page where its rows were on an earlier one). Others get one list.
 */
export function SignalLists({ list, base }: { list: Page; base: string }) {
  const t = useT();
  if (!list.sections) {
    const of = { skip: (list.page - 1) * list.pageSize, total: list.total };
    return <SignalTable id="signals-all" heading={t("signals.sections.all")} rows={list.rows} of={of} base={base} />;
  }
  const [open, decided] = sliceOfGroups([list.sections.open, list.sections.decided], list);
  const isOpen = (row: Page["rows"][number]) => OPEN_SIGNAL_STATUSES.includes(row.status);
  return (
    <>
      {open!.take > 0 || list.sections.open === 0 ? (
        <SignalTable
          id="signals-open"
          heading={t("signals.sections.open")}
          rows={list.rows.filter(isOpen)}
          of={{ skip: open!.skip, total: list.sections.open }}
          base={base}
        />
      ) : null}
      {decided!.take > 0 || list.sections.decided === 0 ? (
        <SignalTable
          id="signals-decided"
          heading={t("signals.sections.decided")}
          rows={list.rows.filter((row) => !isOpen(row))}
          of={{ skip: decided!.skip, total: list.sections.decided }}
          base={base}
        />
      ) : null}
    </>
  );
}
