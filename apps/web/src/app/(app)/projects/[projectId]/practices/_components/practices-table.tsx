import type { RouterOutputs } from "@consortia/api/client";
import { ColumnHeads } from "@/components/column-heads";
import { TitleLink } from "@/components/text-link";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { PRACTICE_STATUS_LABELS, PRACTICE_STATUS_VARIANTS } from "@/lib/record-labels";
import { practiceUrl } from "@/lib/urls";

type Row = RouterOutputs["goodPractices"]["list"]["practices"][number];

export function StatusBadge({ status }: { status: Row["status"] }) {
  return <Badge variant={PRACTICE_STATUS_VARIANTS[status]}>{PRACTICE_STATUS_LABELS[status]}</Badge>;
}

/** The register, most recently changed first. */
export function PracticesTable({ projectId, rows }: { projectId: string; rows: Row[] }) {
  return (
    <Table label="Good practices">
      <caption className="sr-only">Good practices</caption>
      <ColumnHeads
        columns={[
          "Good practice",
          "Status",
          { label: "Owner partner", className: "hidden md:table-cell" },
          { label: "Themes", className: "hidden lg:table-cell" },
          { label: "Interested partners", className: "hidden lg:table-cell" },
        ]}
      />
      <TBody>
        {rows.map((p) => (
          <TR key={p.id}>
            <TD className="max-w-[14rem] sm:max-w-none">
              <TitleLink href={practiceUrl(projectId, p.id)}>{p.title}</TitleLink>
              <div className="text-xs text-muted-foreground md:hidden">{p.ownerPartnerName}</div>
            </TD>
            <TD>
              <StatusBadge status={p.status} />
              {p.validatedOn && (
                <div className="text-xs text-muted-foreground">{formatDate(p.validatedOn)}</div>
              )}
            </TD>
            <TD className="hidden md:table-cell">{p.ownerPartnerName}</TD>
            <TD className="hidden lg:table-cell">{p.themes.join(", ")}</TD>
            <TD className="hidden tabular-nums lg:table-cell">{p.interestCount}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
