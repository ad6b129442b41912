import type { RouterOutputs } from "@consortia/api/client";
import { ColumnHeads } from "@/components/column-heads";
import { DateTime } from "@/components/date-time";
import { Table, TBody, TD, TH, TR } from "@/components/ui/table";
import { exportUrl, SNAPSHOT_TRANSITION_LABELS } from "../../_components/labels";

type Snapshot = RouterOutputs["actionPlans"]["get"]["snapshots"][number];

const FORMATS = [
  { format: "pdf", label: "PDF" },
  { format: "docx", label: "DOCX" },
  { format: "xlsx", label: "XLSX" },
] as const;

/** Every submission and finalisation, newest first, each exportable as it was then. */
export function SnapshotTable({
  projectId,
  planId,
  snapshots,
}: {
  projectId: string;
  planId: string;
  snapshots: Snapshot[];
}) {
  return (
    <Table label="Snapshots">
      <caption className="sr-only">Snapshots of the action plan</caption>
      <ColumnHeads
        columns={[
          "Snapshot",
          "Step",
          { label: "By", className: "hidden md:table-cell" },
          "When",
          { label: "Note", className: "hidden lg:table-cell" },
          "Export",
        ]}
      />
      <TBody>
        {snapshots.map((s) => (
          <TR key={s.id}>
            <TH scope="row" className="align-top font-medium text-foreground">
              {s.number}
            </TH>
            <TD className="align-top">
              {SNAPSHOT_TRANSITION_LABELS[s.transition] ?? s.transition}
              <span className="block text-xs text-muted-foreground md:hidden">
                {s.createdByName ?? "A former member"}
              </span>
            </TD>
            <TD className="hidden align-top md:table-cell">
              {s.createdByName ?? "A former member"}
            </TD>
            <TD className="align-top">
              <DateTime value={s.createdAt} />
            </TD>
            <TD className="hidden max-w-[20rem] whitespace-pre-line break-words align-top lg:table-cell">
              {s.note || "–"}
            </TD>
            <TD className="align-top">
              <span className="flex flex-wrap gap-x-2 gap-y-1">
                {FORMATS.map((f) => (
                  <a
                    key={f.format}
                    href={exportUrl(projectId, planId, f.format, s.number)}
                    download
                    className="text-primary underline underline-offset-2"
                  >
                    {f.label}
                    <span className="sr-only"> of snapshot {s.number}</span>
                  </a>
                ))}
              </span>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
