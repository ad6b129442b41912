import { ColumnHeads } from "@/components/column-heads";
import { ScrollingTable } from "@/components/scrolling-table";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { formatEuros } from "@/lib/money-format";
import type { Budget } from "./types";

const money = (cents: number | undefined) => formatEuros(cents ?? 0);

/**
 * The plan's totals as the API sums them: per partner × category with the project's row, and
 * per reporting period. Preparation lump sums are shown beside the plan, not in it.
 */
export function BudgetSummary({ budget }: { budget: Budget }) {
  const { categories, partners, periods, totals, lumpSums } = budget;
  return (
    <div className="grid gap-6">
      <ScrollingTable label="Budget per partner and cost category">
        <caption className="sr-only">
          The budget of each partner per cost category in euros, its total and its preparation lump
          sum; the last row is the project
        </caption>
        <ColumnHeads
          columns={[
            "Partner",
            ...categories.map((c) => ({ label: c.label, className: "text-right" })),
            { label: "Total", className: "text-right" },
            { label: "Preparation lump sum", className: "text-right" },
          ]}
        />
        <TBody>
          {partners.map((p) => (
            <TR key={p.id}>
              <TH scope="row" className="font-medium">
                {p.shortName}
              </TH>
              {categories.map((c) => (
                <TD key={c.category} className="text-right tabular-nums">
                  {money(totals.byPartnerCategory[`${p.id}|${c.category}`])}
                </TD>
              ))}
              <TD className="text-right font-medium tabular-nums">
                {money(totals.byPartner[p.id])}
              </TD>
              <TD className="text-right tabular-nums">{money(lumpSums[p.id])}</TD>
            </TR>
          ))}
          <TR className="font-semibold">
            <TH scope="row">Project</TH>
            {categories.map((c) => (
              <TD key={c.category} className="text-right tabular-nums">
                {money(totals.byCategory[c.category])}
              </TD>
            ))}
            <TD className="text-right tabular-nums">{money(totals.project)}</TD>
            <TD className="text-right tabular-nums">{money(budget.lumpSumsTotal)}</TD>
          </TR>
        </TBody>
      </ScrollingTable>
      <ScrollingTable label="Budget per reporting period">
        <caption className="sr-only">
          The project's budget in each reporting period, in euros
        </caption>
        <ColumnHeads
          columns={["Period", "Dates", { label: "Budget (EUR)", className: "text-right" }]}
        />
        <TBody>
          {periods.map((p) => (
            <TR key={p.number}>
              <TH scope="row">Period {p.number}</TH>
              <TD>
                {formatDate(p.start)} – {formatDate(p.end)}
              </TD>
              <TD className="text-right tabular-nums">{money(totals.byPeriod[p.number])}</TD>
            </TR>
          ))}
        </TBody>
      </ScrollingTable>
    </div>
  );
}
