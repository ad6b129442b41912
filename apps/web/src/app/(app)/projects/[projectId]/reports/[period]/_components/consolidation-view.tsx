import { ACHIEVEMENT_LABELS } from "@consortia/api/schemas";
import { ColumnHeads } from "@/components/column-heads";
import { ScrollingTable } from "@/components/scrolling-table";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import type { ReportModel } from "./types";

/** The highlights and work-package status as read-only text. */
export function ConsolidationView({
  model,
}: {
  model: Pick<ReportModel, "highlights" | "workPackages">;
}) {
  return (
    <div className="grid min-w-0 gap-4">
      <section className="grid gap-1">
        <h3 className="font-medium">Highlights of the period</h3>
        {model.highlights.trim() ? (
          <p className="whitespace-pre-wrap break-words text-sm">{model.highlights}</p>
        ) : (
          <p className="text-sm text-muted-foreground">No highlights written yet.</p>
        )}
      </section>
      <section className="grid min-w-0 gap-2">
        <h3 className="font-medium">Work-package status</h3>
        {model.workPackages.length === 0 ? (
          <p className="text-sm text-muted-foreground">The work plan has no work packages yet.</p>
        ) : (
          <ScrollingTable label="Work-package status">
            <ColumnHeads columns={["Work package", "Objectives", "Explanation"]} />
            <TBody>
              {model.workPackages.map((wp) => (
                <TR key={wp.id}>
                  <TH scope="row" className="min-w-40 font-normal text-foreground">
                    WP{wp.number} {wp.title}
                  </TH>
                  <TD className="whitespace-nowrap">
                    {wp.achievement ? ACHIEVEMENT_LABELS[wp.achievement] : "Not assessed"}
                  </TD>
                  <TD className="min-w-48 whitespace-pre-wrap break-words">
                    {wp.explanation || "–"}
                  </TD>
                </TR>
              ))}
            </TBody>
          </ScrollingTable>
        )}
      </section>
    </div>
  );
}
