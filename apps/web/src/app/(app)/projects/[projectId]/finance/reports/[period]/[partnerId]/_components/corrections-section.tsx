import type { RouterOutputs } from "@consortia/api/client";
import { euroText, REPORT_CATEGORY_LABELS } from "@consortia/api/schemas";
import { ColumnHeads } from "@/components/column-heads";
import { ScrollingTable } from "@/components/scrolling-table";
import { SectionCard } from "@/components/section-card";
import { TBody, TD, TH, TR } from "@/components/ui/table";

type Corrections = RouterOutputs["financialReports"]["get"]["corrections"];

/** The financial corrections this report deducts: certified items of earlier periods. */
export function CorrectionsSection({ corrections }: { corrections: Corrections }) {
  if (corrections.totalCents === 0) return null;
  return (
    <SectionCard
      title="Financial corrections"
      description={`Certified expenditure of earlier periods found ineligible, deducted in this report: ${euroText(-corrections.totalCents)} in all.`}
    >
      {corrections.lines && (
        <ScrollingTable label="Financial corrections deducted in this report">
          <caption className="sr-only">
            Each correction: the corrected item, its cost category, the amount deducted and why
          </caption>
          <ColumnHeads
            columns={[
              "Item",
              "Cost category",
              { label: "Deducted", className: "text-right" },
              "Reason",
            ]}
          />
          <TBody>
            {corrections.lines.map((c) => (
              <TR key={c.id}>
                <TH scope="row" className="font-normal">
                  {c.itemDescription} (period {c.itemPeriod})
                </TH>
                <TD>{REPORT_CATEGORY_LABELS[c.category]}</TD>
                <TD className="text-right tabular-nums">{euroText(-c.amountCents)}</TD>
                <TD className="whitespace-pre-line">{c.reason}</TD>
              </TR>
            ))}
          </TBody>
        </ScrollingTable>
      )}
    </SectionCard>
  );
}
