import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { handleGoodPracticeExport } from "./http";
import { PROGRAMME_FIELDS } from "./practice-schemas";
import { neutralise } from "./register";

let longTitleId: string;
const LONG_TITLE = `Regional innovation procurement ${"and testbeds ".repeat(8)}`.trim();
const EXTRAS = ["Owner partner", "Themes", "Status", "Validated on", "Warnings"];

test.beforeAll(async ({ learning: fx, h }) => {
  await fx.newPractice({
    status: "validated",
    title: '=HYPERLINK("http://evil.example","Click")',
    summary: "+SUM(A1:A2)",
    description: '-2+3, with "quotes", commas\nand a second line',
    resourcesNeeded: "@cmd",
    timescale: "\tindented",
    evidenceOfSuccess: "\rcarriage",
    difficulties: "Plain text – with an en dash, ÆØÅ and ü",
  });
  // A title saved before the programme's limit was enforced (the database allows 200).
  const old = await fx.newPractice({ status: "approved", title: "Placeholder title" });
  await h.db
    .updateTable("good_practices")
    .set({ title: LONG_TITLE })
    .where("id", "=", old.id)
    .execute();
  longTitleId = old.id;
  // What each reader may see: the viewer's partner's draft (still lacking fields), another
  // partner's returned practice, and a validated one.
  await fx.newPractice({
    ownerPartnerId: h.f.partnersA.it,
    title: "Technology transfer fund",
    mainInstitution: "",
  });
  await fx.newPractice({ status: "returned", title: "Hospital testbed agreements" });
  await fx.newPractice({ status: "validated", title: "Open calls for unmet clinical needs" });
});

const ctxOf = async (h: Harness, userId: string | null) =>
  h.contextFor(userId ? await h.sessionFor(userId) : null);
const exportAs = async (
  h: Harness,
  projectId: string,
  userId: string | null,
  query: string,
  project = projectId,
) =>
  handleGoodPracticeExport(
    await ctxOf(h, userId),
    project,
    new Request(`http://consortia.test/api/projects/${project}/good-practices/export?${query}`),
  );

/** The sheet's rows as arrays of strings (row 1 is the header), days as YYYY-MM-DD. */
function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      // A day is a date cell (exports-read-back.test.ts checks its format): read as YYYY-MM-DD.
      if (v instanceof Date) cells.push(v.toISOString().slice(0, 10));
      else cells.push(v === null || v === undefined ? "" : String(v));
    }
    rows.push(cells);
  });
  return rows;
}

const header = [...PROGRAMME_FIELDS.map((f) => f.label), ...EXTRAS];
const col = (label: string) => header.indexOf(label);

/** XML (and so XLSX) reads a lone carriage return back as a line feed. */
function checkTrickyRow(rows: string[][], cr = "\r") {
  const row = rows.find((r) => r[col("Summary")] === "'+SUM(A1:A2)");
  expect(row).toBeDefined();
  expect(row?.[0]).toBe(`'=HYPERLINK("http://evil.example","Click")`);
  expect(row?.[col("Detailed description")]).toBe(
    `'-2+3, with "quotes", commas\nand a second line`,
  );
  expect(row?.[col("Resources needed")]).toBe("'@cmd");
  expect(row?.[col("Timescale")]).toBe("'\tindented");
  expect(row?.[col("Evidence of success")]).toBe(`'${cr}carriage`);
  expect(row?.[col("Difficulties encountered")]).toBe("Plain text – with an en dash, ÆØÅ and ü");
  expect(row?.[col("Location: country")]).toBe("Sweden");
  expect(row?.[col("Status")]).toBe("validated");
  expect(row?.[col("Validated on")]).toBe("2026-06-30");
}

