import ExcelJS from "exceljs";
import type { ActionPlanExportModel } from "./model";
import {
  ACTION_STATUS_LABELS,
  cleanText,
  dateValue,
  editionLine,
  generalInformationRows,
  IMPACT_OPTIONS,
  impactKey,
  inspirationLine,
  instrumentRows,
  languageName,
  PART_I,
  PART_II,
  totalCents,
} from "./template";

/**
 * The action plan as a workbook for further editing: one sheet per part of the template.
 * Part III is a real table (dates are date cells, costs are numbers) with a frozen header and
 * a filter. User text is written as string cells, which no spreadsheet evaluates, so it is
 * kept exactly as written (no apostrophe in front of "=…").
 */
const HEAD_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFD9E2F0" },
};
const SUMMARY_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFE8F0F9" },
};
export const COST_FORMAT = "#,##0.00";
export const DATE_FORMAT = "yyyy-mm-dd";

export const ACTION_COLUMNS = [
  { header: "No.", width: 6 },
  { header: "Action", width: 32 },
  { header: "English summary", width: 40 },
  { header: "1. Background", width: 40 },
  { header: "Inspired by", width: 36 },
  { header: "2. Activities", width: 40 },
  { header: "3. Players involved", width: 30 },
  { header: "4. Start", width: 12 },
  { header: "4. End", width: 12 },
  { header: "5. Estimated cost (EUR)", width: 16 },
  { header: "6. Funding sources", width: 30 },
  { header: "Status", width: 12 },
] as const;

/** Sheet names hold at most 31 characters, so Part III's is shortened. */
export const SHEET_NAMES = [PART_I, PART_II, "Part III – Actions"] as const;

function styleHeader(sheet: ExcelJS.Worksheet) {
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = HEAD_FILL;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

/** A Field | Text | English summary sheet, for Parts I and II. */
function fieldSheet(
  workbook: ExcelJS.Workbook,
  part: string,
  language: string,
  rows: [string, string, string?][],
) {
  const sheet = workbook.addWorksheet(part);
  sheet.columns = [
    { header: "Field", width: 34 },
    { header: `Text (${languageName(language)})`, width: 70 },
    { header: "English summary", width: 60 },
  ];
  for (const [field, text, summary] of rows) {
    const row = sheet.addRow([
      field,
      cleanText(text),
      summary === undefined ? null : cleanText(summary),
    ]);
    row.getCell(1).font = { bold: true };
    if (summary !== undefined) row.getCell(3).fill = SUMMARY_FILL;
  }
  sheet.eachRow((row) => {
    row.alignment = { vertical: "top", wrapText: true };
  });
  styleHeader(sheet);
  return sheet;
}

export async function renderActionPlanXlsx(m: ActionPlanExportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Consortia";
  workbook.created = m.generatedAt;
  workbook.title = cleanText(`${m.plan.title} – ${m.partner.name}`);

  fieldSheet(workbook, SHEET_NAMES[0], m.plan.language, [
    ["Action plan", m.plan.title],
    ["Edition", editionLine(m)],
    ...generalInformationRows(m),
    ["General information", m.plan.generalInformation, m.plan.generalInformationEn],
  ]);

  const ticked = IMPACT_OPTIONS.find((o) => o.key === impactKey(m.instrument.type));
  fieldSheet(workbook, SHEET_NAMES[1], m.plan.language, [
    ["The action plan aims to impact", ticked?.label ?? ""],
    ...instrumentRows(m),
    ["Starting point: what is missing today", m.instrument.baseline],
    ["Policy context", m.plan.policyContext, m.plan.policyContextEn],
  ]);

  actionsSheet(workbook, m);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function actionsSheet(workbook: ExcelJS.Workbook, m: ActionPlanExportModel) {
  const sheet = workbook.addWorksheet(SHEET_NAMES[2]);
  sheet.columns = ACTION_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  for (const a of m.actions) {
    sheet.addRow([
      a.number,
      cleanText(a.title),
      cleanText(a.summaryEn),
      cleanText(a.background),
      cleanText(a.inspirations.map(inspirationLine).join("\n")),
      cleanText(a.activities),
      cleanText(a.players),
      dateValue(a.startDate),
      dateValue(a.endDate),
      a.estimatedCostEur === null ? null : Number(a.estimatedCostEur),
      cleanText(a.fundingSources),
      ACTION_STATUS_LABELS[a.status],
    ]);
  }
  const last = m.actions.length + 1;
  sheet.getColumn(8).numFmt = DATE_FORMAT;
  sheet.getColumn(9).numFmt = DATE_FORMAT;
  sheet.getColumn(10).numFmt = COST_FORMAT;
  sheet.eachRow((row) => {
    row.alignment = { vertical: "top", wrapText: true };
  });
  styleHeader(sheet);
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: last, column: ACTION_COLUMNS.length },
  };

  // Below the filtered range: the total (SUBTOTAL follows the filter) and the English summary.
  const total = sheet.getRow(last + 2);
  total.getCell(2).value = "Total estimated cost (EUR)";
  total.getCell(10).value = {
    formula: `SUBTOTAL(109,J2:J${Math.max(last, 2)})`,
    result: Number(totalCents(m.actions)) / 100,
  };
  total.getCell(10).numFmt = COST_FORMAT;
  total.font = { bold: true };
  const summary = sheet.getRow(last + 3);
  summary.getCell(2).value = "English summary of the actions";
  summary.getCell(2).font = { bold: true };
  summary.getCell(3).value = cleanText(m.plan.actionsSummaryEn);
  summary.getCell(3).fill = SUMMARY_FILL;
  summary.alignment = { vertical: "top", wrapText: true };
}
