import type { ClaimFigures, PeriodReportModel, ReportClaim, ReportIndicator } from "./model";
import { ACHIEVEMENT_LABELS } from "./report-schemas";

/**
 * Character limits of the programme's online progress-report form (Jems, Interreg Europe):
 * the summary of the period, then each work package's and each narrative section's box.
 * The form counts Unicode characters (code points) and a line break as one.
 */
export const TEXT_BLOCK_LIMITS = {
  summary: 5000,
  workPackage: 2000,
  stakeholders: 2000,
  communication: 2000,
  difficulties: 2000,
  deliverables: 2000,
  indicators: 2000,
  finance: 2000,
} as const;

export type TextBlock = {
  key: string;
  label: string;
  limit: number;
  text: string;
  length: number;
  over: boolean;
};

/** Characters as the form counts them: code points, CRLF as one line break. */
export function formLength(text: string): number {
  return [...text.replace(/\r\n/g, "\n")].length;
}

function block(key: string, label: string, limit: number, raw: string): TextBlock {
  const text = raw.replace(/\r\n/g, "\n").trim();
  const length = formLength(text);
  return { key, label, limit, text, length, over: length > limit };
}

/** The partners' submitted texts of one narrative section, each under its partner's name. */
function byPartner(
  model: PeriodReportModel,
  pick: (c: PeriodReportModel["contributions"][number]) => string,
) {
  return model.contributions
    .filter((c) => c.status === "submitted" && pick(c).trim())
    .map((c) => `${c.partner}: ${pick(c).trim()}`)
    .join("\n\n");
}

const amount = (value: number, unit: ReportIndicator["unit"]) =>
  unit === "eur" ? `${value.toFixed(2)} EUR` : String(value);

function indicatorLine(i: ReportIndicator) {
  const target =
    i.target === null
      ? ""
      : ` of a target of ${amount(i.target, i.unit)}${i.percentOfTarget === null ? "" : ` (${i.percentOfTarget}%)`}`;
  const entered = i.entered && i.justification ? ` Entered: ${i.justification}` : "";
  return `${i.code} ${i.name}: ${amount(i.thisPeriod, i.unit)} this period, ${amount(i.cumulative, i.unit)} in total${target}.${entered}`;
}

const eur = (value: number) => `${value.toFixed(2)} EUR`;

/** The claim in words: per partner, then the project's total. Empty without a claim. */
function claimText(claim: ReportClaim | undefined) {
  if (!claim || claim.partners.length === 0) return "";
  const line = (who: string, f: ClaimFigures, rate: string) =>
    `${who}: declared ${eur(f.declaredEur)}, certified ${eur(f.certifiedEur)}, fund requested ${eur(f.fundEur)}${rate}, contribution ${eur(f.contributionEur)}.`;
  return [
    ...claim.partners.map((p) =>
      line(p.partner, p.total, p.cofinancingPercent === null ? "" : ` (${p.cofinancingPercent} %)`),
    ),
    line(
      `All partners (${claim.certificateCount} certificate${claim.certificateCount === 1 ? "" : "s"})`,
      claim.total,
      "",
    ),
  ].join("\n");
}

/** Copy-ready plain-text blocks for the programme's form, each checked against its limit. */
export function textBlocks(model: PeriodReportModel): TextBlock[] {
  const L = TEXT_BLOCK_LIMITS;
  return [
    block("summary", "Summary of the period (highlights)", L.summary, model.highlights),
    ...model.workPackages.map((wp) =>
      block(
        `wp-${wp.number}`,
        `WP${wp.number} – ${wp.title}: achievement and explanation`,
        L.workPackage,
        [
          wp.achievement ? ACHIEVEMENT_LABELS[wp.achievement] : "Not assessed",
          wp.explanation.trim(),
        ]
          .filter(Boolean)
          .join(". "),
      ),
    ),
    block(
      "stakeholders",
      "Involvement of stakeholders",
      L.stakeholders,
      byPartner(model, (c) => c.stakeholderInvolvement),
    ),
    block(
      "communication",
      "Communication",
      L.communication,
      byPartner(model, (c) => c.communication),
    ),
    block(
      "difficulties",
      "Difficulties and deviations",
      L.difficulties,
      byPartner(model, (c) => c.difficultiesDeviations),
    ),
    block(
      "deliverables",
      "Deliverables and outputs of the period",
      L.deliverables,
      model.deliverables
        .map(
          (d) =>
            `${d.code} ${d.title} (${d.responsiblePartner}): ${d.status.replace(/_/g, " ")}${d.approvedOn ? `, approved on ${d.approvedOn}` : `, due on ${d.dueDate}`}`,
        )
        .join("\n"),
    ),
    block("indicators", "Indicators", L.indicators, model.indicators.map(indicatorLine).join("\n")),
    block(
      "finance",
      "Financial part: certified expenditure claimed",
      L.finance,
      claimText(model.claim),
    ),
  ];
}
