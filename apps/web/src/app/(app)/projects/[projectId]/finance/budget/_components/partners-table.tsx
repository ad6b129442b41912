import type { ReactNode } from "react";
import { ColumnHeads } from "@/components/column-heads";
import { ScrollingTable } from "@/components/scrolling-table";
import { TBody, TD, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { formatEuros } from "@/lib/money-format";
import type { PartnerFinance } from "./types";

/** Each partner's finance in one row; lead coordinators get an edit button per row. */
export function PartnersTable({
  partners,
  statusLabels,
  edit,
}: {
  partners: PartnerFinance[];
  statusLabels: Record<string, string>;
  edit: (p: PartnerFinance) => ReactNode;
}) {
  return (
    <ScrollingTable label="Partners’ finance">
      <caption className="sr-only">
        Legal status, co-financing rate, currency, preparation lump sum, contribution sources and
        partnership agreement of each partner
      </caption>
      <ColumnHeads
        columns={[
          "Partner",
          "Legal status",
          { label: "Co-financing", className: "text-right" },
          "Currency",
          { label: "Lump sum (EUR)", className: "text-right" },
          "Contributions",
          "Agreement",
          { label: "Actions", srOnly: true },
        ]}
      />
      <TBody>
        {partners.map((p) => (
          <TR key={p.partnerId}>
            <TD className="font-medium">{p.shortName}</TD>
            <TD>{statusLabels[p.legalStatus] ?? p.legalStatus}</TD>
            <TD className="text-right tabular-nums">{p.cofinancingPercent} %</TD>
            <TD>{p.currency}</TD>
            <TD className="text-right tabular-nums">{formatEuros(p.lumpSumCents)}</TD>
            <TD>
              {p.contributions.length === 0
                ? "None"
                : p.contributions
                    .map((c) => `${c.name} (${formatEuros(c.amountCents)})`)
                    .join("; ")}
            </TD>
            <TD>
              {p.agreementSignedOn ? `Signed ${formatDate(p.agreementSignedOn)}` : "Not signed"}
            </TD>
            <TD>{edit(p)}</TD>
          </TR>
        ))}
      </TBody>
    </ScrollingTable>
  );
}
