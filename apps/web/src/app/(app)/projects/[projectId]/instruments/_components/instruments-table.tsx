import type { RouterOutputs } from "@consortia/api/client";
import { INSTRUMENT_TYPE_LABELS } from "@consortia/api/schemas";
import Link from "next/link";
import { ColumnHeads } from "@/components/column-heads";
import { PlanStatusBadge } from "@/components/policy-badges";
import { TextLink } from "@/components/text-link";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TR } from "@/components/ui/table";
import { TERRITORIAL_LEVEL_LABELS } from "@/lib/policy-labels";
import { instrumentUrl, newPlanUrl, planUrl } from "@/lib/urls";
import { DeleteInstrument } from "./delete-instrument";

type Row = RouterOutputs["policyInstruments"]["list"][number];

const link = "font-medium text-primary underline-offset-4 hover:underline";

/** The plan's status, a link to it for those who may read it, or a start for those allowed. */
function PlanCell({ projectId, row }: { projectId: string; row: Row }) {
  const plan = row.actionPlan;
  if (!plan)
    return row.can.createActionPlan ? (
      <Link href={newPlanUrl(projectId, row.id)} className={link}>
        Start an action plan<span className="sr-only"> for {row.name}</span>
      </Link>
    ) : (
      <span className="text-muted-foreground">No action plan yet</span>
    );
  return (
    <span className="flex flex-wrap items-center gap-2">
      <PlanStatusBadge status={plan.status} />
      {plan.id ? (
        <Link href={planUrl(projectId, plan.id)} className={link}>
          Open plan<span className="sr-only"> for {row.name}</span>
        </Link>
      ) : (
        <span className="text-xs text-muted-foreground">not shared yet</span>
      )}
    </span>
  );
}

/** Every partner's policy instruments, main ones first, with their action plan's status. */
export function InstrumentsTable({ projectId, rows }: { projectId: string; rows: Row[] }) {
  return (
    <Table label="Policy instruments">
      <caption className="sr-only">Policy instruments</caption>
      <ColumnHeads
        columns={[
          "Partner",
          "Policy instrument",
          { label: "Managing authority", className: "hidden lg:table-cell" },
          { label: "Level", className: "hidden md:table-cell" },
          { label: "Managed by partner", className: "hidden xl:table-cell" },
          "Action plan",
          { label: "Changes", className: "hidden sm:table-cell", srOnly: true },
        ]}
      />
      <TBody>
        {rows.map((r) => (
          <TR key={r.id}>
            <TD className="align-top">
              <span className="font-medium">{r.partnerShortName}</span>
              {r.partnerRole === "advisory" && (
                <span className="block text-xs text-muted-foreground">Advisory partner</span>
              )}
            </TD>
            <TD className="min-w-0 max-w-[14rem] align-top sm:max-w-none">
              <div className="grid gap-1">
                <Link href={instrumentUrl(projectId, r.id)} className={`break-words ${link}`}>
                  {r.name}
                </Link>
                <span className="flex flex-wrap gap-1">
                  {r.isMain && <Badge variant="secondary">Main</Badge>}
                  <span className="text-xs text-muted-foreground">
                    {INSTRUMENT_TYPE_LABELS[r.instrumentType]}
                  </span>
                </span>
                <span className="text-xs text-muted-foreground md:hidden">
                  {TERRITORIAL_LEVEL_LABELS[r.territorialLevel]} level
                  {r.managedByPartner ? " · managed by the partner" : ""}
                </span>
              </div>
            </TD>
            <TD className="hidden align-top lg:table-cell">{r.managingAuthority || "–"}</TD>
            <TD className="hidden align-top md:table-cell">
              {TERRITORIAL_LEVEL_LABELS[r.territorialLevel]}
            </TD>
            <TD className="hidden align-top xl:table-cell">{r.managedByPartner ? "Yes" : "No"}</TD>
            <TD className="align-top">
              <PlanCell projectId={projectId} row={r} />
            </TD>
            <TD className="hidden align-top sm:table-cell">
              {r.can.edit && (
                <span className="flex flex-wrap justify-end gap-1">
                  <TextLink
                    href={`${instrumentUrl(projectId, r.id)}/edit`}
                    className="inline-flex h-9 items-center rounded-md px-3 text-sm font-medium"
                  >
                    Edit<span className="sr-only"> {r.name}</span>
                  </TextLink>
                  {!r.hasActionPlan && (
                    <DeleteInstrument
                      projectId={projectId}
                      instrumentId={r.id}
                      version={r.version}
                      name={r.name}
                      compact
                    />
                  )}
                </span>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
