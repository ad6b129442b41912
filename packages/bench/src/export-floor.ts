import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type pg from "pg";
import { FLOOR_SQL } from "./export-floor-sql";

/**
 * The fair floor of the export part: the period report's sheets read with hand-written SQL
 * (./export-floor-sql, six statements in parallel and one for the evidence of the period's
 * records) and written with exceljs's bare streaming WorkbookWriter — no styles, no number
 * formats, no checks — into `out`. What it cannot avoid: reading what the sheets show and
 * writing the XLSX. The bench compares its cells with the app's before timing.
 */
type Row = ExcelJS.CellValue[];
type Sheet = { title: string; header: string[]; rows: Row[] };
type Doc = {
  entity_id: string;
  id: string;
  label: string;
  title: string;
  file_name: string;
  category: string;
  visibility: string;
  owner: string;
  updated_at: Date;
};

const FORMULA_START = /^[=+\-@\t\r]/;
const cellText = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

const DELIVERABLE_HEADER = [
  "Code",
  "Title",
  "WP",
  "Responsible partner",
  "Due date",
  "Status",
  "Approved on",
  "Target value",
  "Achieved value",
  "Evidence documents",
  "Evidence",
];

/** Reads every sheet's rows; `today` as the app's clock gives it (YYYY-MM-DD). */
export async function readFloorSheets(
  pool: pg.Pool,
  projectId: string,
  period: number,
  today: string,
): Promise<Sheet[]> {
  const q = <R extends pg.QueryResultRow>(text: string, values: unknown[]) =>
    pool.query<R>(text, values).then((r) => r.rows);
  const all = [projectId, period, today];
  const two = [projectId, period];
  // biome-ignore format: one statement a line
  const [summary, workPackages, deliverables, outputs, partners, indicators, figures, people] = await Promise.all([
    q(FLOOR_SQL.summary, all), q(FLOOR_SQL.workPackages, two), q(FLOOR_SQL.deliverables, all),
    q(FLOOR_SQL.outputs, all), q(FLOOR_SQL.partners, two), q(FLOOR_SQL.indicators, [projectId]),
    q(FLOOR_SQL.indicatorFigures, all), q(FLOOR_SQL.people, all),
  ]);
  outputs.sort(
    (a, b) =>
      a.day - b.day ||
      a.sort_kind.localeCompare(b.sort_kind) ||
      a.sort_title.localeCompare(b.sort_title),
  );
  const ids = [...deliverables, ...outputs].map((r) => r.id as string);
  const docs = await q<Doc>(FLOOR_SQL.evidence, [projectId, ids]);
  const evidence = new Map<string, Doc[]>();
  for (const d of docs) {
    const list = evidence.get(d.entity_id) ?? [];
    list.push(d);
    evidence.set(d.entity_id, list);
  }
  // Every evidence document once, in the order of the records (deliverables of both kinds).
  const annexes = new Map<string, Doc>();
  for (const r of [...deliverables, ...outputs])
    for (const d of evidence.get(r.id) ?? []) if (!annexes.has(d.id)) annexes.set(d.id, d);
  const withEvidence = (r: pg.QueryResultRow, cells: Row): Row => {
    const list = evidence.get(r.id as string) ?? [];
    return [...cells, list.length, cellText(list.map((d) => d.label).join("\n"))];
  };
  const head = summary[0];
  if (!head) throw new Error("the fair floor found no project");
  const deliverableRows = (kind: string) =>
    deliverables
      .filter((d) => d.kind === kind)
      // biome-ignore format: the columns in order
      .map((d) =>
      withEvidence(d, [
        d.code,
        d.title,
        d.wp,
        d.partner,
        d.due,
        d.status,
        d.approved,
        d.target,
        d.achieved,
      ]),
    );
  const sheets: Sheet[] = [
    {
      title: "Summary",
      header: ["Field", "Value"],
      rows: [
        ["Programme", head.programme],
        ["Project", head.acronym],
        ["Project title", head.title],
        ["Reporting period", period],
        ["Period start", head.s],
        ["Period end", head.e],
        ["Report status", head.status],
        ["Version", null],
        ["Submitted at", null],
        ["Submitted by", null],
        ["Generated at", new Date()],
        ["Highlights", head.highlights],
      ],
    },
    {
      title: "Work packages",
      header: ["WP", "Title", "Lead partner", "Achievement", "Explanation"],
      rows: workPackages.map((w) => [w.number, w.title, w.lead, w.achievement, w.explanation]),
    },
    { title: "Deliverables", header: DELIVERABLE_HEADER, rows: deliverableRows("deliverable") },
    { title: "Work-plan outputs", header: DELIVERABLE_HEADER, rows: deliverableRows("output") },
    {
      title: "Outputs",
      header: ["Kind", "Title", "Partner", "Date", "Status", "Evidence documents", "Evidence"],
      rows: outputs.map((o) => withEvidence(o, [o.kind, o.title, o.partner, o.day, o.status])),
    },
    ...indicatorSheets(indicators, figures, people, partners),
    {
      title: "Contributions",
      // biome-ignore format: the columns in order
      header: ["Partner", "Status", "Submitted at", "Activities", "Stakeholder involvement", "Communication", "Difficulties and deviations"],
      // biome-ignore format: the columns in order
      rows: partners.map((p) => [p.partner, p.status, p.submitted_at, p.activities, p.stakeholders, p.communication, p.difficulties]),
    },
    {
      title: "Annexes",
      header: ["Title", "File name", "Category", "Owner partner", "Visibility", "Updated at"],
      // biome-ignore format: the columns in order
      rows: [...annexes.values()].map((d) => [d.title, d.file_name, d.category, d.owner, d.visibility, d.updated_at]),
    },
  ];
  return sheets;
}

