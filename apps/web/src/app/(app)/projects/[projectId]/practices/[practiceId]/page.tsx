import { COUNTRIES, PROGRAMME_FIELDS } from "@consortia/api/schemas";
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { ChainLinks } from "@/components/chain-links";
import { Attachments } from "@/components/documents/attachments";
import { SectionCard } from "@/components/section-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { practicesUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { projectMetadata } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { StatusBadge } from "../_components/practices-table";
import { practiceById } from "../_components/server-data";
import { Interests } from "./interests";
import { LinkedEvents } from "./linked-events";
import { WorkflowActions } from "./workflow-actions";
import { WorkflowHistory } from "./workflow-history";

type Params = { params: Promise<{ projectId: string; practiceId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, practiceId } = await params;
  return projectMetadata(
    projectId,
    practiceById(projectId, practiceId).then((r) => r.title),
  );
}

/** One good practice: the programme's fields, its workflow, who wants it, where it was shown. */
export default async function PracticePage({ params }: Params) {
  const { projectId, practiceId } = await params;
  const [p, overview, lineage] = await Promise.all([
    practiceById(projectId, practiceId),
    projectOverview(projectId),
    serverApi().then((api) =>
      orNotFound(api.policyViews.lineage({ projectId, kind: "good_practice", id: practiceId })),
    ),
  ]);
  const value = (key: (typeof PROGRAMME_FIELDS)[number]["key"]) =>
    key === "locationCountry"
      ? p.locationCountry
        ? (COUNTRIES[p.locationCountry] ?? p.locationCountry)
        : ""
      : p[key];

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid gap-3">
        <Breadcrumb
          items={[{ label: "Good practices", href: practicesUrl(projectId) }, { label: p.title }]}
        />
        <div className="grid min-w-0 gap-2">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{p.title}</h1>
          <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            <StatusBadge status={p.status} />
            <span>
              {p.ownerPartnerName} · {p.themes.join(", ") || "No themes"}
            </span>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {p.can.edit && (
            <Button asChild variant="outline">
              <Link href={`${practicesUrl(projectId)}/${p.id}/edit`}>Edit practice</Link>
            </Button>
          )}
          <WorkflowActions
            projectId={projectId}
            practiceId={p.id}
            version={p.version}
            can={p.can}
          />
        </div>
      </div>

      {p.status === "returned" && p.returnComment && (
        <Alert>
          <p className="font-medium">
            Returned by {p.workflow.returned.by ?? "a lead coordinator"}
          </p>
          <p className="whitespace-pre-line">{p.returnComment}</p>
        </Alert>
      )}

      <div className="grid min-w-0 gap-6 lg:grid-cols-3">
        <SectionCard title="The programme's form" className="min-w-0 lg:col-span-2">
          <dl className="grid gap-4 text-sm">
            {PROGRAMME_FIELDS.map((f) => (
              <div key={f.key} className="grid gap-1">
                <dt className="text-muted-foreground">{f.label}</dt>
                <dd className="whitespace-pre-line break-words">
                  {value(f.key) || <span className="text-muted-foreground">Not filled in</span>}
                </dd>
              </div>
            ))}
          </dl>
        </SectionCard>
        <SectionCard title="Workflow" className="min-w-0 lg:self-start">
          <WorkflowHistory practice={p} />
        </SectionCard>
      </div>

      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>Interest from other regions</CardTitle>
        </CardHeader>
        <CardContent>
          <Interests
            projectId={projectId}
            practiceId={p.id}
            ownerPartnerId={p.ownerPartnerId}
            interests={p.interests}
            partners={overview.partners.map((o) => ({ id: o.id, name: o.name }))}
            canRecord={p.can.recordInterest}
            forAnyPartner={overview.can.actForAnyPartner}
          />
        </CardContent>
      </Card>

      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>Learning events where it was presented</CardTitle>
        </CardHeader>
        <CardContent>
          <LinkedEvents
            projectId={projectId}
            practiceId={p.id}
            events={p.events}
            canLink={p.can.linkEvents}
          />
        </CardContent>
      </Card>

      <ChainLinks projectId={projectId} lineage={lineage} omit={["learning_event"]} />

      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>Evidence documents</CardTitle>
        </CardHeader>
        <CardContent>
          <Attachments
            projectId={projectId}
            target={{ kind: "practice", id: p.id }}
            documents={p.attachments}
            canEdit={p.can.edit}
          />
        </CardContent>
      </Card>
    </div>
  );
}
