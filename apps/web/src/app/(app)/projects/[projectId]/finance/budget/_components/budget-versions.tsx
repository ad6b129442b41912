import Link from "next/link";
import { ColumnHeads } from "@/components/column-heads";
import { ScrollingTable } from "@/components/scrolling-table";
import { Badge } from "@/components/ui/badge";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { formatEuros } from "@/lib/money-format";
import type { BudgetVersions } from "./types";

/** Every version of the budget, newest first; each stays readable as it was approved. */
export function VersionsTable({ projectId, data }: { projectId: string; data: BudgetVersions }) {
  return (
    <ScrollingTable label="Budget versions">
      <caption className="sr-only">
        The budget's versions: number, status, entry into force, approval, whether it was a formal
        major change, and the total
      </caption>
      <ColumnHeads
        columns={[
          "Version",
          "Status",
          "In force from",
          "Approved",
          "Major change",
          { label: "Total (EUR)", className: "text-right" },
        ]}
      />
      <TBody>
        {data.versions.map((v) => (
          <TR key={v.id}>
            <TH scope="row">
              <Link
                className="underline"
                href={`/projects/${projectId}/finance/budget/versions/${v.number}`}
              >
                Version {v.number}
              </Link>
            </TH>
            <TD>
              {v.status === "approved" ? (
                <Badge variant="success">Approved</Badge>
              ) : (
                <Badge variant="warning">Draft</Badge>
              )}
            </TD>
            <TD>
              {v.status === "draft" ? "–" : v.inForceFrom ? formatDate(v.inForceFrom) : "The start"}
            </TD>
            <TD>
              {v.approvedAt
                ? `${formatDate(v.approvedAt)}${v.approvedBy ? `, ${v.approvedBy}` : ""}`
                : "–"}
            </TD>
            <TD>{v.number === 1 ? "–" : v.majorChange ? "Yes" : "No"}</TD>
            <TD className="text-right tabular-nums">{formatEuros(v.totalCents)}</TD>
          </TR>
        ))}
      </TBody>
    </ScrollingTable>
  );
}
