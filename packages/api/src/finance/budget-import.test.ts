import { readCsvRows, readXlsxRows } from "@consortia/reports";
import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { trpcError } from "../testing/harness";
import { handleBudgetTemplate, renderTemplate, TEMPLATE_SHEET } from "./budget-template";
import { budgetProject, storedLines } from "./budget-test-kit";

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64");

describe("the budget template", () => {
  it("is downloaded as XLSX with instructions, filled in and imported back", async ({
    h,
    admin,
  }) => {
    const b = await budgetProject(h, admin);
    await admin.budget.saveLines({
      projectId: b.projectId,
      lines: [
        { partnerId: b.partnerId, category: "external", periodNumber: 3, amountCents: 123_456 },
      ],
      version: 0,
    });
    const ctx = await h.projectCtxFor(h.f.users.admin.id, b.projectId);
    const { bytes } = await renderTemplate(ctx, "xlsx");
    const rows = await readXlsxRows(bytes, TEMPLATE_SHEET);
    expect(rows[0]?.slice(0, 3)).toEqual([
      "Partner",
      "Category",
      "Period 1 (2025-01-01 to 2025-06-30)",
    ]);
    // Real-cost categories only (office and administration is a flat rate), the draft filled in.
    expect(rows.slice(1).map((r) => r[1])).toEqual([
      "Staff costs",
      "Travel and accommodation",
      "External expertise and services",
      "Equipment",
    ]);
    expect(rows[3]?.[4]).toBe("1234.56");
    expect((await readXlsxRows(bytes, "Instructions"))[1]?.[0]).toContain("Fill in");

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(TEMPLATE_SHEET);
    if (!sheet) throw new Error("no budget sheet");
    sheet.getCell("C2").value = 10_000.5;
    sheet.getCell("D2").value = "2 000,25";
    sheet.getCell("E4").value = null;
    const filled = new Uint8Array(await book.xlsx.writeBuffer());

    const draft = await admin.budget.get({ projectId: b.projectId });
    const result = await admin.budget.import({
      projectId: b.projectId,
      fileName: "Budget template.xlsx",
      contentBase64: b64(filled),
      version: draft.version?.version ?? 0,
    });
    expect(result).toMatchObject({ cells: 2, totalCents: 1_000_050 + 200_025 });
    const plan = await admin.budget.get({ projectId: b.projectId });
    expect(
      plan.lines.filter((l) => !l.computed).map((l) => [l.category, l.periodNumber, l.amountCents]),
    ).toEqual([
      ["staff", 1, 1_000_050],
      ["staff", 2, 200_025],
    ]);
    // Office and administration: 15 % of staff, per period.
    expect(plan.totals.byCategory.office_admin).toBe(150_008 + 30_004);
  });

  it("refuses a file with bad cells as a whole, naming each cell", async ({ h, admin }) => {
    const b = await budgetProject(h, admin);
    const first = await admin.budget.saveLines({
      projectId: b.projectId,
      lines: [{ partnerId: b.partnerId, category: "staff", periodNumber: 1, amountCents: 500_000 }],
      version: 0,
    });
    const before = await storedLines(h, b.projectId);
    const csv = [
      "Partner;Category;Period 1;Period 2;Period 9",
      "VGR;Staff costs;1 000,00;-5;",
      "Nowhere;Travel and accommodation;abc;;",
      "VGR;Office and administration;100;;",
      "VGR;Staff costs;1;;",
    ].join("\r\n");
    const err = await trpcError(
      admin.budget.import({
        projectId: b.projectId,
        fileName: "plan.csv",
        contentBase64: b64(csv),
        version: first.version,
      }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause).toMatchObject({ fieldErrors: { E1: [expect.stringContaining("1 to 8")] } });

    const rowsOnly = csv.replace(";Period 9", "");
    const cells = await trpcError(
      admin.budget.import({
        projectId: b.projectId,
        fileName: "plan.csv",
        contentBase64: b64(rowsOnly),
        version: first.version,
      }),
    );
    expect(cells.message).toContain("nothing was changed");
    const fieldErrors = (cells.cause as unknown as { fieldErrors: Record<string, string[]> })
      .fieldErrors;
    expect(Object.keys(fieldErrors).sort()).toEqual(["A3", "A5", "B4", "C3", "D2"]);
    expect(fieldErrors.D2?.[0]).toContain("negative");
    expect(fieldErrors.A3?.[0]).toContain("Unknown partner 'Nowhere'");
    expect(fieldErrors.C3?.[0]).toContain("Not an amount");
    expect(fieldErrors.B4?.[0]).toContain("computed, never typed");
    expect(fieldErrors.A5?.[0]).toContain("already on row 2");
    expect(await storedLines(h, b.projectId)).toEqual(before);

    // A file that is not what its name says, and a stale import, change nothing either.
    const fake = await trpcError(
      admin.budget.import({
        projectId: b.projectId,
        fileName: "plan.xlsx",
        contentBase64: b64("Partner,Category"),
        version: first.version,
      }),
    );
    expect(fake.cause).toMatchObject({ fieldErrors: { fileName: [expect.any(String)] } });
    const good = "Partner,Category,Period 1\r\nVGR,Staff costs,10\r\n";
    const stale = await trpcError(
      admin.budget.import({
        projectId: b.projectId,
        fileName: "plan.csv",
        contentBase64: b64(good),
        version: 0,
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await storedLines(h, b.projectId)).toEqual(before);
  });

  it("is also a CSV the importer reads back", async ({ h, admin }) => {
    const b = await budgetProject(h, admin);
    const ctx = await h.projectCtxFor(h.f.users.admin.id, b.projectId);
    const { bytes } = await renderTemplate(ctx, "csv");
    const rows = readCsvRows(bytes);
    expect(rows[0]).toHaveLength(2 + 8);
    expect(rows[1]?.slice(0, 2)).toEqual(["VGR", "Staff costs"]);
    const result = await admin.budget.import({
      projectId: b.projectId,
      fileName: "t.csv",
      contentBase64: b64(bytes),
      version: 0,
    });
    expect(result).toMatchObject({ cells: 0, totalCents: 0, version: 1 });
  });
});

describe("the template download route", () => {
  it("answers members with the file and an audit entry, and refuses others", async ({ h, f }) => {
    const get = async (userId: string | null, query: string, projectId = f.projectA.id) =>
      handleBudgetTemplate(
        await h.contextFor(userId ? await h.sessionFor(userId) : null),
        projectId,
        new Request(
          `http://consortia.test/api/projects/${projectId}/finance/budget/template?${query}`,
        ),
      );
    const res = await get(f.users.partner_viewer.id, "format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toContain("budget-template.csv");
    const rows = readCsvRows(new Uint8Array(await res.arrayBuffer()));
    expect(rows[0]?.slice(0, 2)).toEqual(["Partner", "Category"]);
    const audit = await h.db
      .selectFrom("audit_log")
      .select(["action", "summary", "actor_id"])
      .where("entity", "=", "budget_version")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: "export", actor_id: f.users.partner_viewer.id });
    expect((await get(f.users.partner_viewer.id, "format=pdf")).status).toBe(400);
    expect((await get(null, "format=xlsx")).status).toBe(401);
    expect((await get(f.users.memberB.id, "format=xlsx")).status).toBe(404);
  });
});
