import Link from "next/link";
import { ColumnHeads } from "@/components/column-heads";
import { Table, TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { DELIVERABLE_STATUS_LABELS } from "@/lib/record-labels";
import { deliverableUrl } from "@/lib/urls";
import type { Activity, DeliverableRow, Periods, WorkPackage } from "./types";

/** The timeline's facts as a table: what runs when, and what falls due in which period. */
export function TimelineTable({
  projectId,
  periods,
  workPackages,
  activities,
  deliverables,
}: {
  projectId: string;
  periods: Periods;
  workPackages: WorkPackage[];
  activities: Activity[];
  deliverables: DeliverableRow[];
}) {
  return (
    <Table label="Timeline" aria-label="Timeline as a table">
      <ColumnHeads columns={["Item", "From", "To / due", "Status"]} />
      <TBody>
        {periods.periods.map((p) => (
          <TR key={`p${p.number}`}>
            <TH scope="row">Reporting period {p.number}</TH>
            <TD>{formatDate(p.start)}</TD>
            <TD>{formatDate(p.end)}</TD>
            <TD>Progress report due {formatDate(p.progressReportDue)}</TD>
          </TR>
        ))}
        {workPackages.map((w) => [
          <TR key={w.id}>
            <TH scope="row">
              Work package {w.number}: {w.title}
            </TH>
            <TD>{formatDate(w.startDate)}</TD>
            <TD>{formatDate(w.endDate)}</TD>
            <TD>
              {w.approvedCount} of {w.deliverableCount} approved
            </TD>
          </TR>,
          ...activities
            .filter((a) => a.workPackageId === w.id)
            .map((a) => (
              <TR key={a.id}>
                <TH scope="row" className="pl-6 font-normal">
                  Activity: {a.title}
                </TH>
                <TD>{formatDate(a.startDate)}</TD>
                <TD>{formatDate(a.endDate)}</TD>
                <TD>–</TD>
              </TR>
            )),
          ...deliverables
            .filter((d) => d.workPackageId === w.id)
            .map((d) => (
              <TR key={d.id}>
                <TH scope="row" className="pl-6 font-normal">
                  <Link className="underline" href={deliverableUrl(projectId, d.id)}>
                    {d.code} {d.title}
                  </Link>
                </TH>
                <TD>–</TD>
                <TD>{formatDate(d.dueDate)}</TD>
                <TD>
                  {DELIVERABLE_STATUS_LABELS[d.status]}
                  {d.overdue ? ", overdue" : ""}
                </TD>
              </TR>
            )),
        ])}
      </TBody>
    </Table>
  );
}
