import type { RouterOutputs } from "@consortia/api/client";
import { COUNTRIES } from "@consortia/api/schemas";
import Link from "next/link";
import { PlanStatusBadge } from "@/components/policy-badges";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { PARTNER_ROLE_LABELS } from "@/lib/labels";
import { improvementsHref } from "@/lib/list-filters";
import { formatEuros, IMPROVEMENT_STATUS_LABELS } from "@/lib/policy-labels";
import { instrumentUrl, planMonitoringUrl, planUrl, regionUrl } from "@/lib/urls";

type Matrix = RouterOutputs["policyViews"]["matrix"];
type Row = Matrix["rows"][number];

const link = "text-primary underline-offset-4 hover:underline";

function MonitoringCell({ projectId, row }: { projectId: string; row: Row }) {
  const m = row.monitoring;
  const finalPlan = row.plans.find((p) => p.status === "final");
  if (!finalPlan || m.monitoredActions === 0)
    return <span className="text-muted-foreground">Not monitored yet</span>;
  const parts = [
    m.onTrack && `${m.onTrack} on track`,
    m.completed && `${m.completed} completed`,
    m.delayed && `${m.delayed} delayed`,
    m.notStarted && `${m.notStarted} not started`,
    m.notReported && `${m.notReported} not reported`,
  ].filter(Boolean);
  return (
    <div className="grid gap-0.5">
      <Link href={planMonitoringUrl(projectId, finalPlan.id)} className={`${link} font-medium`}>
        {m.onTrackOrCompletedPercent ?? 0}%
        <span className="sr-only"> of {row.partnerName}'s actions on track or completed</span>
      </Link>
      <span className="text-xs text-muted-foreground">{parts.join(", ")}</span>
    </div>
  );
}

/**
 * The partnership matrix: one row per partner, columns from the instrument through the plan
 * and its monitoring to the improvements and funds. Every figure links to its records.
 */
export function MatrixTable({
  projectId,
  matrix,
  regions,
}: {
  projectId: string;
  matrix: Matrix;
  /** Region names by partner id (the matrix names the partner and its country). */
  regions: Map<string, string>;
}) {
  const counts = (row: Row) =>
    (["expected", "achieved", "validated"] as const).map((status) => ({
      status,
      n: row.improvements[status],
      href: improvementsHref(projectId, { partner: row.partnerId, status }),
    }));
  return (
    <Table label="Partnership matrix" className="min-w-[64rem]">
      <caption className="sr-only">
        Partnership matrix: each partner's policy instrument, action plan, monitoring and
        improvements
      </caption>
      <THead>
        <TR>
          <TH scope="col">Partner</TH>
          <TH scope="col">Policy instrument</TH>
          <TH scope="col">Action plan</TH>
          <TH scope="col">Actions</TH>
          <TH scope="col">
            On track or completed
            {matrix.periodNumber !== null && (
              <span className="block text-xs font-normal">period {matrix.periodNumber}</span>
            )}
          </TH>
          <TH scope="col">Improvements expected · achieved · validated</TH>
          <TH scope="col">Funds mobilised</TH>
        </TR>
      </THead>
      <TBody>
        {matrix.rows.map((row) => (
          <TR key={row.partnerId}>
            <TH scope="row" className="font-normal text-foreground">
              <Link href={regionUrl(projectId, row.partnerId)} className={`${link} font-medium`}>
                {row.partnerName}
              </Link>
              <span className="block text-xs text-muted-foreground">
                {[regions.get(row.partnerId), COUNTRIES[row.country] ?? row.country]
                  .filter(Boolean)
                  .join(", ")}
                {row.partnerRole !== "partner" && ` · ${PARTNER_ROLE_LABELS[row.partnerRole]}`}
              </span>
            </TH>
            <TD>
              {row.instruments.length === 0 ? (
                <span className="text-muted-foreground">
                  {row.partnerRole === "advisory" ? "Advisory partner, none" : "None yet"}
                </span>
              ) : (
                <ul className="grid gap-1">
                  {row.instruments.map((i) => (
                    <li key={i.id} className="max-w-[16rem] break-words">
                      <Link href={instrumentUrl(projectId, i.id)} className={link}>
                        {i.name}
                      </Link>
                      {!i.isMain && <span className="text-xs text-muted-foreground"> (also)</span>}
                    </li>
                  ))}
                </ul>
              )}
            </TD>
            <TD>
              {row.plans.length === 0 ? (
                <span className="text-muted-foreground">No plan yet</span>
              ) : (
                <ul className="grid gap-1">
                  {row.plans.map((p) => (
                    <li key={p.id}>
                      <Link href={planUrl(projectId, p.id)} className="inline-flex">
                        <PlanStatusBadge status={p.status} />
                        <span className="sr-only"> action plan of {row.partnerName}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </TD>
            <TD className="tabular-nums">
              {row.plans[0] ? (
                <Link href={planUrl(projectId, row.plans[0].id)} className={link}>
                  {row.actionsCount}
                  <span className="sr-only"> actions of {row.partnerName}</span>
                </Link>
              ) : (
                "–"
              )}
            </TD>
            <TD>
              <MonitoringCell projectId={projectId} row={row} />
            </TD>
            <TD className="tabular-nums">
              {counts(row).map((c, i) => (
                <span key={c.status}>
                  {i > 0 && <span aria-hidden="true"> · </span>}
                  <Link href={c.href} className={link}>
                    {c.n}
                    <span className="sr-only">
                      {" "}
                      {IMPROVEMENT_STATUS_LABELS[c.status].toLowerCase()} for {row.partnerName}
                    </span>
                  </Link>
                </span>
              ))}
            </TD>
            <TD className="tabular-nums">
              <Link
                href={improvementsHref(projectId, {
                  partner: row.partnerId,
                  status: "validated",
                })}
                className={link}
              >
                {formatEuros(row.fundsValidatedEur)}
                <span className="sr-only"> validated for {row.partnerName}</span>
              </Link>
              {row.fundsAchievedEur !== "0.00" && (
                <span className="block text-xs text-muted-foreground">
                  + {formatEuros(row.fundsAchievedEur)} awaiting validation
                </span>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
