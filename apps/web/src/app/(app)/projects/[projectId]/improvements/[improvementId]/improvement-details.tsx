import type { RouterOutputs } from "@consortia/api/client";
import Link from "next/link";
import { DateTime } from "@/components/date-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/labels";
import { ACTION_STATUS_LABELS, formatEuros, IMPROVEMENT_TYPE_LABELS } from "@/lib/policy-labels";
import { PRACTICE_STATUS_LABELS } from "@/lib/record-labels";
import { chainUrl, planUrl, practiceUrl } from "@/lib/urls";
import { MissingNote } from "./achieve-errors";

type Improvement = RouterOutputs["improvements"]["get"];

const link = "break-words font-medium text-primary underline-offset-4 hover:underline";

/** What the improvement is, with what marking it achieved still needs next to each field. */
export function ImprovementFacts({ i }: { i: Improvement }) {
  const rows: { field: string; label: string; value: React.ReactNode; wide?: boolean }[] = [
    { field: "improvementType", label: "Type", value: IMPROVEMENT_TYPE_LABELS[i.improvementType] },
    {
      field: "improvementDate",
      label: "Date of the improvement",
      value: i.improvementDate ? formatDate(i.improvementDate) : null,
    },
    {
      field: "fundsMobilisedEur",
      label: "Funds mobilised",
      value: formatEuros(i.fundsMobilisedEur),
    },
    { field: "description", label: "Description", value: i.description || null, wide: true },
    {
      field: "justification",
      label: "Why it is a direct result of the project",
      value: i.justification || null,
      wide: true,
    },
  ];
  return (
    <dl className="grid gap-4 text-sm sm:grid-cols-3">
      {rows.map((r) => (
        <div key={r.field} className={r.wide ? "grid gap-1 sm:col-span-3" : "grid gap-1"}>
          <dt className="text-muted-foreground">{r.label}</dt>
          <dd className="whitespace-pre-line break-words">
            {r.value ?? <span className="text-muted-foreground">Not given</span>}
          </dd>
          <dd>
            <MissingNote field={r.field} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Who recorded it, marked it achieved and recorded the programme's validation. */
export function ImprovementHistory({ i }: { i: Improvement }) {
  const { achieved, validated } = i.workflow;
  return (
    <ol className="grid gap-2 text-sm">
      <li>
        Recorded by {i.createdByName ?? "a former member"} on <DateTime value={i.createdAt} />
      </li>
      {achieved.at && (
        <li>
          Marked achieved by {achieved.by ?? "a former member"} on <DateTime value={achieved.at} />
        </li>
      )}
      {validated.on && (
        <li>
          Validated by the programme on {formatDate(validated.on)}
          {validated.by && `, recorded by ${validated.by}`}
        </li>
      )}
    </ol>
  );
}

/** The actions and good practices behind it: the end of the learning chain. */
export function ImprovementLinks({ projectId, i }: { projectId: string; i: Improvement }) {
  return (
    <Card className="min-w-0">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
        <CardTitle>What lies behind it</CardTitle>
        <Link href={chainUrl(projectId, { node: i.id })} className={link}>
          Follow it in the learning chain
        </Link>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm sm:grid-cols-2">
        <section aria-labelledby="behind-actions" className="grid content-start gap-1">
          <h3 id="behind-actions" className="font-medium">
            Actions
          </h3>
          {i.actions.length === 0 ? (
            <p className="text-muted-foreground">No actions linked.</p>
          ) : (
            <ul className="grid gap-1">
              {i.actions.map((a) => (
                <li key={a.id}>
                  <Link href={`${planUrl(projectId, a.planId)}#action-${a.id}`} className={link}>
                    {a.title}
                  </Link>
                  <span className="block text-xs text-muted-foreground">
                    {a.planTitle} · {ACTION_STATUS_LABELS[a.status]}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="behind-practices" className="grid content-start gap-1">
          <h3 id="behind-practices" className="font-medium">
            Good practices
          </h3>
          {i.goodPractices.length === 0 ? (
            <p className="text-muted-foreground">No good practices linked.</p>
          ) : (
            <ul className="grid gap-1">
              {i.goodPractices.map((p) => (
                <li key={p.id}>
                  <Link href={practiceUrl(projectId, p.id)} className={link}>
                    {p.title}
                  </Link>
                  <span className="block text-xs text-muted-foreground">
                    {p.ownerPartnerName} · {PRACTICE_STATUS_LABELS[p.status]}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </CardContent>
    </Card>
  );
}
