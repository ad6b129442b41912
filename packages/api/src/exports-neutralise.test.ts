import { readCsvStrict, unzip } from "@consortia/reports/testing";
import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
import type { Context } from "./context";
import { handleGoodPracticeExport } from "./learning/http";
import { handlePeriodReportExport } from "./period-reports/http";
import { TABLE_NAMES } from "./period-reports/tables";
import { buildReport } from "./period-reports/test-report";
import { handleActionPlanExport } from "./policy-export/http";
import { documentFixtures } from "./testing/document-fixtures";
import { it, test } from "./testing/fixture";
import { learningFixtures } from "./testing/learning-fixtures";
import { policyFixtures } from "./testing/policy-fixtures";

/**
 * Issue 15 #11: every spreadsheet any export route writes goes through the one formula
 * neutralisation. Text that a spreadsheet would run as a formula is put into records that
 * each route includes; every cell each route answers is read back with a real reader, and
 * none may start like a formula unless it is the apostrophe-prefixed neutralised form.
 */
const HOSTILE = ['=HYPERLINK("http://evil","x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"] as const;
const FORMULA_START = /^[=+\-@\t\r]/;
let ctxA: Context;
let ctxB: Context;
let planId: string;
let reportProjectId: string;

test.beforeAll(async ({ h }) => {
  const [formula, plus, minus, at, tab, cr] = HOSTILE;
  await learningFixtures(h).newPractice({
    status: "validated",
    title: formula,
    summary: plus,
    description: minus,
    resourcesNeeded: at,
    timescale: tab,
    evidenceOfSuccess: cr,
  });

  const policy = policyFixtures(h.f, documentFixtures(h));
  const plan = await policy.newPlan({
    title: formula,
    generalInformation: plus,
    generalInformationEn: minus,
    policyContext: at,
    policyContextEn: tab,
    actionsSummaryEn: cr,
  });
  planId = plan.id;
  await policy.newAction(planId, {
    title: formula,
    summaryEn: plus,
    background: minus,
    activities: at,
    players: tab,
    fundingSources: cr,
  });

  // Project B's period 1 with known records, then hostile text in what each table reads.
  const b = await buildReport(h);
  reportProjectId = b.projectId;
  await b.lead.periodReports.save({
    projectId: b.projectId,
    periodNumber: 1,
    highlights: formula,
    workPackages: [{ workPackageId: b.wpId, achievement: "partly", explanation: minus }],
  });
  const ofProject = b.projectId;
  await h.db.updateTable("projects").set({ title: plus }).where("id", "=", ofProject).execute();
  await h.db
    .updateTable("partners")
    .set({ short_name: at })
    .where("id", "=", b.records.partners.sardinia)
    .execute();
  await h.db
    .updateTable("work_packages")
    .set({ title: tab })
    .where("project_id", "=", ofProject)
    .execute();
  await h.db
    .updateTable("deliverables")
    .set({ title: cr })
    .where("project_id", "=", ofProject)
    .execute();
  await h.db
    .updateTable("documents")
    .set({ title: formula })
    .where("project_id", "=", ofProject)
    .execute();
  await h.db
    .updateTable("report_contributions")
    .set({ activities: cr, communication: minus })
    .where("project_id", "=", b.projectId)
    .execute();

  ctxA = await h.contextFor(await h.sessionFor(h.f.users.lead_coordinator.id));
  ctxB = await h.contextFor(await h.sessionFor(h.f.users.memberB.id));
});

const url = (path: string) => new Request(`http://consortia.test/api/projects/${path}`);

/** Every cell of a workbook: strings as read, formulas as their text prefixed with "=". */
async function xlsxCells(
  bytes: ArrayBuffer | Buffer,
): Promise<{ text: string[]; formulas: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  const text: string[] = [];
  const formulas: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push(cell.formula);
        else if (typeof cell.value === "string") text.push(cell.value);
        else if (cell.value && typeof cell.value === "object" && "richText" in cell.value)
          text.push(cell.value.richText.map((r) => r.text).join(""));
      }),
    ),
  );
  return { text, formulas };
}

/** Every cell of a CSV, read back with a strict RFC 4180 reader. */
const csvCells = (bytes: Buffer): string[] => readCsvStrict(bytes).flat();

/**
 * No cell starts like a formula, and every hostile text is there in its neutralised form
 * (so the records really reached the file). XML reads a lone CR back as LF.
 */
function expectNeutralised(what: string, cells: string[], xml: boolean) {
  const raw = cells.filter((c) => FORMULA_START.test(c));
  expect(raw, `${what}: cells that start like a formula`).toEqual([]);
  for (const hostile of HOSTILE) {
    const safe = `'${xml ? hostile.replace("\r", "\n") : hostile}`;
    expect(
      cells.some((c) => c.startsWith(safe)),
      `${what}: ${JSON.stringify(safe)}`,
    ).toBe(true);
  }
}

async function ok(res: Response): Promise<Buffer> {
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe("formula-like text in every spreadsheet export", () => {
  it("is neutralised in the good-practice register (XLSX and CSV)", async ({ h }) => {
    const projectId = h.f.projectA.id;
    const get = (format: string) =>
      handleGoodPracticeExport(
        ctxA,
        projectId,
        url(`${projectId}/good-practices/export?format=${format}`),
      );
    const xlsx = await xlsxCells(await ok(await get("xlsx")));
    expect(xlsx.formulas).toEqual([]);
    expectNeutralised("register XLSX", xlsx.text, true);
    expectNeutralised("register CSV", csvCells(await ok(await get("csv"))), false);
  });

  it("is neutralised in the action plan's XLSX", async ({ h }) => {
    const projectId = h.f.projectA.id;
    const res = await handleActionPlanExport(
      ctxA,
      projectId,
      planId,
      url(`${projectId}/action-plans/${planId}/export?format=xlsx`),
    );
    const xlsx = await xlsxCells(await ok(res));
    // The one formula is the export's own total, not user text.
    expect(xlsx.formulas).toEqual([expect.stringMatching(/^SUBTOTAL\(109,J2:J\d+\)$/)]);
    expectNeutralised("action plan XLSX", xlsx.text, true);
  });

  it("is neutralised in the period report's XLSX, every CSV table and the zip", async () => {
    const get = (query: string) =>
      handlePeriodReportExport(
        ctxB,
        reportProjectId,
        "1",
        url(`${reportProjectId}/reports/1/export?${query}`),
      );
    const xlsx = await xlsxCells(await ok(await get("format=xlsx")));
    expect(xlsx.formulas).toEqual([]);
    expectNeutralised("period report XLSX", xlsx.text, true);

    const tables: string[] = [];
    for (const table of TABLE_NAMES) {
      const cells = csvCells(await ok(await get(`format=csv&table=${table}`)));
      expect(
        cells.filter((c) => FORMULA_START.test(c)),
        `CSV ${table}`,
      ).toEqual([]);
      tables.push(...cells);
    }
    expectNeutralised("period report CSV tables", tables, false);

    const files = unzip(await ok(await get("format=zip")));
    const zipped = [...files].filter(([name]) => name.endsWith(".csv"));
    expect(zipped).toHaveLength(TABLE_NAMES.length);
    expectNeutralised(
      "period report zip",
      zipped.flatMap(([, bytes]) => csvCells(bytes)),
      false,
    );
  });
});
