import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { SectionCard } from "@/components/section-card";
import { formatDateTime } from "@/lib/labels";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { ChecklistForm, ChooseChecklist } from "./_components/checklist-form";

type Props = { params: Promise<{ projectId: string; controlId: string }> };

export const generateMetadata = titled("Control checklist");

/** The checklist of one control: the controller fills it in; the partner, the lead and
 * observers read it (it is part of the control's record). */
export default async function ControlChecklistPage({ params }: Props) {
  const { projectId, controlId } = await params;
  const api = await serverApi();
  const data = await orNotFound(api.controlChecklists.get({ projectId, controlId }));
  const finance = `/projects/${projectId}/finance`;
  const status = data.completedAt
    ? `Completed on ${formatDateTime(data.completedAt)}`
    : data.checklist
      ? "Not completed yet"
      : "No checklist chosen yet";
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[
          ["Finance", finance],
          ["Reports", `${finance}/reports`],
          [`Control, period ${data.periodNumber}`],
          ["Checklist"],
        ]}
        title={data.checklist ? data.checklist.template.name : "Control checklist"}
        meta={
          <>
            <span>{status}</span>
            <span aria-hidden="true">·</span>
            <span>
              {data.status === "finished" ? "Control finished: read-only" : "Control in progress"}
            </span>
            <span aria-hidden="true">·</span>
            <Link
              className="underline underline-offset-4"
              href={`${finance}/control/${controlId}/clarifications`}
            >
              Clarification rounds
            </Link>
          </>
        }
        description="Questions answered yes, no or not applicable (a “no” needs a comment), and free-text fields. The control cannot be finished until a chosen checklist is completed."
      />
      {data.can.choose && (
        <SectionCard
          title="Which checklist"
          description="Choosing another checklist keeps the answers to the items both have."
        >
          <ChooseChecklist projectId={projectId} data={data} />
        </SectionCard>
      )}
      {data.checklist ? (
        <ChecklistForm projectId={projectId} data={data} />
      ) : (
        !data.can.choose && (
          <p className="text-sm text-muted-foreground">
            The controller has not chosen a checklist for this control yet.
          </p>
        )
      )}
    </div>
  );
}
