import { OUTPUT_KIND_LABELS } from "@consortia/api/schemas";
import { ColumnHeads } from "@/components/column-heads";
import { ScrollingTable } from "@/components/scrolling-table";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { statusLabel } from "@/lib/status-labels";
import { EvidenceLinks } from "./evidence-links";
import type { ReportModel } from "./types";

/** The work plan's deliverables and outputs of the period, and the learning chain's results. */
export function DeliverablesSection({
  projectId,
  model,
}: {
  projectId: string;
  model: Pick<ReportModel, "deliverables" | "outputs">;
}) {
  return (
    <div className="grid min-w-0 gap-6">
      <div className="grid min-w-0 gap-2">
        <h3 className="font-medium">Deliverables and outputs of the work plan</h3>
        {model.deliverables.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            Nothing was due or approved in the period.
          </p>
        ) : (
          <ScrollingTable label="Deliverables and outputs">
            <ColumnHeads columns={["Code", "Title", "Responsible", "Due", "Status", "Evidence"]} />
            <TBody>
              {model.deliverables.map((d) => (
                <TR key={d.id}>
                  <TH scope="row" className="whitespace-nowrap font-normal text-foreground">
                    {d.code}
                  </TH>
                  <TD className="min-w-48">
                    {d.title}
                    <span className="block text-xs text-muted-foreground">
                      {d.kind === "output" ? "Output" : "Deliverable"}, WP{d.workPackageNumber}
                      {d.achievedValue !== null &&
                        `, ${d.achievedValue} of ${d.targetValue ?? "–"} achieved`}
                    </span>
                  </TD>
                  <TD>{d.responsiblePartner}</TD>
                  <TD className="whitespace-nowrap">{formatDate(d.dueDate)}</TD>
                  <TD className="whitespace-nowrap">
                    {statusLabel(d.kind, d.status) ?? "–"}
                    {d.approvedOn && (
                      <span className="block text-xs text-muted-foreground">
                        approved {formatDate(d.approvedOn)}
                      </span>
                    )}
                  </TD>
                  <TD className="min-w-40">
                    <EvidenceLinks projectId={projectId} documents={d.evidence} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </ScrollingTable>
        )}
      </div>
      <div className="grid min-w-0 gap-2">
        <h3 className="font-medium">Results of the learning chain</h3>
        {model.outputs.length === 0 ? (
          <p className="text-sm text-muted-foreground">No results recorded in the period.</p>
        ) : (
          <ScrollingTable label="Results of the learning chain">
            <ColumnHeads columns={["Kind", "Title", "Partner", "Date", "Evidence"]} />
            <TBody>
              {model.outputs.map((o) => (
                <TR key={`${o.kind}-${o.id}`}>
                  <TD className="whitespace-nowrap">{OUTPUT_KIND_LABELS[o.kind]}</TD>
                  <TH scope="row" className="min-w-48 font-normal text-foreground">
                    {o.title}
                    {o.status && (
                      <span className="block text-xs text-muted-foreground">
                        {statusLabel(o.kind, o.status)}
                      </span>
                    )}
                  </TH>
                  <TD>{o.partner}</TD>
                  <TD className="whitespace-nowrap">{formatDate(o.date)}</TD>
                  <TD className="min-w-40">
                    <EvidenceLinks projectId={projectId} documents={o.evidence} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </ScrollingTable>
        )}
      </div>
    </div>
  );
}
