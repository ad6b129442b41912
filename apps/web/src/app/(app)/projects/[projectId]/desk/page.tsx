import { SectionCard } from "@/components/section-card";
import { formatDate } from "@/lib/labels";
import { deliverablesHref } from "@/lib/list-filters";
import { serverApi } from "@/server/api";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { CompletionChart, type CompletionRow } from "./_components/completion-chart";
import { dueText, FigureCard } from "./_components/figure-card";
import { LearningCard } from "./_components/learning-card";
import { MoneyCard } from "./_components/money-card";
import { RemindDialog } from "./_components/remind-dialog";
import { TrafficLights } from "./_components/traffic-lights";
import type { DeskFigure } from "./_components/types";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Desk");

type Counted = { id: string; total: DeskFigure; approved: DeskFigure };

const rowsOf = (
  projectId: string,
  items: readonly Counted[],
  label: (i: number) => string,
): CompletionRow[] =>
  items.map((x, i) => ({
    key: x.id,
    label: label(i),
    approved: x.approved.count,
    total: x.total.count,
    approvedHref: deliverablesHref(projectId, x.approved.filter),
    totalHref: deliverablesHref(projectId, x.total.filter),
  }));

/** The lead partner's desk: what is late, what is due, what waits, and how each region stands. */
export default async function DeskPage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const [desk, learning, overview, money] = await Promise.all([
    api.desk.summary({ projectId }),
    api.desk.learning({ projectId }),
    projectOverview(projectId),
    // The money in short is the lead partner's (moneyDesk.summary answers lead coordinators).
    projectOverview(projectId).then((o) =>
      o.can.manageWorkPlan ? api.moneyDesk.summary({ projectId }) : null,
    ),
  ]);
  const canManage = overview.can.manageWorkPlan;
  const remind = (title: string, items: typeof desk.overdue.items) =>
    canManage ? <RemindDialog projectId={projectId} title={title} items={items} /> : undefined;
  const partners = desk.byPartner.filter((p) => p.total.count > 0);
  const overall = desk.completion === null ? "none yet" : `${Math.round(desk.completion * 100)}%`;

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Desk</h1>
        <p className="text-sm text-muted-foreground">
          The work plan on {formatDate(desk.today)}: {overall} of deliverables approved. Every
          figure opens the deliverables behind it.
        </p>
      </div>
      <div className="grid min-w-0 gap-4 md:grid-cols-3">
        <FigureCard
          projectId={projectId}
          title="Overdue"
          figure={desk.overdue}
          detail={dueText}
          action={remind("Overdue", desk.overdue.items)}
        />
        <FigureCard
          projectId={projectId}
          title="Due in the next 30 days"
          figure={desk.dueSoon}
          detail={dueText}
          action={remind("Due in the next 30 days", desk.dueSoon.items)}
        />
        <FigureCard
          projectId={projectId}
          title="Awaiting review"
          figure={desk.awaitingReview}
          detail={(d) => `due ${formatDate(d.dueDate)}`}
        />
      </div>
      {money && <MoneyCard projectId={projectId} money={money} />}
      <SectionCard
        title="Status per region"
        description="Red: a deliverable more than 30 days overdue, or two overdue. Amber: one overdue, changes requested, or not started although due within 14 days. Green: none of these."
      >
        <TrafficLights projectId={projectId} partners={desk.byPartner} />
      </SectionCard>
      <div className="grid min-w-0 gap-6 lg:grid-cols-2">
        <SectionCard
          title="Completion by partner"
          description="Share of each partner’s deliverables approved."
        >
          <CompletionChart
            title="Completion by partner"
            rows={rowsOf(projectId, partners, (i) => partners[i]?.shortName ?? "")}
          />
        </SectionCard>
        <SectionCard
          title="Completion by work package"
          description="Share of each work package’s deliverables approved."
        >
          <CompletionChart
            title="Completion by work package"
            rows={rowsOf(
              projectId,
              desk.byWorkPackage,
              (i) => `WP${desk.byWorkPackage[i]?.number}`,
            )}
          />
        </SectionCard>
      </div>
      <LearningCard projectId={projectId} learning={learning} canSetTargets={canManage} />
    </div>
  );
}
