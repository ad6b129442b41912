import type { RouterOutputs } from "@consortia/api/client";
import { ColumnHeads } from "@/components/column-heads";
import { ScrollingTable } from "@/components/scrolling-table";
import { TextLink } from "@/components/text-link";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { ContributionProgress } from "./contribution-progress";
import { periodUrl } from "./labels";
import { ReportStatusBadge } from "./report-status-badge";

type Period = RouterOutputs["periodReports"]["list"][number];

/** One row per reporting period; a period that has not begun has nothing to open yet. */
export function PeriodsTable({ projectId, periods }: { projectId: string; periods: Period[] }) {
  return (
    <ScrollingTable label="Reporting periods">
      <ColumnHeads columns={["Period", "Dates", "Report", "Version", "Contributions submitted"]} />
      <TBody>
        {periods.map((p) => (
          <TR key={p.number}>
            <TH scope="row" className="whitespace-nowrap font-normal text-foreground">
              {p.begun ? (
                <TextLink href={periodUrl(projectId, p.number)} className="font-medium">
                  Period {p.number}
                </TextLink>
              ) : (
                <span>
                  Period {p.number} <span className="text-muted-foreground">(not begun)</span>
                </span>
              )}
            </TH>
            <TD className="whitespace-nowrap">
              {formatDate(p.start)} – {formatDate(p.end)}
            </TD>
            <TD>
              <ReportStatusBadge status={p.status} />
            </TD>
            <TD className="whitespace-nowrap">
              {p.latestVersion ? `Version ${p.latestVersion}` : "–"}
              {p.submittedAt && (
                <span className="block text-xs text-muted-foreground">
                  {formatDate(p.submittedAt)}
                </span>
              )}
            </TD>
            <TD>
              {p.begun ? (
                <ContributionProgress
                  submitted={p.contributions.submitted}
                  total={p.contributions.total}
                />
              ) : (
                "–"
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </ScrollingTable>
  );
}
