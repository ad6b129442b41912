/**
 * The report's tables, defined once: the XLSX sheets, the CSV files and the PDF tables all
 * take their columns (./table-kit) from here.
 */

import { CONTRIBUTION_STATUS_LABELS as CONTRIBUTION_LABELS } from "./contribution-schemas";
import type {
  PeriodReportModel,
  ReportDeliverable,
  ReportDocument,
  ReportOutput,
  ReportWorkPackage,
} from "./model";
import { ACHIEVEMENT_LABELS, OUTPUT_KIND_LABELS } from "./report-schemas";
import { type Cell, type ColumnKind, day, instant, type Materialised, table } from "./table-kit";
import { claimCertificatesTable, claimContributionsTable, claimTable } from "./tables-claim";
import { indicatorPartners, indicators } from "./tables-indicators";

export type { Cell, ColumnKind, Materialised } from "./table-kit";
export { isOverride, NOT_SPLIT } from "./tables-indicators";

/** A partner's contribution status as words, "Not started" for a partner with none. */
export const contributionStatusLabel = (
  status: PeriodReportModel["contributions"][number]["status"],
) => (status === "not_started" ? "Not started" : CONTRIBUTION_LABELS[status]);

/** A work-plan or workflow status as words: "in_progress" → "In progress". */
export const statusLabel = (status: string) => {
  const words = status.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Evidence documents as one cell: "Title (file name)", one per line. */
export const evidenceText = (docs: ReportDocument[]) =>
  docs.map((d) => `${d.title} (${d.fileName})`).join("\n");

/** A field of the summary: its value, and the value's kind where it is not text. */
type SummaryField = [field: string, value: Cell, kind?: ColumnKind];

const summary = table<SummaryField>({
  name: "summary",
  title: "Summary",
  rows: (m) => [
    ["Programme", m.project.programme],
    ["Project", m.project.acronym],
    ["Project title", m.project.title],
    ["Reporting period", m.period.number, "int"],
    ["Period start", day(m.period.start), "day"],
    ["Period end", day(m.period.end), "day"],
    ["Report status", m.report.status === "submitted" ? "Submitted" : "Draft"],
    ["Version", m.report.version, "int"],
    ["Submitted at", instant(m.report.submittedAt), "instant"],
    ["Submitted by", m.report.submittedBy],
    ["Generated at", instant(m.generatedAt), "instant"],
    ["Highlights", m.highlights],
  ],
  columns: [
    { header: "Field", kind: "text", width: 22, value: (r) => r[0] },
    // Days are days (YYYY-MM-DD, a date cell) and instants instants, in one column.
    { header: "Value", kind: "text", width: 90, value: (r) => r[1], kindOf: (r) => r[2] ?? "text" },
  ],
});

const workPackages = table<ReportWorkPackage>({
  name: "work_packages",
  title: "Work packages",
  rows: (m) => m.workPackages,
  columns: [
    { header: "WP", pdf: 1, kind: "int", width: 6, value: (w) => w.number },
    { header: "Title", pdf: 5, kind: "text", width: 40, value: (w) => w.title },
    { header: "Lead partner", pdf: 3, kind: "text", width: 22, value: (w) => w.leadPartner },
    {
      header: "Achievement",
      pdf: 3,
      kind: "text",
      width: 16,
      value: (w) => (w.achievement ? ACHIEVEMENT_LABELS[w.achievement] : "Not assessed"),
    },
    { header: "Explanation", pdf: 7, kind: "text", width: 70, value: (w) => w.explanation },
  ],
});

const deliverableColumns = (kind: ReportDeliverable["kind"]) =>
  table<ReportDeliverable>({
    name: kind === "deliverable" ? "deliverables" : "work_plan_outputs",
    title: kind === "deliverable" ? "Deliverables" : "Work-plan outputs",
    rows: (m) => m.deliverables.filter((d) => d.kind === kind),
    columns: [
      { header: "Code", pdf: 1.8, kind: "text", width: 9, value: (d) => d.code },
      {
        header: "Title",
        pdf: kind === "output" ? 4 : 5,
        kind: "text",
        width: 40,
        value: (d) => d.title,
      },
      { header: "WP", pdf: 1.2, kind: "int", width: 6, value: (d) => d.workPackageNumber },
      {
        header: "Responsible partner",
        pdf: 3.3,
        kind: "text",
        width: 22,
        value: (d) => d.responsiblePartner,
      },
      { header: "Due date", pdf: 2.6, kind: "day", width: 12, value: (d) => day(d.dueDate) },
      { header: "Status", pdf: 2.6, kind: "text", width: 14, value: (d) => statusLabel(d.status) },
      { header: "Approved on", pdf: 2.6, kind: "day", width: 12, value: (d) => day(d.approvedOn) },
      { header: "Target value", kind: "number", width: 12, value: (d) => d.targetValue },
      {
        header: "Achieved value",
        pdf: kind === "output" ? 2.6 : undefined,
        kind: "number",
        width: 12,
        value: (d) => d.achievedValue,
      },
      { header: "Evidence documents", kind: "int", width: 10, value: (d) => d.evidence.length },
      {
        header: "Evidence",
        pdf: 4,
        kind: "text",
        width: 50,
        value: (d) => evidenceText(d.evidence),
      },
    ],
  });

const outputs = table<ReportOutput>({
  name: "outputs",
  title: "Outputs",
  rows: (m) => m.outputs,
  columns: [
    { header: "Kind", pdf: 2.4, kind: "text", width: 18, value: (o) => OUTPUT_KIND_LABELS[o.kind] },
    { header: "Title", pdf: 5, kind: "text", width: 44, value: (o) => o.title },
    { header: "Partner", pdf: 2.6, kind: "text", width: 22, value: (o) => o.partner },
    { header: "Date", pdf: 2.2, kind: "day", width: 12, value: (o) => day(o.date) },
    {
      header: "Status",
      pdf: 2.4,
      kind: "text",
      width: 14,
      value: (o) => o.status && statusLabel(o.status),
    },
    { header: "Evidence documents", kind: "int", width: 10, value: (o) => o.evidence.length },
    { header: "Evidence", pdf: 4, kind: "text", width: 50, value: (o) => evidenceText(o.evidence) },
  ],
});

const contributions = table<PeriodReportModel["contributions"][number]>({
  name: "contributions",
  title: "Contributions",
  rows: (m) => m.contributions,
  columns: [
    { header: "Partner", kind: "text", width: 22, value: (c) => c.partner },
    {
      header: "Status",
      kind: "text",
      width: 12,
      value: (c) => contributionStatusLabel(c.status),
    },
    { header: "Submitted at", kind: "instant", width: 18, value: (c) => instant(c.submittedAt) },
    { header: "Activities", kind: "text", width: 60, value: (c) => c.activities },
    {
      header: "Stakeholder involvement",
      kind: "text",
      width: 50,
      value: (c) => c.stakeholderInvolvement,
    },
    { header: "Communication", kind: "text", width: 50, value: (c) => c.communication },
    {
      header: "Difficulties and deviations",
      kind: "text",
      width: 50,
      value: (c) => c.difficultiesDeviations,
    },
  ],
});

const annexes = table<ReportDocument>({
  name: "annexes",
  title: "Annexes",
  rows: (m) => m.annexes,
  columns: [
    { header: "Title", pdf: 5, kind: "text", width: 44, value: (d) => d.title },
    { header: "File name", pdf: 4, kind: "text", width: 30, value: (d) => d.fileName },
    { header: "Category", kind: "text", width: 14, value: (d) => d.category },
    { header: "Owner partner", pdf: 3, kind: "text", width: 22, value: (d) => d.ownerPartner },
    { header: "Visibility", pdf: 2, kind: "text", width: 12, value: (d) => d.visibility },
    {
      header: "Updated at",
      pdf: 2.4,
      kind: "instant",
      width: 18,
      value: (d) => instant(d.updatedAt),
    },
  ],
});

/** Every table, in the order of the sheets and of the zip's files. */
export const TABLES = [
  summary,
  workPackages,
  deliverableColumns("deliverable"),
  deliverableColumns("output"),
  outputs,
  indicators,
  indicatorPartners,
  contributions,
  claimTable,
  claimContributionsTable,
  claimCertificatesTable,
  annexes,
];

export const TABLE_NAMES = TABLES.map((t) => t.name);

/** The tables by name and title, for the export menu (one CSV file each). */
export const REPORT_TABLES = TABLES.map(({ name, title }) => ({ name, title }));

/** Every table of the report, or the one named. */
export function materialise(m: PeriodReportModel, name?: string): Materialised[] {
  return TABLES.filter((t) => name === undefined || t.name === name).map((t) => t.materialise(m));
}

/** The number of data rows over every table (the X-Export-Rows header, progress). */
export { totalRows } from "@consortia/reports/table";

/** The data rows of every table, or of the one named, counted without materialising them. */
export const countRows = (m: PeriodReportModel, name?: string) =>
  TABLES.filter((t) => name === undefined || t.name === name).reduce((n, t) => n + t.count(m), 0);
