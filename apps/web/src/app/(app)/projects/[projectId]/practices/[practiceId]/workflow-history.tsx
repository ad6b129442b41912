import type { RouterOutputs } from "@consortia/api/client";
import { DateTime } from "@/components/date-time";
import { formatDate } from "@/lib/labels";

type Practice = RouterOutputs["goodPractices"]["get"];

/** Who moved the practice on, and when. */
export function WorkflowHistory({ practice: p }: { practice: Practice }) {
  const w = p.workflow;
  const steps = [
    { key: "drafted", label: "Drafted", at: p.createdAt as Date | null, by: p.createdByName },
    { key: "submitted", label: "Submitted", ...w.submitted },
    { key: "approved", label: "Approved by the lead partner", ...w.approved },
    { key: "returned", label: "Returned to the author", ...w.returned },
    { key: "validated", label: "Validated by the programme", ...w.validated },
    { key: "published", label: "Published", ...w.published },
  ];
  return (
    <ol className="grid gap-3 text-sm">
      {steps.map((s) => (
        <li key={s.key} className="grid gap-0.5">
          <span className="font-medium">{s.label}</span>
          {s.at ? (
            <span className="text-muted-foreground">
              <DateTime value={new Date(s.at)} />
              {s.by ? ` · ${s.by}` : ""}
              {s.key === "validated" && w.validated.on
                ? ` · validation date ${formatDate(w.validated.on)}`
                : ""}
            </span>
          ) : (
            <span className="text-muted-foreground">Not yet</span>
          )}
        </li>
      ))}
    </ol>
  );
}
