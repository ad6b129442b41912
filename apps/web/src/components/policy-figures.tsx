import type { RouterOutputs } from "@consortia/api/client";
import Link from "next/link";
import { improvementsHref } from "@/lib/list-filters";
import { formatEuros } from "@/lib/policy-labels";
import { instrumentsUrl, plansUrl } from "@/lib/urls";

type Counts = RouterOutputs["policyViews"]["counts"];

/**
 * The four policy indicators the project reports, each linking to the records behind it.
 * Awaiting validation is said beside each result: only the programme's validation counts.
 */
export function PolicyFigures({ projectId, counts }: { projectId: string; counts: Counts }) {
  const validated = improvementsHref(projectId, { status: "validated" });
  const achieved = improvementsHref(projectId, { status: "achieved" });
  const figures = [
    {
      label: "Policy instruments addressed",
      value: String(counts.policyInstrumentsAddressed),
      href: instrumentsUrl(projectId),
      note: null,
    },
    {
      label: "Action plans developed",
      value: String(counts.actionPlansDeveloped),
      href: plansUrl(projectId),
      note: "Final action plans",
    },
    {
      label: "Policy instruments improved",
      value: String(counts.policyInstrumentsImproved),
      href: validated,
      note:
        counts.instrumentsImprovedPending > 0
          ? {
              text: `${counts.instrumentsImprovedPending} more awaiting validation`,
              href: achieved,
            }
          : "With a validated improvement",
    },
    {
      label: "Funds mobilised",
      value: formatEuros(counts.fundsMobilisedEur),
      href: validated,
      note:
        counts.achievedImprovements > 0
          ? { text: `${formatEuros(counts.fundsAchievedEur)} awaiting validation`, href: achieved }
          : "From validated improvements",
    },
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
      {figures.map((f) => (
        <div key={f.label} className="grid content-start gap-1 rounded-md bg-muted px-3 py-2">
          <dt className="text-xs text-muted-foreground">{f.label}</dt>
          <dd className="text-2xl font-semibold tabular-nums">
            <Link href={f.href} className="underline-offset-4 hover:underline">
              {f.value}
              <span className="sr-only">: {f.label.toLowerCase()}, list them</span>
            </Link>
          </dd>
          {f.note && (
            <dd className="text-xs text-muted-foreground">
              {typeof f.note === "string" ? (
                f.note
              ) : (
                <Link href={f.note.href} className="underline">
                  {f.note.text}
                </Link>
              )}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
