import { INSTRUMENT_TYPE_LABELS } from "@consortia/api/schemas";
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { DateTime } from "@/components/date-time";
import { PlanStatusBadge } from "@/components/policy-badges";
import { PolicyTabs } from "@/components/policy-tabs";
import { SectionCard } from "@/components/section-card";
import { TextLink } from "@/components/text-link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { TERRITORIAL_LEVEL_LABELS } from "@/lib/policy-labels";
import { instrumentsUrl, instrumentUrl, newPlanUrl, planUrl } from "@/lib/urls";
import { instrumentById } from "@/server/instruments";
import { projectMetadata } from "@/server/page-metadata";
import { DeleteInstrument } from "../_components/delete-instrument";

type Params = { params: Promise<{ projectId: string; instrumentId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, instrumentId } = await params;
  return projectMetadata(
    projectId,
    instrumentById(projectId, instrumentId).then((r) => r.name),
  );
}

/** One policy instrument: what it is, what is missing today, and its action plan. */
export default async function InstrumentPage({ params }: Params) {
  const { projectId, instrumentId } = await params;
  const i = await instrumentById(projectId, instrumentId);
  const facts: Array<[string, React.ReactNode]> = [
    ["Partner", i.partnerName],
    ["Type of instrument", INSTRUMENT_TYPE_LABELS[i.instrumentType]],
    ["Managing authority", i.managingAuthority || "Not given"],
    ["Territorial level", TERRITORIAL_LEVEL_LABELS[i.territorialLevel]],
    ["Managed by the partner", i.managedByPartner ? "Yes" : "No"],
    ["Main instrument of the region", i.isMain ? "Yes" : "No"],
  ];
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PolicyTabs projectId={projectId} />
      <div className="grid gap-3">
        <Breadcrumb
          items={[
            { label: "Policy instruments", href: instrumentsUrl(projectId) },
            { label: i.name },
          ]}
        />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid min-w-0 gap-2">
            <h1 className="break-words text-2xl font-semibold tracking-tight">{i.name}</h1>
            <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              {i.isMain && <Badge variant="secondary">Main instrument</Badge>}
              <span>{i.partnerShortName}</span>
            </div>
          </div>
          {i.can.edit && (
            <div className="flex flex-wrap gap-2">
              <Button asChild variant="outline">
                <Link href={`${instrumentUrl(projectId, i.id)}/edit`}>Edit instrument</Link>
              </Button>
              {i.can.delete && (
                <DeleteInstrument
                  projectId={projectId}
                  instrumentId={i.id}
                  version={i.version}
                  name={i.name}
                />
              )}
            </div>
          )}
        </div>
      </div>

      <SectionCard title="Details">
        <dl className="grid gap-x-6 gap-y-4 text-sm sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label} className="grid gap-1">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
          <div className="grid gap-1 sm:col-span-2">
            <dt className="text-muted-foreground">Short description</dt>
            <dd className="whitespace-pre-line break-words">
              {i.description || "Not described yet"}
            </dd>
          </div>
          <div className="grid gap-1 sm:col-span-2">
            <dt className="text-muted-foreground">Baseline: what is missing today</dt>
            <dd className="whitespace-pre-line break-words">{i.baseline || "Not given yet"}</dd>
          </div>
        </dl>
      </SectionCard>

      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>Action plan</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-2 text-sm">
          {i.actionPlan ? (
            <p className="flex flex-wrap items-center gap-2">
              <TextLink href={planUrl(projectId, i.actionPlan.id)} className="font-medium">
                {i.actionPlan.title}
              </TextLink>
              <PlanStatusBadge status={i.actionPlan.status} />
              <span className="text-muted-foreground">
                last changed <DateTime value={i.actionPlan.updatedAt} />
              </span>
            </p>
          ) : i.can.createActionPlan ? (
            <p>
              <TextLink href={newPlanUrl(projectId, i.id)} className="font-medium">
                Start an action plan
              </TextLink>{" "}
              <span className="text-muted-foreground">for this instrument.</span>
            </p>
          ) : (
            <p className="text-muted-foreground">
              No action plan that you can read yet. Drafts are shared once they are submitted for
              review.
            </p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
