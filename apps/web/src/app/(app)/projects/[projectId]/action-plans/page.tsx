import type { RouterOutputs } from "@consortia/api/client";
import Link from "next/link";
import { ColumnHeads } from "@/components/column-heads";
import { DateTime } from "@/components/date-time";
import { PlanStatusBadge } from "@/components/policy-badges";
import { PolicyTabs } from "@/components/policy-tabs";
import { Table, TBody, TD, TR } from "@/components/ui/table";
import { instrumentUrl, newPlanUrl, planUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { instrumentList } from "@/server/instruments";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";

type Props = { params: Promise<{ projectId: string }> };
type Instrument = RouterOutputs["policyInstruments"]["list"][number];
type Plan = RouterOutputs["actionPlans"]["list"][number];

export const generateMetadata = titled("Action plans");

const link = "font-medium text-primary underline-offset-4 hover:underline";

function PlanRow({
  projectId,
  instrument: i,
  plan,
}: {
  projectId: string;
  instrument: Instrument;
  plan: Plan | undefined;
}) {
  return (
    <TR>
      <TD className="min-w-0 max-w-[10rem] align-top sm:max-w-none">
        <Link
          href={instrumentUrl(projectId, i.id)}
          className="break-words underline-offset-4 hover:underline"
        >
          {i.name}
        </Link>
        {i.isMain && <span className="block text-xs text-muted-foreground">Main instrument</span>}
      </TD>
      <TD className="min-w-0 max-w-[10rem] align-top sm:max-w-none">
        {plan ? (
          <div className="grid gap-1">
            <Link href={planUrl(projectId, plan.id)} className={`break-words ${link}`}>
              {plan.title}
            </Link>
            <span className="text-xs text-muted-foreground md:hidden">
              {plan.actionCount} {plan.actionCount === 1 ? "action" : "actions"} ·{" "}
              {plan.commentCount} {plan.commentCount === 1 ? "comment" : "comments"}
            </span>
          </div>
        ) : i.actionPlan ? (
          <span className="text-muted-foreground">Not shared until submitted for review</span>
        ) : i.can.createActionPlan ? (
          <Link href={newPlanUrl(projectId, i.id)} className={link}>
            Start an action plan<span className="sr-only"> for {i.name}</span>
          </Link>
        ) : (
          <span className="text-muted-foreground">No action plan yet</span>
        )}
      </TD>
      <TD className="align-top">
        {plan ? (
          <PlanStatusBadge status={plan.status} />
        ) : i.actionPlan ? (
          <PlanStatusBadge status={i.actionPlan.status} />
        ) : (
          <span className="text-muted-foreground">–</span>
        )}
      </TD>
      <TD className="hidden align-top tabular-nums md:table-cell">{plan?.actionCount ?? "–"}</TD>
      <TD className="hidden align-top tabular-nums md:table-cell">{plan?.commentCount ?? "–"}</TD>
      <TD className="hidden align-top lg:table-cell">
        {plan ? <DateTime value={plan.updatedAt} /> : "–"}
      </TD>
    </TR>
  );
}

/** Each partner's action plans, one per policy instrument, and the instruments still without. */
export default async function ActionPlansPage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const [instruments, plans] = await Promise.all([
    instrumentList(projectId),
    orNotFound(api.actionPlans.list({ projectId })),
  ]);
  const byInstrument = new Map(plans.map((p) => [p.policyInstrumentId, p]));
  const partners = new Map<string, { name: string; instruments: Instrument[] }>();
  for (const i of instruments) {
    const entry = partners.get(i.partnerId) ?? { name: i.partnerName, instruments: [] };
    entry.instruments.push(i);
    partners.set(i.partnerId, entry);
  }
  const started = instruments.filter((i) => i.actionPlan).length;

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PolicyTabs projectId={projectId} />
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Action plans</h1>
        <p className="text-sm text-muted-foreground">
          How each region will use what it learned to improve its policy instrument: drafted by the
          partner, reviewed by the partnership, finalised by the lead partner.
        </p>
      </div>
      <p role="status" className="text-sm text-muted-foreground">
        {started} of {instruments.length} policy{" "}
        {instruments.length === 1 ? "instrument has" : "instruments have"} an action plan
      </p>
      {instruments.length === 0 && (
        <p className="text-sm">
          No policy instruments are recorded yet.{" "}
          <Link href={`/projects/${projectId}/instruments`} className={link}>
            Record them first
          </Link>
          ; each gets one action plan.
        </p>
      )}
      {[...partners].map(([partnerId, p]) => (
        <section key={partnerId} aria-labelledby={`partner-${partnerId}`} className="grid gap-2">
          <h2 id={`partner-${partnerId}`} className="text-lg font-semibold">
            {p.name}
          </h2>
          <Table label={`Action plans of ${p.name}`}>
            <caption className="sr-only">Action plans of {p.name}</caption>
            <ColumnHeads
              columns={[
                "Policy instrument",
                "Action plan",
                "Status",
                { label: "Actions", className: "hidden md:table-cell" },
                { label: "Comments", className: "hidden md:table-cell" },
                { label: "Last change", className: "hidden lg:table-cell" },
              ]}
            />
            <TBody>
              {p.instruments.map((i) => (
                <PlanRow
                  key={i.id}
                  projectId={projectId}
                  instrument={i}
                  plan={byInstrument.get(i.id)}
                />
              ))}
            </TBody>
          </Table>
        </section>
      ))}
    </div>
  );
}
