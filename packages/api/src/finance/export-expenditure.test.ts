import { readCsvStrict } from "@consortia/reports/testing";
import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
// The demo partnership on purpose: its lists of expenditure are what a partner exports.
import { type Harness, demoTest as test } from "../testing/fixture";
import { handleExpenditureExport } from "./export-table";
import { sumCents, toEuroCents } from "./rules";

const FORM = [
  "No.",
  "Cost category",
  "Contract (procurement)",
  "Internal reference number",
  "Invoice number",
  "Invoice date",
  "Date of payment",
  "Description",
  "Total value of invoice",
  "VAT",
  "Declared amount",
  "Currency",
  "Conversion rate",
  "Declared amount in EUR",
];

type H = Harness;

async function exportAs(h: H, userId: string, params: Record<string, string>) {
  const ctx = await h.contextFor(await h.sessionFor(userId));
  return handleExpenditureExport(ctx, h.f.projectA.id, new URLSearchParams(params));
}

async function partnerId(h: H, short: string) {
  return (
    await h.db
      .selectFrom("partners")
      .select("id")
      .where("project_id", "=", h.f.projectA.id)
      .where("short_name", "=", short)
      .executeTakeFirstOrThrow()
  ).id;
}

async function itemsOf(h: H, partner: string, period: number) {
  return h.db
    .selectFrom("expenditure_items as i")
    .innerJoin("financial_reports as r", "r.id", "i.report_id")
    .selectAll("i")
    .where("r.partner_id", "=", partner)
    .where("r.period_number", "=", period)
    .orderBy("i.position")
    .execute();
}

