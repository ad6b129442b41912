import type { RouterOutputs } from "@consortia/api/client";
import Link from "next/link";
import { DateTime } from "@/components/date-time";
import { DELIVERABLE_STATUS_LABELS } from "@/lib/record-labels";
import { TRANSITION_LABELS } from "../_components/labels";

type Event = RouterOutputs["deliverables"]["history"][number];

/** The review history: who moved the deliverable on, when, with what note and evidence. */
export function HistoryList({ projectId, events }: { projectId: string; events: Event[] }) {
  if (events.length === 0) return <p className="text-sm text-muted-foreground">No steps yet.</p>;
  return (
    <ol aria-label="History" className="grid gap-4 border-l pl-4 text-sm">
      {events.map((e) => (
        <li key={e.id} className="grid gap-1">
          <p>
            <span className="font-medium">{TRANSITION_LABELS[e.transition] ?? e.transition}</span>
            {" by "}
            {e.actorName ?? "a former member"}
            {" · "}
            <DateTime value={e.at} className="text-muted-foreground" />
          </p>
          {e.fromStatus && (
            <p className="text-xs text-muted-foreground">
              {DELIVERABLE_STATUS_LABELS[e.fromStatus] ?? e.fromStatus} →{" "}
              {DELIVERABLE_STATUS_LABELS[e.toStatus] ?? e.toStatus}
            </p>
          )}
          {e.note && (
            <blockquote className="whitespace-pre-line break-words border-l-2 pl-3">
              {e.note}
            </blockquote>
          )}
          {e.achievedValue !== null && <p>Achieved value reported: {e.achievedValue}</p>}
          {e.documents.length > 0 && (
            <ul aria-label="Documents submitted" className="list-disc pl-5">
              {e.documents.map((doc) => (
                <li key={doc.id}>
                  {doc.inTrash ? (
                    <span>{doc.title} (in the trash)</span>
                  ) : (
                    <Link
                      className="underline [overflow-wrap:anywhere]"
                      href={`/projects/${projectId}/documents/${doc.id}`}
                    >
                      {doc.title}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
