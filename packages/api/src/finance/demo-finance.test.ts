import { type DbHandle, demoFinance, seedDemoPartnership } from "@consortia/db";
import { createTestDb } from "@consortia/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetLines, completePlan, financeOptions, versionInForce } from "./budget-read";
import { demoMoney } from "./demo-money";
import { reportAmounts, totalOf } from "./report-amounts";
import { buildModel } from "./report-model";
import { sumCents, toEuroCents } from "./rules";

let h: DbHandle;
let projectId: string;
let partners: { id: string; short_name: string; country: string }[];
beforeAll(async () => {
  h = await createTestDb();
  projectId = (await seedDemoPartnership(h.db, "hash", demoMoney)).projectId ?? "";
  partners = await h.db
    .selectFrom("partners")
    .select(["id", "short_name", "country"])
    .where("project_id", "=", projectId)
    .execute();
});
afterAll(async () => h.close());

const idOf = (short: string) => partners.find((p) => p.short_name === short)?.id ?? "";

async function plan() {
  const options = await financeOptions(h.db, projectId);
  const version = await versionInForce(h.db, projectId, "2026-12-01");
  expect(version).toMatchObject({ number: 1, status: "approved" });
  return { options, lines: completePlan(options, await budgetLines(h.db, version?.id ?? "")) };
}

/** Each partner's reported total: its submitted reports, per the shared rule. */
async function reported(): Promise<Map<string, number>> {
  const options = await financeOptions(h.db, projectId);
  const items = await h.db
    .selectFrom("expenditure_items as i")
    .innerJoin("financial_reports as r", "r.id", "i.report_id")
    .select(["i.partner_id", "i.report_id", "i.category", "i.eur_cents"])
    .where("i.project_id", "=", projectId)
    .where("r.status", "=", "submitted")
    .execute();
  const out = new Map<string, number>();
  for (const reportId of new Set(items.map((i) => i.report_id))) {
    const mine = items.filter((i) => i.report_id === reportId);
    const cats = reportAmounts(
      options.categories,
      mine.map((i) => ({ category: i.category, eurCents: i.eur_cents ?? Number.NaN })),
    );
    const p = mine[0]?.partner_id ?? "";
    out.set(p, (out.get(p) ?? 0) + totalOf(cats, options.inUse));
  }
  return out;
}

