import type { RouterOutputs } from "@consortia/api/client";
import { ColumnHeads } from "@/components/column-heads";
import { ImprovementStatusBadge } from "@/components/policy-badges";
import { TextLink, TitleLink } from "@/components/text-link";
import { Table, TBody, TD, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { formatEuros, IMPROVEMENT_TYPE_LABELS } from "@/lib/policy-labels";
import { improvementUrl, regionUrl } from "@/lib/urls";

type Row = RouterOutputs["improvements"]["list"][number];

/** Policy improvements by partner, the most recent first. */
export function ImprovementsTable({ projectId, rows }: { projectId: string; rows: Row[] }) {
  return (
    <Table label="Policy improvements">
      <caption className="sr-only">Policy improvements</caption>
      <ColumnHeads
        columns={[
          "Improvement",
          "Status",
          { label: "Partner", className: "hidden md:table-cell" },
          { label: "Type", className: "hidden lg:table-cell" },
          "Funds mobilised",
          { label: "Evidence", className: "hidden sm:table-cell" },
        ]}
      />
      <TBody>
        {rows.map((r) => (
          <TR key={r.id}>
            <TD className="max-w-[14rem] sm:max-w-none">
              <TitleLink href={improvementUrl(projectId, r.id)}>{r.title}</TitleLink>
              <div className="text-xs text-muted-foreground">
                <span className="md:hidden">{r.partnerName} · </span>
                {r.policyInstrumentName}
                {r.improvementDate && ` · ${formatDate(r.improvementDate)}`}
              </div>
            </TD>
            <TD>
              <ImprovementStatusBadge status={r.status} />
              {r.validatedOn && (
                <div className="text-xs text-muted-foreground">{formatDate(r.validatedOn)}</div>
              )}
            </TD>
            <TD className="hidden md:table-cell">
              <TextLink href={regionUrl(projectId, r.partnerId)}>{r.partnerName}</TextLink>
            </TD>
            <TD className="hidden lg:table-cell">{IMPROVEMENT_TYPE_LABELS[r.improvementType]}</TD>
            <TD className="whitespace-nowrap tabular-nums">{formatEuros(r.fundsMobilisedEur)}</TD>
            <TD className="hidden tabular-nums sm:table-cell">{r.evidenceCount}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