async function sheetRows(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("list of expenditure export", () => {
  test("the partner's own XLSX has every item in the form's order, staff details, total", async ({
    h,
  }) => {
    const se = await partnerId(h, "Region Stockholm");
    const before = await h.auditCount();
    const res = await exportAs(h, h.f.users.partner_editor.id, {
      partnerId: se,
      period: "1",
      format: "xlsx",
    });
    expect(res.status).toBe(200);
    const rows = await sheetRows(res);
    const items = await itemsOf(h, se, 1);
    expect(rows[0]?.slice(0, FORM.length)).toEqual(FORM);
    expect(rows[0]).toContain("Staff member");
    const data = rows.slice(1, 1 + items.length);
    items.forEach((item, k) => {
      const row = data[k] ?? [];
      expect(row[0]).toBe(k + 1);
      expect(row[3]).toBe(item.internal_reference);
      expect(row[10]).toBe(item.declared_cents / 100);
      expect(row[11]).toBe("SEK");
      expect(row[12]).toBe(Number(item.conversion_rate));
      expect(row[13]).toBe((item.eur_cents ?? 0) / 100);
      expect(row[14]).toBe(item.staff_person ?? undefined);
    });
    const total = rows.at(-1) ?? [];
    expect(total[1]).toBe("Total");
    expect(total[13]).toBe(sumCents(items.map((i) => i.eur_cents ?? 0)) / 100);
    expect(await h.auditCount()).toBe(before + 1);
  });

  test("the lead's CSV shows staff costs as one total, without names or salaries", async ({
    h,
  }) => {
    const se = await partnerId(h, "Region Stockholm");
    const res = await exportAs(h, h.f.users.lead_coordinator.id, {
      partnerId: se,
      period: "2",
      format: "csv",
    });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString("utf8");
    const items = await itemsOf(h, se, 2);
    const staff = items.filter((i) => i.category === "staff");
    for (const s of staff) expect(text).not.toContain(s.staff_person ?? "?");
    const [header, ...rows] = readCsvStrict(bytes, { bom: true });
    expect(header).toEqual(FORM);
    expect(rows).toHaveLength(items.length - staff.length + 1);
    expect(rows[0]?.[1]).toBe("Staff costs");
    expect(rows[0]?.[13]).toBe((sumCents(staff.map((s) => s.eur_cents ?? 0)) / 100).toFixed(2));
    const others = items.filter((i) => i.category !== "staff");
    others.forEach((item, k) => {
      expect(rows[k + 1]?.[3]).toBe(item.internal_reference);
      expect(rows[k + 1]?.[13]).toBe(((item.eur_cents ?? 0) / 100).toFixed(2));
    });
  });

  test("neutralises formulas and estimates a draft's euro amounts", async ({ h }) => {
    const fi = await partnerId(h, "Uusimaa");
    const first = (await itemsOf(h, fi, 3)).find((i) => i.category !== "staff");
    await h.db
      .updateTable("expenditure_items")
      .set({ description: '=HYPERLINK("http://example.test","x")' })
      .where("id", "=", first?.id ?? "")
      .execute();
    const res = await exportAs(h, h.f.users.observer.id, {
      partnerId: fi,
      period: "3",
      format: "csv",
    });
    const [, ...rows] = readCsvStrict(Buffer.from(await res.arrayBuffer()), { bom: true });
    expect(rows.some((r) => r[7] === `'=HYPERLINK("http://example.test","x")`)).toBe(true);
    // A draft in euros: the estimate is the declared amount itself.
    const items = await itemsOf(h, fi, 3);
    const travel = items.find((i) => i.category === "travel");
    const row = rows.find((r) => r[3] === travel?.internal_reference);
    expect(row?.[13]).toBe(((travel?.declared_cents ?? 0) / 100).toFixed(2));
  });

  test("refuses other partners' people, bad queries and partners of other projects", async ({
    h,
  }) => {
    const se = await partnerId(h, "Region Stockholm");
    const viewer = h.f.users.partner_viewer.id;
    expect((await exportAs(h, viewer, { partnerId: se, period: "1", format: "csv" })).status).toBe(
      403,
    );
    const bad = await exportAs(h, h.f.users.lead_coordinator.id, {
      partnerId: se,
      period: "x",
      format: "pdf",
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { fieldErrors: Record<string, string[]> } };
    expect(Object.keys(body.error.fieldErrors).sort()).toEqual(["format", "periodNumber"]);
    const late = await exportAs(h, h.f.users.lead_coordinator.id, {
      partnerId: se,
      period: "9",
      format: "csv",
    });
    expect(late.status).toBe(400);
    const stranger = await exportAs(h, h.f.users.lead_coordinator.id, {
      partnerId: "00000000-0000-4000-8000-000000000000",
      period: "1",
      format: "csv",
    });
    expect(stranger.status).toBe(404);
  });

  test("a returned report's items are estimated at this month's rate, as on its pages", async ({
    h,
  }) => {
    const se = await partnerId(h, "Region Stockholm");
    // Returned by the lead: its items keep their old conversion until the next submission.
    await h.db
      .updateTable("financial_reports")
      .set({ status: "returned", return_comment: "Add the missing invoice" })
      .where("partner_id", "=", se)
      .where("period_number", "=", 1)
      .execute();
    const month = `${new Date().toISOString().slice(0, 7)}-01`;
    await h.db
      .insertInto("exchange_rates")
      .values({ project_id: h.f.projectA.id, currency: "SEK", month, rate: "20" })
      .onConflict((oc) =>
        oc.columns(["project_id", "currency", "month"]).doUpdateSet({ rate: "20" }),
      )
      .execute();
    const items = await itemsOf(h, se, 1);
    const sek = items.find((i) => i.currency === "SEK" && i.eur_cents !== null);
    expect(sek).toBeDefined();
    const res = await exportAs(h, h.f.users.partner_editor.id, {
      partnerId: se,
      period: "1",
      format: "xlsx",
    });
    const rows = await sheetRows(res);
    const row = rows[1 + items.indexOf(sek as (typeof items)[number])];
    expect(Number(row?.[12])).toBe(20);
    expect(row?.[13]).toBe(toEuroCents(sek?.declared_cents ?? 0, "20") / 100);
    expect(row?.[13]).not.toBe((sek?.eur_cents ?? 0) / 100);
  });
});