describe("good-practice register export", () => {
  it("writes XLSX in the programme's field order with formulas neutralised, and audits it", async ({
    h,
    projectId,
  }) => {
    const before = await h.auditCount();
    const res = await exportAs(h, projectId, h.f.users.lead_coordinator.id, "format=xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="MEDTECH-S3-good-practices-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no worksheet");
    const rows = rowsOf(sheet);
    expect(rows[0]).toEqual(header);
    checkTrickyRow(rows, "\n");
    const long = rows.find((r) => r[0] === LONG_TITLE);
    expect(long?.[col("Warnings")]).toBe(
      `Title has ${LONG_TITLE.length} characters; the programme's form allows 100`,
    );
    expect(await h.auditCount()).toBe(before + 1);
    const audit = await h.db
      .selectFrom("audit_log")
      .select(["entity", "action", "summary"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity: "good_practice_register", action: "export" });
  });

  it("writes RFC 4180 CSV that a CSV parser reads back to the same cells", async ({
    h,
    projectId,
  }) => {
    const res = await exportAs(
      h,
      projectId,
      h.f.users.lead_coordinator.id,
      "format=csv&status=validated,approved",
    );
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/good-practices-.*\.csv"$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.startsWith(`Title,Summary,Location: country,`)).toBe(true);
    expect(text).toContain(`"'-2+3, with ""quotes"", commas\nand a second line"`);
    expect(text.split("\r\n")[0]).toBe(header.join(","));
    const parsed = await new ExcelJS.Workbook().csv.read(Readable.from([text]), {
      map: (v: unknown) => v,
    });
    const rows = rowsOf(parsed);
    expect(rows[0]).toEqual(header);
    checkTrickyRow(rows);
    const statuses = new Set(rows.slice(1).map((r) => r[col("Status")]));
    expect(statuses).toEqual(new Set(["validated", "approved"]));
  });

  it("flags text over the programme's limits and empty fields in exportCheck", async ({
    h,
    projectId,
  }) => {
    const lead = await h.callerFor(h.f.users.lead_coordinator.id);
    const check = await lead.goodPractices.exportCheck({ projectId });
    expect(check.warnings).toContainEqual(
      expect.objectContaining({
        goodPracticeId: longTitleId,
        field: "title",
        message: `Title has ${LONG_TITLE.length} characters; the programme's form allows 100`,
      }),
    );
    // A draft lacking fields is listed with what it still needs.
    expect(check.warnings).toContainEqual(
      expect.objectContaining({
        field: "mainInstitution",
        message: "Main institution is empty; the programme's form asks for it",
      }),
    );
    const validatedOnly = await lead.goodPractices.exportCheck({
      projectId,
      status: ["validated"],
    });
    expect(validatedOnly.warnings.some((w) => w.goodPracticeId === longTitleId)).toBe(false);
  });

  it("exports only what the caller may see, and refuses strangers", async ({ h, projectId }) => {
    const res = await exportAs(h, projectId, h.f.users.partner_viewer.id, "format=csv");
    const text = Buffer.from(await res.arrayBuffer()).toString("utf8");
    expect(text).toContain("Technology transfer fund"); // the viewer's own partner's draft
    expect(text).not.toContain("Hospital testbed agreements"); // returned to Stockholm
    const observerRes = await exportAs(h, projectId, h.f.users.observer.id, "format=csv");
    const observerText = Buffer.from(await observerRes.arrayBuffer()).toString("utf8");
    expect(observerText).not.toContain("Technology transfer fund");
    expect(observerText).not.toContain("Hospital testbed agreements"); // returned to Stockholm
    expect(observerText).toContain("Open calls for unmet clinical needs");
    expect((await exportAs(h, projectId, null, "format=csv")).status).toBe(401);
    expect((await exportAs(h, projectId, h.f.users.memberB.id, "format=csv")).status).toBe(404);
    expect((await exportAs(h, projectId, h.f.users.lead_coordinator.id, "format=pdf")).status).toBe(
      400,
    );
  });

  it("neutralises every formula start and strips what XML cannot hold", () => {
    expect(["=1", "+1", "-1", "@a", "\tx", "\rx", "ok", "'=x"].map(neutralise)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      "'\rx",
      "ok",
      "'=x",
    ]);
    expect(neutralise("a\u0000b\u0007c\nd")).toBe("abc\nd");
  });
});
