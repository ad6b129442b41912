import type { Metadata } from "next";
import Link from "next/link";
import { SectionCard } from "@/components/section-card";
import { formatDate } from "@/lib/labels";
import { deliverablesHref } from "@/lib/list-filters";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { projectMetadata } from "@/server/page-metadata";
import { KIND_LABELS } from "../_components/labels";
import { deliverableById } from "../_components/server-data";
import { StatusBadge } from "../_components/status-badge";
import { CommentThreads } from "./comments/comment-threads";
import { DeliverableActions } from "./deliverable-actions";
import { HistoryList } from "./history-list";
import { PlanControls } from "./plan-controls";

type Params = { params: Promise<{ projectId: string; deliverableId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, deliverableId } = await params;
  return projectMetadata(
    projectId,
    deliverableById(projectId, deliverableId).then((r) => `${r.code} ${r.title}`),
  );
}

/** One deliverable: its details, status, evidence, full history and discussion. */
export default async function DeliverablePage({ params }: Params) {
  const { projectId, deliverableId } = await params;
  const api = await serverApi();
  // Comments come with the page, so a link to "#comment-…" finds its target on arrival.
  const [d, history, comments] = await Promise.all([
    deliverableById(projectId, deliverableId),
    orNotFound(api.deliverables.history({ projectId, deliverableId })),
    orNotFound(api.deliverables.comments.list({ projectId, deliverableId })),
  ]);
  const facts: Array<[string, React.ReactNode]> = [
    ["Kind", KIND_LABELS[d.kind]],
    [
      "Work package",
      <Link
        key="wp"
        className="underline"
        href={deliverablesHref(projectId, { workPackageId: d.workPackageId })}
      >
        WP{d.workPackageNumber}
      </Link>,
    ],
    ["Activity", d.activityTitle ?? "–"],
    ["Responsible partner", d.responsiblePartnerName],
    ["Contributing partners", d.contributingPartners.map((p) => p.shortName).join(", ") || "–"],
    ["Due", `${formatDate(d.dueDate)}${d.overdue ? ` (${d.daysLate} days late)` : ""}`],
    ["Reporting period", d.periodNumber ? `Period ${d.periodNumber}` : "–"],
    ...(d.kind === "output"
      ? ([["Achieved", `${d.achievedValue ?? 0} of ${d.targetValue ?? "?"}`]] as Array<
          [string, React.ReactNode]
        >)
      : []),
  ];

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid gap-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href={deliverablesHref(projectId, {})} className="underline">
            Deliverables
          </Link>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid min-w-0 gap-2">
            <h1 className="break-words text-2xl font-semibold tracking-tight">
              {d.code} {d.title}
            </h1>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-muted-foreground">Status:</span>
              <span data-testid="deliverable-status">
                <StatusBadge status={d.status} overdue={d.overdue} />
              </span>
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <DeliverableActions projectId={projectId} deliverable={d} />
            {d.can.edit && <PlanControls projectId={projectId} deliverable={d} />}
          </div>
        </div>
      </div>

      <div className="grid min-w-0 gap-6 lg:grid-cols-5">
        <SectionCard
          title="Details"
          className="min-w-0 lg:col-span-2 lg:self-start"
          contentClassName="grid gap-4 text-sm"
        >
          {d.description && <p className="whitespace-pre-line break-words">{d.description}</p>}
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted-foreground">{label}</dt>
                <dd className="min-w-0 break-words">{value}</dd>
              </div>
            ))}
          </dl>
          <div className="grid gap-1">
            <h3 className="font-medium">Evidence</h3>
            {d.documents.length === 0 ? (
              <p className="text-muted-foreground">No documents attached yet.</p>
            ) : (
              <ul className="grid gap-1">
                {d.documents.map((doc) => (
                  <li key={doc.id}>
                    <Link
                      href={`/projects/${projectId}/documents/${doc.id}`}
                      className="underline [overflow-wrap:anywhere]"
                    >
                      {doc.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </SectionCard>
        <SectionCard
          title="History"
          description="Every step of the review, oldest first."
          className="min-w-0 lg:col-span-3"
        >
          <HistoryList projectId={projectId} events={history} />
        </SectionCard>
      </div>

      <CommentThreads
        projectId={projectId}
        deliverableId={d.id}
        canComment={d.can.comment}
        initial={comments}
      />
    </div>
  );
}
