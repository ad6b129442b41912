import { CLARIFICATION_STATUS_LABELS } from "@consortia/api/schemas";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { SectionCard } from "@/components/section-card";
import { formatDate, formatDateTime } from "@/lib/labels";
import { documentFileUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { AnswerForm, AskForm, CloseRound } from "./_components/clarification-forms";

type Props = { params: Promise<{ projectId: string; controlId: string }> };

export const generateMetadata = titled("Clarifications");

/**
 * The clarification rounds of one control: the controller asks, the partner's editors answer
 * with documents; lead coordinators and observers see how many rounds are in each status.
 */
export default async function ClarificationsPage({ params }: Props) {
  const { projectId, controlId } = await params;
  const api = await serverApi();
  const data = await orNotFound(api.controlClarifications.list({ projectId, controlId }));
  const finance = `/projects/${projectId}/finance`;
  const { summary } = data;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[
          ["Finance", finance],
          ["Reports", `${finance}/reports`],
          [`Control, period ${data.periodNumber}`],
          ["Clarifications"],
        ]}
        title="Clarification rounds"
        meta={
          <>
            <span>
              {data.status === "finished" ? "Control finished: read-only" : "Control in progress"}
            </span>
            <span aria-hidden="true">·</span>
            <Link
              className="underline underline-offset-4"
              href={`${finance}/control/${controlId}/checklist`}
            >
              Checklist
            </Link>
          </>
        }
        description="The controller's questions about the financial report and the partner's answers, with their dates and documents."
      />
      <SectionCard title="In short">
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
          {(
            [
              ["Questions", summary.total],
              ["Awaiting an answer", summary.awaitingAnswer],
              ["Overdue", summary.overdue],
              ["Answered", summary.answered],
              ["Closed", summary.closed],
            ] as const
          ).map(([label, n]) => (
            <div key={label} className="rounded-md border p-3">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="text-xl font-semibold tabular-nums">{n}</dd>
            </div>
          ))}
        </dl>
        {data.rounds === null && (
          <p className="mt-3 text-sm text-muted-foreground">
            The questions and answers are seen by the partner and its controller only.
          </p>
        )}
      </SectionCard>
      {data.can.ask && (
        <SectionCard title="Ask the partner">
          <AskForm projectId={projectId} data={data} />
        </SectionCard>
      )}
      {data.rounds?.length === 0 && (
        <p className="text-sm text-muted-foreground">No questions yet.</p>
      )}
      {data.rounds?.map((r, n) => (
        <SectionCard
          key={r.id}
          title={`Question ${n + 1}${r.item ? ` — item ${r.item.number}: ${r.item.description}` : ""}`}
          description={`${CLARIFICATION_STATUS_LABELS[r.status]}${r.overdue ? " (overdue)" : ""}`}
        >
          <div className="grid gap-4 text-sm">
            <div>
              <p className="whitespace-pre-wrap">{r.question}</p>
              <p className="mt-1 text-muted-foreground">
                Asked {formatDateTime(r.askedAt)}
                {r.askedBy ? ` by ${r.askedBy}` : ""}
                {r.dueOn ? `; answer by ${formatDate(r.dueOn)}` : ""}
                {r.closedAt ? `; closed ${formatDateTime(r.closedAt)}` : ""}
              </p>
            </div>
            {r.answer && r.answeredAt && (
              <div className="rounded-md border-l-4 pl-3">
                <h3 className="font-medium">Answer</h3>
                <p className="whitespace-pre-wrap">{r.answer}</p>
                <p className="mt-1 text-muted-foreground">
                  Answered {formatDateTime(r.answeredAt)}
                  {r.answeredBy ? ` by ${r.answeredBy}` : ""}
                </p>
                {r.documents.length > 0 && (
                  <ul className="mt-2 grid gap-1">
                    {r.documents.map((d) => (
                      <li key={d.id}>
                        <a
                          className="underline underline-offset-4"
                          href={documentFileUrl(projectId, d.id)}
                        >
                          {d.title}
                        </a>{" "}
                        <span className="text-muted-foreground">({d.fileName})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            {data.can.answer && !r.closedAt && (
              <AnswerForm projectId={projectId} data={data} round={r} />
            )}
            {data.can.ask && !r.closedAt && (
              <div className="grid gap-3">
                <div>
                  <CloseRound projectId={projectId} round={r} />
                </div>
                {r.answeredAt && (
                  <details>
                    <summary className="cursor-pointer font-medium">Ask a follow-up</summary>
                    <div className="mt-3">
                      <AskForm projectId={projectId} data={data} followUp={r} />
                    </div>
                  </details>
                )}
              </div>
            )}
          </div>
        </SectionCard>
      ))}
    </div>
  );
}
