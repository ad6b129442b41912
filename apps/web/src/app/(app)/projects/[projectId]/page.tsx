import { COUNTRIES } from "@consortia/api/schemas";
import { ArrowRight } from "lucide-react";
import type { Metadata } from "next";
import { IndicatorsHomeCard } from "@/app/(app)/projects/[projectId]/_home/indicators-card";
import { PolicyCountsCard } from "@/app/(app)/projects/[projectId]/_home/policy-card";
import { PracticeTargetCard } from "@/app/(app)/projects/[projectId]/_home/practices-card";
import { SectionCard } from "@/components/section-card";
import { TextLink } from "@/components/text-link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate, PARTNER_ROLE_LABELS, ROLE_LABELS } from "@/lib/labels";
import { projectOverview } from "@/server/project-data";
import { ProjectDetailsForm } from "./project-details-form";

type Params = { params: Promise<{ projectId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { project } = await projectOverview((await params).projectId);
  return { title: `${project.acronym} overview` };
}

const ROLE_ORDER = [
  "lead_coordinator",
  "partner_editor",
  "partner_viewer",
  "observer",
  "controller",
];

export default async function ProjectOverviewPage({ params }: Params) {
  const { projectId } = await params;
  const overview = await projectOverview(projectId);
  const { project, partners, countries, membersByRole, memberCount, pendingInvitations } = overview;
  const canManage = overview.can.manageProject;
  const countryNames = [...new Set(partners.map((p) => COUNTRIES[p.country] ?? p.country))].sort();

  return (
    <div className="grid grid-cols-1 gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Project overview</h1>

      <div className="grid gap-6 lg:grid-cols-3">
        <SectionCard title="Project facts" className="lg:col-span-2">
          <dl className="grid gap-x-6 gap-y-4 text-sm sm:grid-cols-2">
            <Fact label="Title" wide>
              {project.title}
            </Fact>
            <Fact label="Acronym">{project.acronym}</Fact>
            <Fact label="Programme">{project.programme}</Fact>
            <Fact label="Start">{formatDate(project.startDate)}</Fact>
            <Fact label="End">{formatDate(project.endDate)}</Fact>
            <Fact label="Core phase ends">
              {project.corePhaseEnd ? formatDate(project.corePhaseEnd) : "Not set"}
            </Fact>
            <Fact label="Current phase">
              <span className="flex flex-wrap items-center gap-2">
                <Badge variant="secondary">{project.phaseLabel}</Badge>
                {project.currentPeriod !== null && (
                  <span className="text-muted-foreground">
                    Reporting period {project.currentPeriod}
                  </span>
                )}
              </span>
            </Fact>
            {project.description && (
              <Fact label="Description" wide>
                <span className="whitespace-pre-line">{project.description}</span>
              </Fact>
            )}
          </dl>
        </SectionCard>

        <Card>
          <CardHeader>
            <CardTitle>Partnership</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-5 text-sm">
            <dl className="grid grid-cols-2 gap-4">
              <Stat label="Partners" value={partners.length} />
              <Stat label="Countries" value={countries} />
              <Stat label="Members" value={memberCount} />
              {pendingInvitations !== null && (
                <Stat label="Open invitations" value={pendingInvitations} />
              )}
            </dl>
            {countryNames.length > 0 && (
              <div className="grid gap-1">
                <h3 className="font-medium">Countries</h3>
                <p className="text-muted-foreground">{countryNames.join(", ")}</p>
              </div>
            )}
            <div className="grid gap-1">
              <h3 className="font-medium">Members by role</h3>
              {memberCount === 0 ? (
                <p className="text-muted-foreground">No members yet.</p>
              ) : (
                <ul className="grid gap-1">
                  {ROLE_ORDER.filter((r) => membersByRole[r]).map((r) => (
                    <li key={r} className="flex justify-between gap-2">
                      <span>{ROLE_LABELS[r]}</span>
                      <span className="font-medium tabular-nums">{membersByRole[r]}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
          <div className="grid gap-1">
            <CardTitle>Partners</CardTitle>
            <CardDescription>
              The organisations in the partnership and their people.
            </CardDescription>
          </div>
          <TextLink
            href={`/projects/${projectId}/partners`}
            className="inline-flex items-center gap-1 text-sm font-medium"
          >
            Partners directory <ArrowRight className="size-4" aria-hidden />
          </TextLink>
        </CardHeader>
        <CardContent>
          {partners.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              No partners yet.{canManage && " Add them in the partners directory."}
            </p>
          ) : (
            <ul className="divide-y">
              {partners.map((p) => (
                <li
                  key={p.id}
                  className="flex flex-col gap-1 py-3 text-sm sm:flex-row sm:items-center sm:justify-between sm:gap-4"
                >
                  <div className="min-w-0">
                    <p className="break-words font-medium">
                      {p.name}
                      {p.id === overview.myPartnerId && (
                        <span className="font-normal text-muted-foreground"> (your partner)</span>
                      )}
                    </p>
                    <p className="text-muted-foreground">
                      {p.regionName}, {COUNTRIES[p.country] ?? p.country} · {p.nutsCode}
                    </p>
                  </div>
                  <div className="flex shrink-0 flex-wrap items-center gap-2">
                    <Badge variant={p.role === "lead" ? "default" : "outline"}>
                      {PARTNER_ROLE_LABELS[p.role]}
                    </Badge>
                    <span className="tabular-nums text-muted-foreground">
                      {p.memberCount} {p.memberCount === 1 ? "person" : "people"}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>

      <PracticeTargetCard projectId={projectId} />

      <PolicyCountsCard projectId={projectId} />

      <IndicatorsHomeCard projectId={projectId} />

      {canManage && (
        <Card>
          <CardHeader>
            <CardTitle>Edit project details</CardTitle>
            <CardDescription>
              Only lead coordinators and platform administrators can change these.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ProjectDetailsForm
              key={project.version}
              projectId={projectId}
              version={project.version}
              initial={{
                acronym: project.acronym,
                title: project.title,
                programme: project.programme,
                description: project.description,
                startDate: project.startDate,
                endDate: project.endDate,
                corePhaseEnd: project.corePhaseEnd ?? "",
              }}
            />
          </CardContent>
        </Card>
      )}
    </div>
  );
}

function Fact({
  label,
  wide = false,
  children,
}: {
  label: string;
  wide?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={wide ? "grid gap-1 sm:col-span-2" : "grid gap-1"}>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-md bg-muted px-3 py-2">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
