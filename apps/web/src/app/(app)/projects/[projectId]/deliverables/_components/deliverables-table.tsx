import type { RouterOutputs } from "@consortia/api/client";
import Link from "next/link";
import { ColumnHeads } from "@/components/column-heads";
import { Table, TBody, TD, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { deliverableUrl } from "@/lib/urls";
import { KIND_LABELS } from "./labels";
import { StatusBadge } from "./status-badge";

type Row = RouterOutputs["deliverables"]["list"][number];

/** Deliverables by due date; the code and title lead to the deliverable's page. */
export function DeliverablesTable({ projectId, rows }: { projectId: string; rows: Row[] }) {
  return (
    <Table label="Deliverables" aria-label="Deliverables">
      <ColumnHeads
        columns={["Deliverable", "Status", "Due", "Responsible", "Work package", "Period"]}
      />
      <TBody>
        {rows.map((d) => (
          <TR key={d.id}>
            <TD className="min-w-56">
              <Link href={deliverableUrl(projectId, d.id)} className="font-medium underline">
                {d.code} {d.title}
              </Link>
              <span className="block text-xs text-muted-foreground">
                {KIND_LABELS[d.kind]}
                {d.kind === "output" && ` · ${d.achievedValue ?? 0} of ${d.targetValue ?? "?"}`}
              </span>
            </TD>
            <TD>
              <StatusBadge status={d.status} overdue={d.overdue} />
            </TD>
            <TD className="whitespace-nowrap">
              {formatDate(d.dueDate)}
              {d.overdue && (
                <span className="block text-xs text-destructive">{d.daysLate} days late</span>
              )}
            </TD>
            <TD>{d.responsiblePartnerName}</TD>
            <TD>WP{d.workPackageNumber}</TD>
            <TD>{d.periodNumber ?? "–"}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