describe("demo partnership finance", () => {
  it("has an approved budget of about EUR 2.2 million for every partner, flat rates computed", async () => {
    const { options, lines } = await plan();
    expect(options.categories.find((c) => c.category === "office_admin")).toMatchObject({
      flatRatePercent: "15",
      flatRateBase: "staff",
    });
    const total = sumCents(lines.map((l) => l.amountCents));
    expect(total).toBeGreaterThan(2_150_000_00);
    expect(total).toBeLessThan(2_250_000_00);
    for (const p of partners) {
      const mine = lines.filter((l) => l.partnerId === p.id);
      expect(new Set(mine.map((l) => l.periodNumber)).size, p.short_name).toBe(8);
    }
    const finance = await h.db
      .selectFrom("partner_finance")
      .select(["partner_id", "currency", "agreement_signed_on", "lump_sum_cents"])
      .where("project_id", "=", projectId)
      .execute();
    expect(finance).toHaveLength(partners.length);
    const euroArea = ["IT", "NL", "ES", "FR", "FI", "IE", "DE"];
    for (const f of finance) {
      const country = partners.find((p) => p.id === f.partner_id)?.country ?? "";
      const expected = euroArea.includes(country)
        ? "EUR"
        : { DK: "DKK", SE: "SEK", PL: "PLN" }[country];
      expect(f.currency).toBe(expected);
      expect(f.agreement_signed_on).not.toBeNull();
    }
    expect(finance.filter((f) => f.lump_sum_cents > 0)).toHaveLength(1);
  });

  it("converts every submitted item at its report's monthly rate, per the rounding rule", async () => {
    const rows = await h.db
      .selectFrom("expenditure_items as i")
      .innerJoin("financial_reports as r", "r.id", "i.report_id")
      .leftJoin("exchange_rates as x", (j) =>
        j
          .onRef("x.project_id", "=", "i.project_id")
          .onRef("x.currency", "=", "i.currency")
          .onRef("x.month", "=", "r.rate_month"),
      )
      .select(["i.currency", "i.declared_cents", "i.eur_cents", "i.conversion_rate", "x.rate"])
      .select("r.status")
      .where("i.project_id", "=", projectId)
      .execute();
    expect(new Set(rows.map((r) => r.currency))).toEqual(new Set(["EUR", "DKK", "SEK", "PLN"]));
    for (const r of rows) {
      if (r.status !== "submitted") {
        expect(r.eur_cents).toBeNull();
        continue;
      }
      const rate = r.currency === "EUR" ? "1" : (r.rate ?? "missing");
      expect(Number(r.conversion_rate)).toBe(Number(rate));
      expect(r.eur_cents).toBe(toEuroCents(r.declared_cents, rate));
    }
  });

  it("keeps a snapshot of every submitted report that matches its items", async () => {
    const reports = await h.db
      .selectFrom("financial_reports as r")
      .innerJoin("financial_report_versions as v", "v.report_id", "r.id")
      .select(["r.id", "r.partner_id", "r.period_number", "v.submitted_at", "v.content"])
      .where("r.project_id", "=", projectId)
      .execute();
    expect(reports.length).toBe(partners.length * 2 + partners.length - 3);
    for (const r of reports) {
      const expected = await buildModel(
        h.db,
        projectId,
        r.partner_id,
        r.period_number,
        new Date(r.submitted_at),
      );
      expect(r.content).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(expected.report.status).toBe("submitted");
      expect(expected.estimated).toBe(false);
      expect(expected.eligibleCents).toBe(
        sumCents([...expected.categories.map((c) => c.amountCents), expected.lumpSumCents]),
      );
    }
  });

  it("shows Pomorskie red (below 50 % of its plan to date) and the others on track", async () => {
    const { lines } = await plan();
    const done = await reported();
    const toDate = (id: string) =>
      sumCents(
        lines.filter((l) => l.partnerId === id && l.periodNumber <= 3).map((l) => l.amountCents),
      );
    for (const p of partners) {
      const share = (done.get(p.id) ?? 0) / toDate(p.id);
      if (p.short_name === "Pomorskie") expect(share).toBeLessThan(0.5);
      else expect(share, p.short_name).toBeGreaterThan(0.5);
    }
    const fullySubmitted = ["RegionH", "Region Stockholm", "Lombardia", "Limburg", "ACCIÓ", "AURA"];
    for (const short of fullySubmitted)
      expect((done.get(idOf(short)) ?? 0) / toDate(idOf(short)), short).toBeGreaterThan(0.75);
  });

  it("has KTH over its own budget, within the 20 % flexibility, and nobody else", async () => {
    const { lines } = await plan();
    const done = await reported();
    for (const p of partners) {
      const budget = sumCents(lines.filter((l) => l.partnerId === p.id).map((l) => l.amountCents));
      const spent = done.get(p.id) ?? 0;
      if (p.short_name === "KTH") {
        expect(spent).toBeGreaterThan(budget);
        expect(spent).toBeLessThanOrEqual(budget * 1.2);
      } else expect(spent, p.short_name).toBeLessThan(budget);
    }
  });

  it("leaves period 3 open for Uusimaa and EMRA (drafts) and Berlin (no report)", async () => {
    const p3 = await h.db
      .selectFrom("financial_reports")
      .select(["partner_id", "status"])
      .where("project_id", "=", projectId)
      .where("period_number", "=", 3)
      .execute();
    const status = (short: string) => p3.find((r) => r.partner_id === idOf(short))?.status;
    expect(status("Uusimaa")).toBe("draft");
    expect(status("EMRA")).toBe("draft");
    expect(status("Berlin")).toBeUndefined();
    expect(p3.filter((r) => r.status === "submitted")).toHaveLength(8);
    expect(Object.keys(demoFinance)).toHaveLength(partners.length);
  });
});