type Figure = { key: string; partner: string; this: number | null; before: number | null };

/** The indicators and their split by partner, from the aggregated figures. */
function indicatorSheets(
  indicators: pg.QueryResultRow[],
  figures: pg.QueryResultRow[],
  people: pg.QueryResultRow[],
  partners: pg.QueryResultRow[],
): Sheet[] {
  const rows: Row[] = [];
  const split: Row[] = [];
  const peopleValue = (what: string) => people.find((p) => p.what === what)?.value ?? 0;
  for (const i of indicators) {
    const key = i.computed_key as string | null;
    const own = (figures as Figure[]).filter((f) => f.key === key);
    const isPeople = key === "people_capacity";
    const perPartner = new Map<string, number>(
      isPeople
        ? people.filter((p) => p.what === "partner").map((p) => [p.partner, p.value])
        : own.map((f) => [f.partner, f.this ?? 0]),
    );
    const sum = (pick: (f: Figure) => number | null) => own.reduce((n, f) => n + (pick(f) ?? 0), 0);
    const thisPeriod = isPeople
      ? [...perPartner.values()].reduce((a, b) => a + b, 0)
      : sum((f) => f.this);
    const previously = isPeople ? peopleValue("previously") : sum((f) => f.before);
    const cumulative = isPeople ? peopleValue("cumulative") : previously + thisPeriod;
    const percent = i.target > 0 ? Math.round((cumulative / i.target) * 1000) / 10 : null;
    // biome-ignore format: the columns in order
    rows.push([i.code, i.name, i.unit, i.target, previously, thisPeriod, cumulative, percent, i.source, "No", null,
      isPeople ? peopleValue("participations") : null, isPeople ? peopleValue("participations cumulative") : null]);
    if (key)
      for (const p of partners) split.push([i.code, i.name, p.partner, perPartner.get(p.id) ?? 0]);
  }
  return [
    {
      title: "Indicators",
      // biome-ignore format: the columns in order
      header: ["Code", "Indicator", "Unit", "Target", "Previously", "This period", "Cumulative", "% of target", "Source", "Entered", "Justification", "Participations this period", "Participations cumulative"],
      rows,
    },
    {
      title: "Indicators by partner",
      header: ["Code", "Indicator", "Partner", "This period"],
      rows: split,
    },
  ];
}

/** Writes the sheets as they are, no styles and no checks; resolves once all is written. */
export async function writeFloorSheets(sheets: Sheet[], out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.title);
    sheet.addRow(s.header).commit();
    for (let i = 0; i < s.rows.length; i++) {
      sheet.addRow(s.rows[i] ?? []).commit();
      // The same yield as the app's writer, so both stream instead of buffering.
      if (i % 500 === 499) await new Promise((r) => setImmediate(r));
    }
    sheet.commit();
  }
  await workbook.commit();
}

/** A workbook read back: each sheet's name and rows of cell values. */
type ReadBack = { name: string; rows: ExcelJS.CellValue[][] };

/** Cells as comparable text: dates as ISO instants, empty cells as null, no trailing empties. */
const comparable = (sheets: ReadBack[]) =>
  sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => {
      const cells = Array.from(r, (v) =>
        v instanceof Date ? v.toISOString() : v === undefined || v === "" ? null : v,
      );
      while (cells.length && cells.at(-1) === null) cells.pop();
      // The summary's "Generated at" is the moment of each export.
      return cells[0] === "Generated at" ? ["Generated at"] : cells;
    }),
  }));

/** Throws, naming the first difference, unless both workbooks hold the same cells. */
export function assertSameCells(app: ReadBack[], floor: ReadBack[]) {
  const a = comparable(app);
  const f = comparable(floor);
  if (a.length !== f.length)
    throw new Error(`the fair floor wrote ${f.length} sheets, the app ${a.length}`);
  a.forEach((sheet, i) => {
    const other = f[i];
    if (!other || other.name !== sheet.name || other.rows.length !== sheet.rows.length)
      throw new Error(
        `sheet ${i + 1}: the app wrote "${sheet.name}" with ${sheet.rows.length} rows, the fair floor "${other?.name}" with ${other?.rows.length}`,
      );
    sheet.rows.forEach((row, r) => {
      const x = JSON.stringify(row);
      const y = JSON.stringify(other.rows[r]);
      if (x !== y) throw new Error(`"${sheet.name}" row ${r + 1}: app ${x}, fair floor ${y}`);
    });
  });
}
