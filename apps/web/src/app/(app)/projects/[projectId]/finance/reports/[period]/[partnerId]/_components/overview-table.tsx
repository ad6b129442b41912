import type { RouterOutputs } from "@consortia/api/client";
import { euroText, REPORT_CATEGORY_LABELS } from "@consortia/api/schemas";
import { NumbersHead, ScrollingTable } from "@/components/scrolling-table";
import { TBody, TD, TH, TR } from "@/components/ui/table";

type Overview = RouterOutputs["financialReports"]["get"]["overview"];

const percent = (p: number | null) => (p === null ? "–" : `${p} %`);

/** The financial overview per cost category: budget, reported, this report, total, remaining. */
export function OverviewTable({ overview }: { overview: Overview }) {
  const cells = (r: Omit<Overview["rows"][number], "category">) => (
    <>
      <TD className="text-right tabular-nums">{euroText(r.budgetCents)}</TD>
      <TD className="text-right tabular-nums">{euroText(r.previousCents)}</TD>
      <TD className="text-right tabular-nums">{euroText(r.currentCents)}</TD>
      <TD className="text-right tabular-nums">{euroText(r.totalCents)}</TD>
      <TD className="text-right tabular-nums">{percent(r.percentOfBudget)}</TD>
      <TD className="text-right tabular-nums">{euroText(r.remainingCents)}</TD>
    </>
  );
  return (
    <ScrollingTable label="Financial overview per cost category, in euros">
      <NumbersHead
        label="Cost category"
        numbers={[
          "Budget",
          "Previously reported",
          "This report",
          "Total",
          "% of budget",
          "Remaining",
        ]}
      />
      <TBody>
        {overview.rows.map((r) => (
          <TR key={r.category}>
            <TH scope="row" className="font-normal text-foreground">
              {REPORT_CATEGORY_LABELS[r.category]}
            </TH>
            {cells(r)}
          </TR>
        ))}
        <TR className="font-semibold">
          <TH scope="row" className="text-foreground">
            Total
          </TH>
          {cells(overview.total)}
        </TR>
      </TBody>
    </ScrollingTable>
  );
}
