import { csvBuffer, readDelimited, tableOf, xlsxBuffer } from "@consortia/reports";
import { describe, expect } from "vitest";
import { it, refused } from "../testing/fixture";
import { CONTRACT } from "./expenditure.matrix";
import { IMPORT_COLUMNS } from "./items-schemas";
import { handleExpenditureTemplate } from "./items-template";
import { itemsOf } from "./items-test-kit";

const HEADER = IMPORT_COLUMNS.map((c) => c.header);
const row = (cells: Record<string, string>) => IMPORT_COLUMNS.map((c) => cells[c.header] ?? "");
const travel = (declared: string, description = "Bus tickets") =>
  row({
    "Cost category": "Travel and accommodation",
    "Payment date": "2026-03-04",
    "Invoice date": "04.03.2026",
    Description: description,
    "Amount declared": declared,
    Currency: "EUR",
  });
const staff = row({
  "Cost category": "staff",
  "Payment date": "2026-03-31",
  Description: "Project officer, March",
  "Amount declared": "1 500,00",
  "Staff: person": "Lars Ek",
  "Staff: basis": "Hourly",
  "Staff: hours": "40",
});
const paste = (rows: string[][]) => [HEADER, ...rows].map((r) => r.join("\t")).join("\n");

describe("bulk entry of expenditure", () => {
  it("imports pasted rows, all of them, in order", async ({ h, editor, f, projectId }) => {
    const contract = await editor.expenditure.createContract({
      projectId,
      partnerId: f.partnersA.se,
      ...CONTRACT,
    });
    const withContract = travel("80", "Evaluation workshop");
    withContract[IMPORT_COLUMNS.findIndex((c) => c.field === "contractId")] = CONTRACT.reference;
    const ref = { projectId, partnerId: f.partnersA.se, periodNumber: 3 };
    const r = await editor.expenditure.importItems({
      ...ref,
      format: "paste",
      content: paste([travel("40"), staff, [], withContract]),
    });
    expect(r).toEqual({ imported: 3 });
    const items = await itemsOf(h, f.partnersA.se);
    expect(
      items.map((i) => [
        i.category,
        i.declared_cents,
        i.invoice_date,
        i.contract_id,
        i.staff_hours,
      ]),
    ).toEqual([
      ["travel", 4_000, "2026-03-04", null, null],
      ["staff", 150_000, null, null, "40.00"],
      ["travel", 8_000, "2026-03-04", contract.id, null],
    ]);
  });

  it("refuses the whole import with an error per row and column", async ({
    h,
    editor,
    f,
    projectId,
  }) => {
    const partner = f.partnersA.se;
    const before = (await itemsOf(h, partner)).length;
    const ref = { projectId, partnerId: partner, periodNumber: 2 };
    const inP2 = (declared: string) => {
      const r = travel(declared);
      r[IMPORT_COLUMNS.findIndex((c) => c.field === "paymentDate")] = "2025-10-01";
      r[IMPORT_COLUMNS.findIndex((c) => c.field === "invoiceDate")] = "";
      return r;
    };
    const bad = inP2("lots");
    bad[0] = "Catering";
    const rows = [inP2("10"), inP2("12,50"), inP2("lots"), inP2("10"), inP2("10"), bad, inP2("20")];
    const r = await refused(
      editor.expenditure.importItems({ ...ref, format: "paste", content: paste(rows) }),
    );
    expect(r.code).toBe("BAD_REQUEST");
    expect(r.fields.content).toEqual([
      "Row 4, Amount declared: Not an amount (use 1234.56)",
      "Row 7, Cost category: Not a cost category",
      "Row 7, Amount declared: Not an amount (use 1234.56)",
    ]);
    expect((await itemsOf(h, partner)).length).toBe(before);
    const header = await refused(
      editor.expenditure.importItems({ ...ref, format: "paste", content: "a\tb\n1\t2" }),
    );
    expect(header.fields.content?.[0]).toMatch(/^Row 1: expected the columns Cost category/);
  });

  it("reads the template's CSV and XLSX layouts", async ({ h, editor, f, projectId }) => {
    const partnerId = f.partnersA.se;
    const ref = { projectId, partnerId, periodNumber: 3 };
    const before = (await itemsOf(h, partnerId)).length;
    const table = tableOf(
      {
        name: "x",
        title: "Expenditure",
        columns: HEADER.map((header, k) => ({
          header,
          kind: "text" as const,
          width: 10,
          value: (r: string[]) => r[k] ?? null,
        })),
      },
      [travel("5"), travel("6")],
    );
    const csv = (await csvBuffer(table)).toString("base64");
    expect(await editor.expenditure.importItems({ ...ref, format: "csv", content: csv })).toEqual({
      imported: 2,
    });
    const xlsx = (await xlsxBuffer([table], { created: new Date() })).toString("base64");
    expect(await editor.expenditure.importItems({ ...ref, format: "xlsx", content: xlsx })).toEqual(
      { imported: 2 },
    );
    expect((await itemsOf(h, partnerId)).length).toBe(before + 4);
    const notXlsx = await refused(
      editor.expenditure.importItems({ ...ref, format: "xlsx", content: csv }),
    );
    expect(notXlsx.fields.content).toEqual(["Choose an .xlsx file"]);
  });

  it("offers the template with exactly the import's header row", async ({ h, f, projectId }) => {
    const ctx = await h.contextFor(await h.sessionFor(f.users.partner_viewer.id));
    const res = await handleExpenditureTemplate(
      ctx,
      projectId,
      new Request(`http://x/?format=csv`),
    );
    expect(res.status).toBe(200);
    expect(readDelimited(await res.text())).toEqual([HEADER]);
    const xlsx = await handleExpenditureTemplate(
      ctx,
      projectId,
      new Request(`http://x/?format=xlsx`),
    );
    expect(xlsx.headers.get("content-type")).toMatch(/spreadsheetml/);
    const anonymous = await handleExpenditureTemplate(
      await h.contextFor(null),
      projectId,
      new Request("http://x/"),
    );
    expect(anonymous.status).toBe(401);
  });
});
