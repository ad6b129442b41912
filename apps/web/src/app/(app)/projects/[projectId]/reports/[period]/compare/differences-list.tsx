import type { RouterOutputs } from "@consortia/api/client";
import { DiffLegend, DiffParts } from "../../../action-plans/[planId]/history/diff-parts";

type Difference = RouterOutputs["periodReports"]["compare"]["differences"][number];

const SECTION_LABELS: Record<Difference["section"], string> = {
  highlights: "Highlights",
  workPackages: "Work packages",
  contributions: "Partners’ contributions",
  deliverables: "Deliverables and outputs",
  outputs: "Results of the learning chain",
  indicators: "Indicators",
  annexes: "Annexes",
  claim: "Financial part",
};

const FIELD_LABELS: Record<string, string> = {
  listed: "in the report",
  text: "text",
  achievement: "objectives",
  declaredEur: "declared (EUR)",
  certifiedEur: "certified (EUR)",
  fundEur: "fund requested (EUR)",
  contributionEur: "contribution (EUR)",
};

const shown = (v: Difference["before"]) => (v === null || v === "" ? "(empty)" : String(v));

/** What changed between two states of the report, section by section. */
export function DifferencesList({ differences }: { differences: Difference[] }) {
  if (differences.length === 0)
    return <p className="text-sm text-muted-foreground">The two are the same.</p>;
  const sections = [...new Set(differences.map((d) => d.section))];
  return (
    <div className="grid min-w-0 gap-6">
      {differences.some((d) => d.parts) && <DiffLegend />}
      {sections.map((section) => (
        <section key={section} className="grid min-w-0 gap-2">
          <h2 className="text-lg font-semibold">{SECTION_LABELS[section] ?? section}</h2>
          <ul className="grid gap-3">
            {differences
              .filter((d) => d.section === section)
              .map((d) => (
                <li
                  key={`${d.key}-${d.field}`}
                  className="grid min-w-0 gap-2 rounded-md border p-3 text-sm"
                >
                  <h3 className="break-words font-medium">
                    {d.label}
                    <span className="font-normal text-muted-foreground">
                      {" "}
                      · {FIELD_LABELS[d.field] ?? d.field}
                    </span>
                  </h3>
                  {d.parts ? (
                    <DiffParts parts={d.parts} />
                  ) : (
                    <dl className="grid min-w-0 gap-2 sm:grid-cols-2">
                      <div className="min-w-0 rounded bg-red-50 p-2 text-red-950">
                        <dt className="text-xs font-medium">Before</dt>
                        <dd className="whitespace-pre-wrap break-words">{shown(d.before)}</dd>
                      </div>
                      <div className="min-w-0 rounded bg-emerald-50 p-2 text-emerald-950">
                        <dt className="text-xs font-medium">After</dt>
                        <dd className="whitespace-pre-wrap break-words">{shown(d.after)}</dd>
                      </div>
                    </dl>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
