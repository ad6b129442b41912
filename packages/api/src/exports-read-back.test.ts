import { csvCell, DATE_FORMAT, INSTANT_FORMAT } from "@consortia/reports";
import { readCsvStrict, unzip } from "@consortia/reports/testing";
import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
import type { Context } from "./context";
import { bytesUpload, uploadDocument } from "./documents/upload";
import { handleGoodPracticeExport } from "./learning/http";
import { handlePeriodReportExport } from "./period-reports/http";
import { periodReportSchema } from "./period-reports/json-schema";
import type { PeriodReportModel } from "./period-reports/model";
import { materialise, TABLE_NAMES } from "./period-reports/tables";
import { buildReport } from "./period-reports/test-report";
import { handleActionPlanExport } from "./policy-export/http";
// The demo partnership on purpose: every table of every export has rows to read back.
import { demoTest as test } from "./testing/fixture";

/**
 * Issue 16 #1 and #2: every CSV any export route writes is read back with a strict RFC 4180
 * reader (multi-line and quoted values included: a line break outside quotes would make a
 * spreadsheet start a new row), and every day is a day: `YYYY-MM-DD` in CSV and JSON, a date
 * cell in XLSX — the period report (every table, alone and in the zip, and the workbook),
 * the good-practice register and the action plan.
 */
let b: Awaited<ReturnType<typeof buildReport>>;
let leadB: Context;
let leadA: Context;
let planId: string;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const QUOTED_TITLE = 'Minutes, "draft" of the visit';
const TWO_LINE_TITLE = "Agenda – day one\r\nday two";

test.beforeAll(async ({ h, db, policy }) => {
  b = await buildReport(h);
  // Evidence of D1.1 in three documents, one title with a comma and quotes, one on two lines.
  const d11 = await db
    .selectFrom("deliverables")
    .select("id")
    .where("project_id", "=", b.projectId)
    .where("code", "=", "D1.1")
    .executeTakeFirstOrThrow();
  for (const title of [QUOTED_TITLE, TWO_LINE_TITLE]) {
    const doc = await uploadDocument(
      b.ctx,
      {
        title: "Evidence",
        description: "",
        category: "deliverable",
        language: "en",
        tags: [],
        visibility: "partnership",
        folderId: null,
        ownerPartnerId: b.records.partners.crete,
      },
      bytesUpload("evidence.txt", "Evidence"),
    );
    // Titles as a person may have pasted them (the form keeps one line; imports may not).
    await db.updateTable("documents").set({ title }).where("id", "=", doc.id).execute();
    await db
      .insertInto("attachments")
      .values({
        project_id: b.projectId,
        document_id: doc.id,
        entity: "deliverable",
        entity_id: d11.id,
        created_by: h.f.users.memberB.id,
      })
      .execute();
  }
  await b.lead.periodReports.save({
    projectId: b.projectId,
    periodNumber: 1,
    highlights: 'Two visits, "both" full.\nA third, next period.',
    workPackages: [{ workPackageId: b.wpId, achievement: "partly", explanation: "a\rb, c" }],
  });
  await db
    .updateTable("report_contributions")
    .set({ activities: 'Line one, "quoted"\r\nline two\nline three' })
    .where("project_id", "=", b.projectId)
    .execute();
  const plan = await policy.newPlan();
  planId = plan.id;
  await policy.newAction(planId, { startDate: "2026-09-01", endDate: "2027-12-31" });
  leadB = await h.contextFor(await h.sessionFor(h.f.users.memberB.id));
  leadA = await h.contextFor(await h.sessionFor(h.f.users.lead_coordinator.id));
});

const request = (path: string) => new Request(`http://consortia.test/api/projects/${path}`);

async function ok(res: Response): Promise<Buffer> {
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(res.status, bytes.toString()).toBe(200);
  return bytes;
}

const report = (query: string) =>
  handlePeriodReportExport(
    leadB,
    b.projectId,
    "1",
    request(`${b.projectId}/reports/1/export?${query}`),
  ).then(ok);

async function workbook(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The header's position of each column, 1-based as exceljs counts. */
function headerIndex(sheet: ExcelJS.Worksheet): Map<string, number> {
  const names = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? ""));
  return new Map(names.map((n, i) => [n, i]));
}

