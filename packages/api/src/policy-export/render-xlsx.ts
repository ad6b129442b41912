import { type Column, type Sheet, tableOf, xlsxBuffer } from "@consortia/reports";
import type { ActionExportModel, ActionPlanExportModel } from "./model";
import {
  ACTION_STATUS_LABELS,
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
 * Part III is a real table (dates are date cells, costs are numbers) with a frozen header, a
 * filter and, below it, the total and the English summary. Like every spreadsheet export,
 * user text that starts like a formula gets a leading apostrophe (@consortia/reports).
 */
export { EUR_FORMAT as COST_FORMAT } from "@consortia/reports";

const text = (header: string, width: number, value: (a: ActionExportModel) => string) =>
  ({ header, kind: "text", width, wrap: true, value }) satisfies Column<ActionExportModel>;

export const ACTION_COLUMNS: Column<ActionExportModel>[] = [
  { header: "No.", kind: "number", width: 6, wrap: true, value: (a) => a.number },
  text("Action", 32, (a) => a.title),
  text("English summary", 40, (a) => a.summaryEn),
  text("1. Background", 40, (a) => a.background),
  text("Inspired by", 36, (a) => a.inspirations.map(inspirationLine).join("\n")),
  text("2. Activities", 40, (a) => a.activities),
  text("3. Players involved", 30, (a) => a.players),
  { header: "4. Start", kind: "day", width: 12, wrap: true, value: (a) => dateValue(a.startDate) },
  { header: "4. End", kind: "day", width: 12, wrap: true, value: (a) => dateValue(a.endDate) },
  {
    header: "5. Estimated cost (EUR)",
    kind: "eur",
    width: 16,
    wrap: true,
    value: (a) => (a.estimatedCostEur === null ? null : Number(a.estimatedCostEur)),
  },
  text("6. Funding sources", 30, (a) => a.fundingSources),
  text("Status", 12, (a) => ACTION_STATUS_LABELS[a.status]),
];

/** Sheet names hold at most 31 characters, so Part III's is shortened. */
export const SHEET_NAMES = [PART_I, PART_II, "Part III – Actions"] as const;

type FieldRow = [field: string, text: string, summary?: string];
const bold = () => ({ bold: true });

/** A Field | Text | English summary sheet, for Parts I and II. */
function fieldSheet(title: string, language: string, rows: FieldRow[]): Sheet {
  const columns: Column<FieldRow>[] = [
    { header: "Field", kind: "text", width: 34, wrap: true, value: (r) => r[0], style: bold },
    {
      header: `Text (${languageName(language)})`,
      kind: "text",
      width: 70,
      wrap: true,
      value: (r) => r[1],
    },
    {
      header: "English summary",
      kind: "text",
      width: 60,
      wrap: true,
      value: (r) => r[2] ?? null,
      style: (r) => (r[2] === undefined ? undefined : { shaded: true }),
    },
  ];
  return { ...tableOf({ name: title, title, columns }, rows), filter: false };
}

function actionsSheet(m: ActionPlanExportModel): Sheet {
  const table = tableOf(
    { name: "actions", title: SHEET_NAMES[2], columns: ACTION_COLUMNS },
    m.actions,
  );
  const last = m.actions.length + 1;
  const total = Number(totalCents(m.actions)) / 100;
  const cells = (values: Record<number, string | { formula: string; result: number }>) =>
    ACTION_COLUMNS.map((_, i) => values[i] ?? null);
  return {
    ...table,
    // Below the filtered range: the total (SUBTOTAL follows the filter) and the summary.
    after: [
      {
        cells: cells({
          1: "Total estimated cost (EUR)",
          9: { formula: `SUBTOTAL(109,J2:J${Math.max(last, 2)})`, result: total },
        }),
        bold: true,
      },
      {
        cells: cells({ 1: "English summary of the actions", 2: m.plan.actionsSummaryEn }),
        styles: [undefined, { bold: true }, { shaded: true }],
      },
    ],
  };
}

export async function renderActionPlanXlsx(m: ActionPlanExportModel): Promise<Buffer> {
  const ticked = IMPACT_OPTIONS.find((o) => o.key === impactKey(m.instrument.type));
  return xlsxBuffer(
    [
      fieldSheet(SHEET_NAMES[0], m.plan.language, [
        ["Action plan", m.plan.title],
        ["Edition", editionLine(m)],
        ...generalInformationRows(m),
        ["General information", m.plan.generalInformation, m.plan.generalInformationEn],
      ]),
      fieldSheet(SHEET_NAMES[1], m.plan.language, [
        ["The action plan aims to impact", ticked?.label ?? ""],
        ...instrumentRows(m),
        ["Starting point: what is missing today", m.instrument.baseline],
        ["Policy context", m.plan.policyContext, m.plan.policyContextEn],
      ]),
      actionsSheet(m),
    ],
    { created: m.generatedAt, title: `${m.plan.title} – ${m.partner.name}` },
  );
}
