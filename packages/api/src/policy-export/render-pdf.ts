import type { ActionExportModel, ActionPlanExportModel } from "./model";
import {
  body,
  bullets,
  COLOUR,
  FONT,
  heading,
  keepSpace,
  newDocument,
  note,
  pageFurniture,
  summaryBox,
  table,
  toBuffer,
} from "./pdf-layout";
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
  PLAN_STATUS_LABELS,
  SIGNATURE,
  timeframe,
  totalCents,
  UNCHECKED,
} from "./template";

type Doc = PDFKit.PDFDocument;
const EN_SUMMARY = "English summary";

/** The action plan as a PDF laid out like the programme's template (Parts I–III, signature). */
export async function renderActionPlanPdf(m: ActionPlanExportModel): Promise<Buffer> {
  const doc = newDocument({
    title: `${m.plan.title} – ${m.partner.name}`,
    author: m.partner.name,
    subject: `${m.project.acronym} action plan`,
  });
  titleBlock(doc, m);
  partOne(doc, m);
  partTwo(doc, m);
  partThree(doc, m);
  signature(doc, m);
  pageFurniture(
    doc,
    `${m.project.acronym} · Action plan · ${m.partner.name}`,
    m.plan.snapshot
      ? `${m.plan.title} · snapshot ${m.plan.snapshot.number}`
      : `${m.plan.title} · ${PLAN_STATUS_LABELS[m.plan.status]}`,
  );
  return toBuffer(doc);
}

function titleBlock(doc: Doc, m: ActionPlanExportModel) {
  doc.font(FONT.bold).fontSize(10).fillColor(COLOUR.muted);
  doc.text(`${m.project.programme} · ${m.project.acronym}`.toUpperCase(), { characterSpacing: 1 });
  doc.moveDown(0.4);
  doc.font(FONT.bold).fontSize(22).fillColor(COLOUR.heading).text("Action plan");
  doc.font(FONT.bold).fontSize(15).fillColor(COLOUR.text).text(cleanText(m.plan.title));
  doc.moveDown(0.3);
  doc
    .font(FONT.regular)
    .fontSize(11)
    .text(cleanText(`${m.partner.name} · ${m.partner.region}`));
  doc.font(FONT.regular).fontSize(9).fillColor(COLOUR.muted).text(editionLine(m));
  doc.fillColor(COLOUR.text).moveDown(0.8);
}

function partOne(doc: Doc, m: ActionPlanExportModel) {
  heading(doc, PART_I, 1, doc.outline);
  table(
    doc,
    generalInformationRows(m).map(([label, value]) => [{ text: label, bold: true }, value]),
    [170, "*"],
    false,
  );
  body(doc, m.plan.generalInformation);
  summaryBox(doc, EN_SUMMARY, m.plan.generalInformationEn);
}

function partTwo(doc: Doc, m: ActionPlanExportModel) {
  heading(doc, PART_II, 1, doc.outline);
  doc.font(FONT.bold).text("The action plan aims to impact:");
  doc.font(FONT.regular).moveDown(0.2);
  const ticked = impactKey(m.instrument.type);
  for (const option of IMPACT_OPTIONS) {
    doc.text(`${option.key === ticked ? CHECKED : UNCHECKED}  ${option.label}`, { indent: 8 });
  }
  doc.moveDown(0.6);
  table(
    doc,
    instrumentRows(m).map(([label, value]) => [{ text: label, bold: true }, value]),
    [170, "*"],
    false,
  );
  heading(doc, "Starting point: what is missing today", 3);
  body(doc, m.instrument.baseline);
  heading(
    doc,
    "Further details on the policy context and the way the action plan should contribute to improve the policy instrument",
    3,
  );
  body(doc, m.plan.policyContext);
  summaryBox(doc, EN_SUMMARY, m.plan.policyContextEn);
}

function partThree(doc: Doc, m: ActionPlanExportModel) {
  doc.addPage();
  const part = doc.outline.addItem(PART_III);
  heading(doc, PART_III, 1);
  summaryBox(doc, "English summary of the actions", m.plan.actionsSummaryEn);
  if (!m.actions.length) {
    body(doc, "", "The action plan has no actions yet.");
    return;
  }
  table(
    doc,
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
    [28, "*", 120, 66, 108],
  );
  for (const action of m.actions) actionSection(doc, action, part);
}

function actionSection(doc: Doc, a: ActionExportModel, part: PDFKit.PDFOutline) {
  keepSpace(doc, 160);
  heading(doc, `Action ${a.number}: ${a.title}`, 2, part);
  summaryBox(doc, EN_SUMMARY, a.summaryEn);

  heading(doc, ACTION_HEADINGS.background, 3);
  note(doc, ACTION_HEADINGS.backgroundHint);
  body(doc, a.background);
  if (a.inspirations.length) {
    doc.font(FONT.bold).text("Inspired by");
    bullets(doc, a.inspirations.map(inspirationLine));
  }
  heading(doc, ACTION_HEADINGS.activities, 3);
  body(doc, a.activities);
  heading(doc, ACTION_HEADINGS.players, 3);
  body(doc, a.players);
  heading(doc, ACTION_HEADINGS.timeframe, 3);
  table(
    doc,
    [
      ["Start", "End", "Status"],
      [
        formatDate(a.startDate) || "Not set",
        formatDate(a.endDate) || "Not set",
        ACTION_STATUS_LABELS[a.status],
      ],
    ],
    ["*", "*", "*"],
  );
  heading(doc, ACTION_HEADINGS.costs, 3);
  table(
    doc,
    [
      ["Item", { text: "Amount", align: "right" }],
      ["Estimated cost of the action", { text: formatEuro(a.estimatedCostEur), align: "right" }],
    ],
    ["*", 140],
  );
  heading(doc, ACTION_HEADINGS.funding, 3);
  body(doc, a.fundingSources);
}

function signature(doc: Doc, m: ActionPlanExportModel) {
  keepSpace(doc, 230);
  heading(doc, SIGNATURE, 1, doc.outline);
  doc.text(
    `I hereby confirm that the action plan "${cleanText(m.plan.title)}" is endorsed by ${cleanText(m.partner.name)}.`,
  );
  doc.moveDown(1);
  const x = doc.page.margins.left;
  for (const label of ["Date", "Name", "Signature", "Stamp of the organisation (if available)"]) {
    const y = doc.y + 18;
    doc.font(FONT.bold).text(label, x, y - 12, { width: 240, lineBreak: false });
    doc
      .moveTo(x + 250, y)
      .lineTo(doc.page.width - doc.page.margins.right, y)
      .lineWidth(0.6)
      .strokeColor(COLOUR.rule)
      .stroke();
    doc.x = x;
    doc.y = y + 14;
  }
  doc.font(FONT.regular);
}
