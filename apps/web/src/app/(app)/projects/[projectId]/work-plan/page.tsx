import { SectionCard } from "@/components/section-card";
import { serverApi } from "@/server/api";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { Timeline } from "./_components/timeline";
import { TimelineTable } from "./_components/timeline-table";
import { WorkPackageCard } from "./_components/work-package-card";
import { WorkPackageDialog } from "./_components/work-package-dialog";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Work plan");

/** The work plan: a timeline, then each work package with its objectives and activities. */
export default async function WorkPlanPage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const [overview, workPackages, activities, deliverables, periods] = await Promise.all([
    projectOverview(projectId),
    api.workPackages.list({ projectId }),
    api.activities.list({ projectId }),
    api.deliverables.list({ projectId }),
    api.projects.periods({ projectId }),
  ]);
  const partners = overview.partners.map((p) => ({ id: p.id, name: p.name }));
  const today = new Date().toISOString().slice(0, 10);
  const nextNumber = Math.max(0, ...workPackages.map((w) => w.number)) + 1;

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Work plan</h1>
          <p className="text-sm text-muted-foreground">
            Work packages, their activities and deliverables across the reporting periods
            {periods.currentPeriod ? ` (now in period ${periods.currentPeriod})` : ""}.
          </p>
        </div>
        {overview.can.manageWorkPlan && (
          <WorkPackageDialog projectId={projectId} partners={partners} nextNumber={nextNumber} />
        )}
      </div>

      <SectionCard
        title="Timeline"
        description="Bars show work packages and activities; diamonds mark deliverables’ due dates (green: approved, red: overdue); the red line is today. The table below holds the same facts."
        contentClassName="grid gap-4"
      >
        <Timeline
          periods={periods}
          workPackages={workPackages}
          activities={activities}
          deliverables={deliverables}
          today={today}
        />
        <details className="min-w-0">
          <summary className="cursor-pointer text-sm font-medium">
            Show the timeline as a table
          </summary>
          <div className="mt-3">
            <TimelineTable
              projectId={projectId}
              periods={periods}
              workPackages={workPackages}
              activities={activities}
              deliverables={deliverables}
            />
          </div>
        </details>
      </SectionCard>

      <section aria-labelledby="wp-heading" className="grid gap-4">
        <h2 id="wp-heading" className="text-xl font-semibold">
          Work packages
        </h2>
        {workPackages.length === 0 && (
          <p className="text-sm text-muted-foreground">No work packages yet.</p>
        )}
        {workPackages.map((w) => (
          <WorkPackageCard
            key={w.id}
            projectId={projectId}
            workPackage={w}
            activities={activities.filter((a) => a.workPackageId === w.id)}
            partners={partners}
          />
        ))}
      </section>
    </div>
  );
}
