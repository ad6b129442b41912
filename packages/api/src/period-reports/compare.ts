import { type DiffPart, diffText } from "../policy";
import { CATEGORY_LABELS } from "../shared/money-labels";
import type { ProjectCtx } from "../shared/service-context";
import { loadPeriodReport } from "./load";
import type { ClaimFigures, PeriodReportModel, ReportDocument, ReportOutput } from "./model";

export type ReportSection =
  | "highlights"
  | "workPackages"
  | "contributions"
  | "deliverables"
  | "outputs"
  | "indicators"
  | "annexes"
  | "claim";
type Value = string | number | null;

/** One change between two states of a report; `parts` is the word-level diff of a text. */
export type ReportDifference = {
  section: ReportSection;
  key: string;
  label: string;
  field: string;
  before: Value;
  after: Value;
  parts?: DiffPart[];
};

/** Texts longer than this also get a word-level diff. */
const LONG_TEXT = 80;

const OUTPUT_LABELS: Record<ReportOutput["kind"], string> = {
  learning_event: "Learning event",
  peer_review: "Peer review",
  good_practice: "Good practice",
  action_plan: "Action plan",
  policy_improvement: "Policy improvement",
};

const money = (f: ClaimFigures) => ({
  declaredEur: f.declaredEur,
  certifiedEur: f.certifiedEur,
  fundEur: f.fundEur,
  contributionEur: f.contributionEur,
});

/** The claim's figures and certificates; none for a version submitted before it existed. */
function claimEntries(m: PeriodReportModel): Entry[] {
  const claim = m.claim;
  if (!claim) return [];
  return [
    ...(claim.certificates ?? []).map((c) => ({
      id: `certificate:${c.certificateId}`,
      key: c.partner,
      label: `Certificate ${c.number} of ${c.partner} (period ${c.periodNumber})`,
      fields: { certifiedEur: c.certifiedEur },
    })),
    ...claim.partners.flatMap((p) =>
      p.categories.map((c) => ({
        id: `${p.partnerId}:${c.category}`,
        key: p.partner,
        label: `${p.partner}: ${CATEGORY_LABELS[c.category]}`,
        fields: money(c),
      })),
    ),
    { id: "total", key: "total", label: "All partners: total", fields: money(claim.total) },
  ];
}

const titles = (docs: ReportDocument[]) => docs.map((d) => d.title).join("; ");

type Entry = { id: string; key: string; label: string; fields: Record<string, Value> };

/** Compares two lists matched by id: presence, then each field that changed. */
function compareList(
  section: ReportSection,
  before: Entry[],
  after: Entry[],
  out: ReportDifference[],
) {
  const old = new Map(before.map((e) => [e.id, e]));
  const current = new Set(after.map((e) => e.id));
  for (const a of after) {
    const b = old.get(a.id);
    if (!b) {
      out.push({
        section,
        key: a.key,
        label: a.label,
        field: "listed",
        before: null,
        after: a.label,
      });
      continue;
    }
    for (const [field, value] of Object.entries(a.fields)) {
      const was = b.fields[field] ?? null;
      if (was === value) continue;
      const long =
        typeof was === "string" &&
        typeof value === "string" &&
        Math.max(was.length, value.length) > LONG_TEXT;
      out.push({
        section,
        key: a.key,
        label: a.label,
        field,
        before: was,
        after: value,
        ...(long ? { parts: diffText(was, value) } : {}),
      });
    }
  }
  for (const b of before)
    if (!current.has(b.id))
      out.push({
        section,
        key: b.key,
        label: b.label,
        field: "listed",
        before: b.label,
        after: null,
      });
}

function entries(m: PeriodReportModel): Record<Exclude<ReportSection, "highlights">, Entry[]> {
  return {
    workPackages: m.workPackages.map((w) => ({
      id: w.id,
      key: `WP${w.number}`,
      label: `WP${w.number} ${w.title}`,
      fields: { title: w.title, achievement: w.achievement, explanation: w.explanation },
    })),
    contributions: m.contributions.map((c) => ({
      id: c.partnerId,
      key: c.partner,
      label: `Contribution of ${c.partner}`,
      fields: {
        status: c.status,
        activities: c.activities,
        stakeholderInvolvement: c.stakeholderInvolvement,
        communication: c.communication,
        difficultiesDeviations: c.difficultiesDeviations,
      },
    })),
    deliverables: m.deliverables.map((d) => ({
      id: d.id,
      key: d.code,
      label: `${d.code} ${d.title}`,
      fields: {
        title: d.title,
        status: d.status,
        dueDate: d.dueDate,
        approvedOn: d.approvedOn,
        achievedValue: d.achievedValue,
        evidence: titles(d.evidence),
      },
    })),
    outputs: m.outputs.map((o) => ({
      id: `${o.kind}:${o.id}`,
      key: o.id,
      label: `${OUTPUT_LABELS[o.kind]}: ${o.title}`,
      fields: { title: o.title, status: o.status, date: o.date, evidence: titles(o.evidence) },
    })),
    indicators: m.indicators.map((i) => ({
      id: i.id,
      key: i.code,
      label: `${i.code} ${i.name}`,
      fields: {
        target: i.target,
        previously: i.previously,
        thisPeriod: i.thisPeriod,
        cumulative: i.cumulative,
        justification: i.justification,
      },
    })),
    annexes: m.annexes.map((d) => ({
      id: d.id,
      key: d.fileName,
      label: d.title,
      fields: { title: d.title, updatedAt: d.updatedAt },
    })),
    claim: claimEntries(m),
  };
}

/** Every difference from one state of a period's report to another, section by section. */
export function diffReports(before: PeriodReportModel, after: PeriodReportModel) {
  const out: ReportDifference[] = [];
  if (before.highlights !== after.highlights)
    out.push({
      section: "highlights",
      key: "highlights",
      label: "Highlights",
      field: "text",
      before: before.highlights,
      after: after.highlights,
      parts: diffText(before.highlights, after.highlights),
    });
  const b = entries(before);
  const a = entries(after);
  for (const section of Object.keys(a) as (keyof typeof a)[])
    compareList(section, b[section], a[section], out);
  return out;
}

/** Compares a submitted version with another one, or with the live draft (`to` left out). */
export async function compareVersions(
  ctx: ProjectCtx,
  input: { periodNumber: number; from: number; to?: number | undefined },
  now: Date,
) {
  const { periodNumber } = input;
  const before = await loadPeriodReport(ctx, { periodNumber, version: input.from }, now);
  const after = await loadPeriodReport(
    ctx,
    input.to === undefined ? { periodNumber } : { periodNumber, version: input.to },
    now,
  );
  return {
    from: { version: before.report.version, generatedAt: before.generatedAt },
    to: { version: after.report.version, generatedAt: after.generatedAt },
    differences: diffReports(before, after),
  };
}
