import { readCsvStrict } from "@consortia/reports/testing";
import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
import type { Context } from "../context";
import { it, test } from "../testing/fixture";
import { handlePeriodReportExport } from "./http";
import { periodReportSchema } from "./json-schema";
import { NOT_SPLIT } from "./tables";
import { buildReport } from "./test-report";

/**
 * Issue 16 #4: a lead's override of a computed indicator is not passed off as split by
 * partner. The report says plainly that the overridden value is not split, and the partner
 * rows of every indicator sum to its value for the period, in CSV, XLSX and JSON alike.
 */
let b: Awaited<ReturnType<typeof buildReport>>;
let ctx: Context;

test.beforeAll(async ({ h }) => {
  b = await buildReport(h);
  const { indicators } = await b.lead.indicators.list({ projectId: b.projectId });
  const le = indicators.find((i) => i.code === "LE");
  // The computed value of period 1 is split between partners; the lead enters another.
  expect(Number(le?.periods[0]?.computed)).toBeGreaterThan(0);
  await b.lead.indicators.setValue({
    projectId: b.projectId,
    indicatorId: le?.id ?? "",
    periodNumber: 1,
    value: "9",
    justification: "Two events were held with another project and recorded there",
  });
  ctx = await h.contextFor(await h.sessionFor(h.f.users.memberB.id));
});

async function exported(query: string) {
  const url = `http://test/api/projects/${b.projectId}/reports/1/export?${query}`;
  const res = await handlePeriodReportExport(ctx, b.projectId, "1", new Request(url));
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

const records = (rows: string[][]) => {
  const [header = [], ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((k, i) => [k, r[i] ?? ""])));
};

describe("an overridden computed indicator and its partner split", () => {
  it("is not split in JSON: no partner shares beside the entered value", async () => {
    const json = periodReportSchema.parse(JSON.parse((await exported("format=json")).toString()));
    const le = json.indicators.find((i) => i.code === "LE");
    expect(le).toMatchObject({ source: "computed", entered: true, thisPeriod: 9, byPartner: [] });
    // Every other computed indicator's split sums to its value.
    for (const i of json.indicators.filter((i) => i.source === "computed" && !i.entered))
      expect(
        i.byPartner.reduce((n, p) => n + p.value, 0),
        i.code,
      ).toBeCloseTo(i.thisPeriod, 2);
  });

  it("says so in the CSV and XLSX partner tables, whose rows sum to each indicator's value", async () => {
    const csvTotals = records(readCsvStrict(await exported("format=csv&table=indicators")));
    const csvSplit = records(readCsvStrict(await exported("format=csv&table=indicator_partners")));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exported("format=xlsx")) as unknown as ArrayBuffer);
    const sheetRows = (name: string) => {
      const sheet = wb.getWorksheet(name);
      const out: string[][] = [];
      sheet?.eachRow((row) => {
        out.push(Array.from(row.values as unknown[], (v) => String(v ?? "")).slice(1));
      });
      return records(out);
    };
    for (const [what, totals, split] of [
      ["csv", csvTotals, csvSplit],
      ["xlsx", sheetRows("Indicators"), sheetRows("Indicators by partner")],
    ] as const) {
      expect(
        split.filter((r) => r.Code === "LE"),
        what,
      ).toEqual([expect.objectContaining({ Partner: NOT_SPLIT, "This period": "9" })]);
      for (const t of totals.filter((r) => r.Source === "computed")) {
        const sum = split
          .filter((r) => r.Code === t.Code)
          .reduce((n, r) => n + Number(r["This period"]), 0);
        expect(sum, `${what} ${t.Code}`).toBeCloseTo(Number(t["This period"]), 2);
      }
    }
  });
});