describe("the period report's files read back strictly", () => {
  let model: PeriodReportModel;
  test.beforeAll(async () => {
    model = periodReportSchema.parse(JSON.parse((await report("format=json")).toString("utf8")));
  });

  test("writes every CSV table as RFC 4180 holding exactly the table's cells", async () => {
    const evidence = model.deliverables.find((d) => d.code === "D1.1")?.evidence ?? [];
    expect(evidence.map((d) => d.title)).toEqual(
      expect.arrayContaining([QUOTED_TITLE, TWO_LINE_TITLE]),
    );
    for (const name of TABLE_NAMES) {
      const rows = readCsvStrict(await report(`format=csv&table=${name}`));
      const [table] = materialise(model, name);
      if (!table) throw new Error(name);
      expect(rows[0], name).toEqual(table.columns.map((c) => c.header));
      const expected = table.rows.map((r) =>
        r.cells.map((v, i) => csvCell(v, r.kinds[i] ?? "text", r.eur[i] ?? false)),
      );
      const got = rows.slice(1);
      // The one value composed anew on every request.
      if (name === "summary") {
        const at = got.findIndex((r) => r[0] === "Generated at");
        expect(got[at]?.[1]).toMatch(INSTANT);
        got.splice(at, 1);
        expected.splice(at, 1);
      }
      expect(got, name).toEqual(expected);
      // Days are days and instants instants, cell by cell.
      for (const [i, r] of table.rows.entries())
        for (const [j, kind] of r.kinds.entries()) {
          const cell = rows[i + 1]?.[j] ?? "";
          if (kind === "day" && cell) expect(cell, `${name} ${i} ${j}`).toMatch(DAY);
          if (kind === "instant" && cell) expect(cell, `${name} ${i} ${j}`).toMatch(INSTANT);
        }
    }
  });

  test("writes the summary's days as YYYY-MM-DD, multi-line and quoted values kept whole", async () => {
    const rows = new Map(
      readCsvStrict(await report("format=csv&table=summary")).map((r) => [r[0], r[1]]),
    );
    expect([rows.get("Period start"), rows.get("Period end")]).toEqual([
      "2025-01-01",
      "2025-06-30",
    ]);
    expect(rows.get("Highlights")).toBe('Two visits, "both" full.\nA third, next period.');
    const deliverables = readCsvStrict(await report("format=csv&table=deliverables"));
    const evidence = deliverables[0]?.indexOf("Evidence") ?? -1;
    const d11 = deliverables.find((r) => r[0] === "D1.1");
    expect(d11?.[evidence]?.split("\n")).toHaveLength(4);
    expect(d11?.[evidence]).toContain(QUOTED_TITLE);
    expect(d11?.[evidence]).toContain(TWO_LINE_TITLE);
    const contributions = readCsvStrict(await report("format=csv&table=contributions"));
    expect(contributions.flat()).toContain('Line one, "quoted"\r\nline two\nline three');
  });

  test("zips every table as a strict CSV", async () => {
    const files = unzip(await report("format=zip"));
    const csvs = [...files].filter(([n]) => n.endsWith(".csv"));
    expect(csvs).toHaveLength(TABLE_NAMES.length);
    for (const [name, bytes] of csvs) {
      const table = materialise(model).find((t) => name.endsWith(`-${t.name}.csv`));
      expect(readCsvStrict(bytes).length, name).toBe((table?.rows.length ?? -1) + 1);
    }
  });

  test("writes every day of the workbook as a date cell", async () => {
    const wb = await workbook(await report("format=xlsx"));
    let days = 0;
    for (const table of materialise(model)) {
      const sheet = wb.getWorksheet(table.title.slice(0, 31));
      if (!sheet) throw new Error(table.title);
      for (const [i, r] of table.rows.entries())
        for (const [j, kind] of r.kinds.entries()) {
          const value = r.cells[j];
          if (!(value instanceof Date)) continue;
          const cell = sheet.getRow(i + 2).getCell(j + 1);
          const where = `${table.name} row ${i + 2} column ${j + 1}`;
          expect(cell.value, where).toBeInstanceOf(Date);
          if (kind === "instant") {
            expect(cell.numFmt, where).toBe(INSTANT_FORMAT);
            continue;
          }
          expect(kind, where).toBe("day");
          expect(cell.numFmt, where).toBe(DATE_FORMAT);
          expect(cell.value, where).toEqual(value);
          days++;
        }
    }
    const summary = wb.getWorksheet("Summary");
    const start = summary?.getRows(2, 12)?.find((r) => r.getCell(1).value === "Period start");
    expect(start?.getCell(2).value).toEqual(new Date("2025-01-01T00:00:00Z"));
    expect(start?.getCell(2).numFmt).toBe(DATE_FORMAT);
    expect(days).toBeGreaterThan(3);
  });
});

describe("the good-practice register reads back strictly", () => {
  const register = (projectId: string, format: string) =>
    handleGoodPracticeExport(
      leadA,
      projectId,
      request(`${projectId}/good-practices/export?format=${format}`),
    ).then(ok);

  test("writes 'Validated on' as YYYY-MM-DD in CSV and as a date cell in XLSX", async ({
    projectId,
  }) => {
    const rows = readCsvStrict(await register(projectId, "csv"));
    const at = rows[0]?.indexOf("Validated on") ?? -1;
    expect(at).toBeGreaterThan(0);
    const csvDays = rows.slice(1).map((r) => r[at] ?? "");
    expect(csvDays.filter(Boolean).length).toBeGreaterThan(0);
    for (const d of csvDays) if (d) expect(d).toMatch(DAY);

    const sheet = (await workbook(await register(projectId, "xlsx"))).worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const column = headerIndex(sheet).get("Validated on") ?? -1;
    const xlsxDays = (sheet.getRows(2, rows.length - 1) ?? []).map((r) => {
      const cell = r.getCell(column);
      if (cell.value === null) return "";
      expect(cell.value).toBeInstanceOf(Date);
      expect(cell.numFmt).toBe(DATE_FORMAT);
      return (cell.value as Date).toISOString().slice(0, 10);
    });
    expect(xlsxDays).toEqual(csvDays);
  });
});

describe("the action plan's workbook", () => {
  test("writes its actions' days as date cells", async ({ projectId }) => {
    const bytes = await handleActionPlanExport(
      leadA,
      projectId,
      planId,
      request(`${projectId}/action-plans/${planId}/export?format=xlsx`),
    ).then(ok);
    const sheet = (await workbook(bytes)).worksheets[2];
    if (!sheet) throw new Error("no Part III");
    const columns = headerIndex(sheet);
    const row = sheet.getRow(2);
    for (const [header, day] of [
      ["4. Start", "2026-09-01"],
      ["4. End", "2027-12-31"],
    ] as const) {
      const cell = row.getCell(columns.get(header) ?? -1);
      expect(cell.value, header).toEqual(new Date(`${day}T00:00:00Z`));
      expect(cell.numFmt, header).toBe(DATE_FORMAT);
    }
  });
});
