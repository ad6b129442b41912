import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import { body, bullets, gap, heading, label, note, summaryBox, table } from "./docx-parts";
import type { ActionExportModel, ActionPlanExportModel } from "./model";
import {
  ACTION_HEADINGS,
  ACTION_STATUS_LABELS,
  CHECKED,
  cleanText,
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
  SIGNATURE,
  timeframe,
  totalCents,
  UNCHECKED,
} from "./template";

type Block = Paragraph | Table;
const EN_SUMMARY = "English summary";

/** The action plan as a Word document in the template's structure, for further editing. */
export async function renderActionPlanDocx(m: ActionPlanExportModel): Promise<Buffer> {
  const doc = new Document({
    creator: "Consortia",
    title: `${m.plan.title} – ${m.partner.name}`,
    subject: `${m.project.acronym} action plan`,
    styles: { default: { document: { run: { size: 21 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [small(cleanText(`${m.project.acronym} · Action plan · ${m.partner.name}`))],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 16,
                    color: "5B6573",
                    children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...titleBlock(m),
          ...partOne(m),
          ...partTwo(m),
          ...partThree(m),
          ...signature(m),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function small(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, size: 16, color: "5B6573" })] });
}

function titleBlock(m: ActionPlanExportModel): Block[] {
  return [
    small(`${m.project.programme} · ${m.project.acronym}`.toUpperCase()),
    new Paragraph({ text: "Action plan", heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun({ text: cleanText(m.plan.title), bold: true, size: 30 })],
    }),
    new Paragraph({ text: cleanText(`${m.partner.name} · ${m.partner.region}`) }),
    small(editionLine(m)),
  ];
}

const pairs = (rows: [string, string][]) =>
  table(
    rows.map(([l, v]) => [{ text: l, bold: true }, v]),
    [32, 68],
    false,
  );

function partOne(m: ActionPlanExportModel): Block[] {
  return [
    heading(PART_I, 1),
    pairs(generalInformationRows(m)),
    gap(),
    ...body(m.plan.generalInformation),
    ...summaryBox(EN_SUMMARY, m.plan.generalInformationEn),
  ];
}

function partTwo(m: ActionPlanExportModel): Block[] {
  const ticked = impactKey(m.instrument.type);
  return [
    heading(PART_II, 1),
    label("The action plan aims to impact:"),
    ...IMPACT_OPTIONS.map(
      (o) => new Paragraph({ text: `${o.key === ticked ? CHECKED : UNCHECKED}  ${o.label}` }),
    ),
    gap(),
    pairs(instrumentRows(m)),
    heading("Starting point: what is missing today", 3),
    ...body(m.instrument.baseline),
    heading(
      "Further details on the policy context and the way the action plan should contribute to improve the policy instrument",
      3,
    ),
    ...body(m.plan.policyContext),
    ...summaryBox(EN_SUMMARY, m.plan.policyContextEn),
  ];
}

function partThree(m: ActionPlanExportModel): Block[] {
  const blocks: Block[] = [
    new Paragraph({ text: PART_III, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...summaryBox("English summary of the actions", m.plan.actionsSummaryEn),
  ];
  if (!m.actions.length) return [...blocks, ...body("", "The action plan has no actions yet.")];
  blocks.push(
    table(
      [
        ["No.", "Action", "Timeframe", "Status", { text: "Estimated cost", align: "right" }],
        ...m.actions.map((a) => [
          String(a.number),
          a.title,
          timeframe(a),
          ACTION_STATUS_LABELS[a.status],
          { text: formatEuro(a.estimatedCostEur), align: "right" as const },
        ]),
        [
          "",
          { text: "Total", bold: true },
          "",
          "",
          { text: formatCents(totalCents(m.actions)), bold: true, align: "right" },
        ],
      ],
      [6, 38, 24, 12, 20],
    ),
  );
  for (const a of m.actions) blocks.push(...actionBlocks(a));
  return blocks;
}

function actionBlocks(a: ActionExportModel): Block[] {
  return [
    heading(`Action ${a.number}: ${a.title}`, 2),
    ...summaryBox(EN_SUMMARY, a.summaryEn),
    heading(ACTION_HEADINGS.background, 3),
    note(ACTION_HEADINGS.backgroundHint),
    ...body(a.background),
    ...(a.inspirations.length
      ? [label("Inspired by"), ...bullets(a.inspirations.map(inspirationLine))]
      : []),
    heading(ACTION_HEADINGS.activities, 3),
    ...body(a.activities),
    heading(ACTION_HEADINGS.players, 3),
    ...body(a.players),
    heading(ACTION_HEADINGS.timeframe, 3),
    table(
      [
        ["Start", "End", "Status"],
        [
          formatDate(a.startDate) || "Not set",
          formatDate(a.endDate) || "Not set",
          ACTION_STATUS_LABELS[a.status],
        ],
      ],
      [34, 33, 33],
    ),
    heading(ACTION_HEADINGS.costs, 3),
    table(
      [
        ["Item", { text: "Amount", align: "right" }],
        ["Estimated cost of the action", { text: formatEuro(a.estimatedCostEur), align: "right" }],
      ],
      [70, 30],
    ),
    heading(ACTION_HEADINGS.funding, 3),
    ...body(a.fundingSources),
  ];
}

function signature(m: ActionPlanExportModel): Block[] {
  return [
    heading(SIGNATURE, 1),
    new Paragraph({
      text: cleanText(
        `I hereby confirm that the action plan "${m.plan.title}" is endorsed by ${m.partner.name}.`,
      ),
    }),
    gap(),
    table(
      ["Date", "Name", "Signature", "Stamp of the organisation (if available)"].map((l) => [
        { text: l, bold: true },
        "",
      ]),
      [35, 65],
      false,
    ),
  ];
}
