import type { RouterOutputs } from "@consortia/api/client";
import { INSTRUMENT_TYPE_LABELS } from "@consortia/api/schemas";
import Link from "next/link";
import { ColumnHeads } from "@/components/column-heads";
import {
  ImprovementStatusBadge,
  PercentBar,
  PlanStatusBadge,
  ProgressBadge,
} from "@/components/policy-badges";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, TD, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUS_VARIANTS,
  formatEuros,
  IMPROVEMENT_TYPE_LABELS,
  TERRITORIAL_LEVEL_LABELS,
} from "@/lib/policy-labels";
import { improvementUrl, instrumentUrl, planMonitoringUrl, planUrl } from "@/lib/urls";

type Instrument = RouterOutputs["policyViews"]["instrumentStatus"]["instruments"][number];

const link = "break-words font-medium text-primary underline-offset-4 hover:underline";

/**
 * One policy instrument of a region, from its baseline through its action plan and the
 * latest monitoring of each action to the improvements recorded against it. Evidence counts
 * come from the improvements list and the plan's monitoring grid.
 */
export function InstrumentStatus({
  projectId,
  instrument: i,
  improvementEvidence,
  progressEvidence,
}: {
  projectId: string;
  instrument: Instrument;
  improvementEvidence: Map<string, number>;
  /** Per action: evidence documents of its latest progress entry. */
  progressEvidence: Map<string, number>;
}) {
  const plan = i.plan;
  const headingId = `instrument-${i.id}`;
  return (
    <Card className="min-w-0" aria-labelledby={headingId} role="region">
      <CardHeader>
        <CardTitle id={headingId} className="flex flex-wrap items-center gap-2 break-words">
          <Link
            href={instrumentUrl(projectId, i.id)}
            className="underline-offset-4 hover:underline"
          >
            {i.name}
          </Link>
          {i.isMain && <Badge variant="secondary">Main instrument</Badge>}
        </CardTitle>
        <CardDescription>
          {INSTRUMENT_TYPE_LABELS[i.instrumentType]} ·{" "}
          {TERRITORIAL_LEVEL_LABELS[i.territorialLevel]} level
          {i.managingAuthority && ` · managed by ${i.managingAuthority}`}
          {i.managedByPartner && " (the partner itself)"}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid min-w-0 gap-6 text-sm">
        <dl className="grid gap-4 sm:grid-cols-2">
          <div className="grid gap-1">
            <dt className="text-muted-foreground">Baseline: what is missing today</dt>
            <dd className="whitespace-pre-line break-words">{i.baseline || "Not given yet"}</dd>
          </div>
          <div className="grid gap-1">
            <dt className="text-muted-foreground">Action plan</dt>
            <dd className="flex flex-wrap items-center gap-2">
              {plan ? (
                <>
                  <Link href={planUrl(projectId, plan.id)} className={link}>
                    {plan.title}
                  </Link>
                  <PlanStatusBadge status={plan.status} />
                  {plan.finalisedAt && (
                    <span className="text-muted-foreground">
                      final since {formatDate(plan.finalisedAt)}
                    </span>
                  )}
                </>
              ) : (
                <span className="text-muted-foreground">No action plan you can see yet</span>
              )}
            </dd>
          </div>
        </dl>

        {plan && (
          <section aria-labelledby={`${headingId}-actions`} className="grid min-w-0 gap-2">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={`${headingId}-actions`} className="font-medium">
                Actions and their latest monitoring
              </h3>
              <Link href={planMonitoringUrl(projectId, plan.id)} className={link}>
                Monitoring by period
              </Link>
            </div>
            <p className="text-muted-foreground">
              {Object.entries(plan.actionCounts)
                .filter(([, n]) => n > 0)
                .map(
                  ([s, n]) =>
                    `${n} ${ACTION_STATUS_LABELS[s as keyof typeof ACTION_STATUS_LABELS].toLowerCase()}`,
                )
                .join(", ") || "No actions yet"}
            </p>
            {plan.actions.length > 0 && (
              <Table label={`Actions of ${plan.title}`}>
                <caption className="sr-only">Actions of {plan.title}</caption>
                <ColumnHeads columns={["Action", "Status", "Latest progress", "Evidence"]} />
                <TBody>
                  {plan.actions.map((a) => (
                    <TR key={a.id}>
                      <TD className="min-w-[12rem] max-w-[20rem]">
                        <Link
                          href={`${planUrl(projectId, plan.id)}#action-${a.id}`}
                          className={link}
                        >
                          {a.title}
                        </Link>
                        {(a.startDate || a.endDate) && (
                          <span className="block text-xs text-muted-foreground">
                            {a.startDate ? formatDate(a.startDate) : "…"} –{" "}
                            {a.endDate ? formatDate(a.endDate) : "…"}
                          </span>
                        )}
                      </TD>
                      <TD>
                        <Badge variant={ACTION_STATUS_VARIANTS[a.status]}>
                          {ACTION_STATUS_LABELS[a.status]}
                        </Badge>
                      </TD>
                      <TD className="min-w-[12rem]">
                        {a.latest ? (
                          <div className="grid gap-1">
                            <div className="flex flex-wrap items-center gap-2">
                              <ProgressBadge progress={a.latest.progress} />
                              <PercentBar percent={a.latest.percent} progress={a.latest.progress} />
                            </div>
                            <span className="text-xs text-muted-foreground">
                              Period {a.latest.periodNumber}
                              {a.latest.comment && `: ${a.latest.comment}`}
                            </span>
                          </div>
                        ) : (
                          <span className="text-muted-foreground">Not reported yet</span>
                        )}
                      </TD>
                      <TD className="tabular-nums">
                        {a.latest ? (progressEvidence.get(a.id) ?? 0) : "–"}
                      </TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </section>
        )}

        <section aria-labelledby={`${headingId}-improvements`} className="grid min-w-0 gap-2">
          <h3 id={`${headingId}-improvements`} className="font-medium">
            Policy improvements
          </h3>
          <p className="text-muted-foreground">
            Funds mobilised: {formatEuros(i.funds.validated)} validated
            {i.funds.achieved !== "0.00" &&
              `, ${formatEuros(i.funds.achieved)} achieved and awaiting validation`}
          </p>
          {i.improvements.length === 0 ? (
            <p className="text-muted-foreground">No improvements recorded yet.</p>
          ) : (
            <Table label={`Policy improvements of ${i.name}`}>
              <caption className="sr-only">Policy improvements of {i.name}</caption>
              <ColumnHeads columns={["Improvement", "Status", "Funds", "Evidence"]} />
              <TBody>
                {i.improvements.map((m) => (
                  <TR key={m.id}>
                    <TD className="min-w-[12rem] max-w-[20rem]">
                      <Link href={improvementUrl(projectId, m.id)} className={link}>
                        {m.title}
                      </Link>
                      <span className="block text-xs text-muted-foreground">
                        {IMPROVEMENT_TYPE_LABELS[m.improvementType]}
                        {m.improvementDate && ` · ${formatDate(m.improvementDate)}`}
                      </span>
                    </TD>
                    <TD>
                      <ImprovementStatusBadge status={m.status} />
                      {m.validatedOn && (
                        <span className="block text-xs text-muted-foreground">
                          {formatDate(m.validatedOn)}
                        </span>
                      )}
                    </TD>
                    <TD className="whitespace-nowrap tabular-nums">
                      {formatEuros(m.fundsMobilisedEur)}
                    </TD>
                    <TD className="tabular-nums">{improvementEvidence.get(m.id) ?? 0}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </section>
      </CardContent>
    </Card>
  );
}
