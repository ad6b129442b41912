import type { Block, DocumentSpec, TextCell } from "@consortia/reports";
import type { ActionExportModel, ActionPlanExportModel } from "./model";
import {
  ACTION_HEADINGS,
  ACTION_STATUS_LABELS,
  editionLine,
  formatCents,
  formatDate,
  formatEuro,
  generalInformationRows,
  IMPACT_OPTIONS,
  impactKey,
  inspirationLine,
  instrumentRows,
  PART_I,
  PART_II,
  PART_III,
  PLAN_STATUS_LABELS,
  SIGNATURE,
  timeframe,
  totalCents,
} from "./template";

/**
 * The action plan laid out like the programme's template (Parts I–III, the signature), once:
 * the PDF and the Word export are both written from these blocks by @consortia/reports.
 */
const EN_SUMMARY = "English summary";
const NO_SUMMARY = "No English summary yet.";

export function actionPlanDocument(m: ActionPlanExportModel): DocumentSpec {
  return {
    info: {
      title: `${m.plan.title} – ${m.partner.name}`,
      author: m.partner.name,
      subject: `${m.project.acronym} action plan`,
    },
    header: `${m.project.acronym} · Action plan · ${m.partner.name}`,
    footer: m.plan.snapshot
      ? `${m.plan.title} · snapshot ${m.plan.snapshot.number}`
      : `${m.plan.title} · ${PLAN_STATUS_LABELS[m.plan.status]}`,
    blocks: [
      {
        kind: "title",
        kicker: `${m.project.programme} · ${m.project.acronym}`,
        title: "Action plan",
        subtitle: m.plan.title,
        byline: `${m.partner.name} · ${m.partner.region}`,
        edition: editionLine(m),
      },
      ...partOne(m),
      ...partTwo(m),
      ...partThree(m),
      { kind: "heading", text: SIGNATURE, level: 1, keepSpace: 230 },
      {
        kind: "signature",
        statement: `I hereby confirm that the action plan "${m.plan.title}" is endorsed by ${m.partner.name}.`,
        fields: ["Date", "Name", "Signature", "Stamp of the organisation (if available)"],
      },
    ],
  };
}

const summary = (text: string, label = EN_SUMMARY): Block => ({
  kind: "summary",
  label,
  text,
  empty: NO_SUMMARY,
});

/** Label and value rows, the label in bold. */
const pairs = (rows: [string, string][]): Block => ({
  kind: "table",
  rows: rows.map(([label, value]) => [{ text: label, bold: true }, value]),
  widths: [35, 65],
  header: false,
});

function partOne(m: ActionPlanExportModel): Block[] {
  return [
    { kind: "heading", text: PART_I, level: 1 },
    pairs(generalInformationRows(m)),
    { kind: "paragraphs", text: m.plan.generalInformation },
    summary(m.plan.generalInformationEn),
  ];
}

function partTwo(m: ActionPlanExportModel): Block[] {
  const ticked = impactKey(m.instrument.type);
  return [
    { kind: "heading", text: PART_II, level: 1 },
    { kind: "label", text: "The action plan aims to impact:" },
    {
      kind: "checkboxes",
      items: IMPACT_OPTIONS.map((o) => ({ label: o.label, checked: o.key === ticked })),
    },
    pairs(instrumentRows(m)),
    { kind: "heading", text: "Starting point: what is missing today", level: 3 },
    { kind: "paragraphs", text: m.instrument.baseline },
    {
      kind: "heading",
      text: "Further details on the policy context and the way the action plan should contribute to improve the policy instrument",
      level: 3,
    },
    { kind: "paragraphs", text: m.plan.policyContext },
    summary(m.plan.policyContextEn),
  ];
}

function partThree(m: ActionPlanExportModel): Block[] {
  const blocks: Block[] = [
    { kind: "heading", text: PART_III, level: 1, newPage: true },
    summary(m.plan.actionsSummaryEn, "English summary of the actions"),
  ];
  if (!m.actions.length)
    return [
      ...blocks,
      { kind: "paragraphs", text: "", empty: "The action plan has no actions yet." },
    ];
  const right = (text: string, bold = false): TextCell => ({ text, bold, align: "right" });
  blocks.push({
    kind: "table",
    rows: [
      ["No.", "Action", "Timeframe", "Status", right("Estimated cost")],
      ...m.actions.map((a) => [
        String(a.number),
        a.title,
        timeframe(a),
        ACTION_STATUS_LABELS[a.status],
        right(formatEuro(a.estimatedCostEur)),
      ]),
      ["", { text: "Total", bold: true }, "", "", right(formatCents(totalCents(m.actions)), true)],
    ],
    widths: [6, 33, 25, 14, 22],
    header: true,
  });
  for (const a of m.actions) blocks.push(...actionBlocks(a));
  return blocks;
}

function actionBlocks(a: ActionExportModel): Block[] {
  return [
    { kind: "heading", text: `Action ${a.number}: ${a.title}`, level: 2, keepSpace: 160 },
    summary(a.summaryEn),
    { kind: "heading", text: ACTION_HEADINGS.background, level: 3 },
    { kind: "note", text: ACTION_HEADINGS.backgroundHint },
    { kind: "paragraphs", text: a.background },
    ...(a.inspirations.length
      ? ([
          { kind: "label", text: "Inspired by" },
          { kind: "bullets", items: a.inspirations.map(inspirationLine) },
        ] as const)
      : []),
    { kind: "heading", text: ACTION_HEADINGS.activities, level: 3 },
    { kind: "paragraphs", text: a.activities },
    { kind: "heading", text: ACTION_HEADINGS.players, level: 3 },
    { kind: "paragraphs", text: a.players },
    { kind: "heading", text: ACTION_HEADINGS.timeframe, level: 3 },
    {
      kind: "table",
      rows: [
        ["Start", "End", "Status"],
        [
          formatDate(a.startDate) || "Not set",
          formatDate(a.endDate) || "Not set",
          ACTION_STATUS_LABELS[a.status],
        ],
      ],
      widths: [34, 33, 33],
      header: true,
    },
    { kind: "heading", text: ACTION_HEADINGS.costs, level: 3 },
    {
      kind: "table",
      rows: [
        ["Item", { text: "Amount", align: "right" }],
        ["Estimated cost of the action", { text: formatEuro(a.estimatedCostEur), align: "right" }],
      ],
      widths: [71, 29],
      header: true,
    },
    { kind: "heading", text: ACTION_HEADINGS.funding, level: 3 },
    { kind: "paragraphs", text: a.fundingSources },
  ];
}
