import { COUNTRIES } from "@consortia/api/schemas";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { Breadcrumb } from "@/components/breadcrumb";
import { PolicyTabs } from "@/components/policy-tabs";
import { Button } from "@/components/ui/button";
import { PARTNER_ROLE_LABELS } from "@/lib/labels";
import { improvementsHref } from "@/lib/list-filters";
import { chainUrl, instrumentsUrl, policyUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { projectMetadata } from "@/server/page-metadata";
import { InstrumentStatus } from "./instrument-status";

type Params = { params: Promise<{ projectId: string; partnerId: string }> };

const statusOf = cache(async (projectId: string, partnerId: string) => {
  const api = await serverApi();
  return orNotFound(api.policyViews.instrumentStatus({ projectId, partnerId }));
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, partnerId } = await params;
  return projectMetadata(
    projectId,
    statusOf(projectId, partnerId).then((r) => `${r.partner.shortName}: policy status`),
  );
}

/** A region's status page: its instruments, plans, monitoring and improvements. */
export default async function RegionStatusPage({ params }: Params) {
  const { projectId, partnerId } = await params;
  const api = await serverApi();
  const status = await statusOf(projectId, partnerId);
  const plans = status.instruments.flatMap((i) => (i.plan ? [i.plan.id] : []));
  const [improvements, grids] = await Promise.all([
    api.improvements.list({ projectId, partnerId }),
    Promise.all(plans.map((actionPlanId) => api.monitoring.byPlan({ projectId, actionPlanId }))),
  ]);
  const improvementEvidence = new Map(improvements.map((m) => [m.id, m.evidenceCount]));
  const progressEvidence = new Map<string, number>();
  for (const grid of grids)
    for (const a of grid.actions) {
      const latest = a.cells.findLast((c) => c.entry !== null)?.entry;
      if (latest) progressEvidence.set(a.id, latest.evidenceCount);
    }
  const { partner } = status;

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PolicyTabs projectId={projectId} />
      <div className="grid gap-3">
        <Breadcrumb
          items={[
            { label: "Policy overview", href: policyUrl(projectId) },
            { label: partner.shortName },
          ]}
        />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid min-w-0 gap-1">
            <h1 className="break-words text-2xl font-semibold tracking-tight">{partner.name}</h1>
            <p className="text-sm text-muted-foreground">
              {partner.regionName}, {COUNTRIES[partner.country] ?? partner.country} ·{" "}
              {PARTNER_ROLE_LABELS[partner.role]}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="outline">
              <Link href={chainUrl(projectId, { partner: partner.id })}>Its learning chain</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={improvementsHref(projectId, { partner: partner.id })}>
                Its improvements
              </Link>
            </Button>
            {status.can.edit && status.instruments.length > 0 && (
              <Button asChild>
                <Link href={`/projects/${projectId}/improvements/new?partner=${partner.id}`}>
                  Record an improvement
                </Link>
              </Button>
            )}
          </div>
        </div>
      </div>

      {status.instruments.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          {partner.role === "advisory"
            ? "An advisory partner addresses no policy instrument."
            : "No policy instrument is recorded for this partner yet."}{" "}
          {status.can.edit && partner.role !== "advisory" && (
            <Link href={instrumentsUrl(projectId)} className="text-primary underline">
              Add it among the policy instruments
            </Link>
          )}
        </p>
      ) : (
        status.instruments.map((i) => (
          <InstrumentStatus
            key={i.id}
            projectId={projectId}
            instrument={i}
            improvementEvidence={improvementEvidence}
            progressEvidence={progressEvidence}
          />
        ))
      )}
    </div>
  );
}
