import { demoFinance } from "@consortia/db";
import { describe, expect } from "vitest";
import { budgetLines, completePlan, financeOptions, versionInForce } from "../finance/budget-read";
import { sumCents } from "../finance/rules";
// The demo partnership on purpose: it is the one with budgets and submitted financial reports.
import { type Harness, demoTest as test } from "../testing/fixture";
import { handlePeriodReportExport } from "./http";
import { periodReportJsonSchema, periodReportSchema } from "./json-schema";

async function exportJson(h: Harness, userId: string, period: number) {
  const ctx = await h.contextFor(await h.sessionFor(userId));
  const req = new Request(
    `http://x/api/projects/${h.f.projectA.id}/reports/${period}/export?format=json`,
  );
  const res = await handlePeriodReportExport(ctx, h.f.projectA.id, String(period), req);
  expect(res.status).toBe(200);
  return periodReportSchema.parse(
    JSON.parse(Buffer.from(await res.arrayBuffer()).toString("utf8")),
  );
}

describe("the period report's finance section", () => {
  test("holds the budget in force, the period's submitted reports, flat rates and contributions", async ({
    h,
  }) => {
    const report = await exportJson(h, h.f.users.lead_coordinator.id, 3);
    const finance = report.finance;
    if (!finance) throw new Error("no finance section");
    expect(finance.budgetVersion).toBe(1);
    expect(finance.flatRates).toEqual([{ category: "office_admin", percent: 15, base: "staff" }]);
    expect(finance.partners).toHaveLength(Object.keys(demoFinance).length);

    const projectId = h.f.projectA.id;
    const options = await financeOptions(h.db, projectId);
    const version = await versionInForce(h.db, projectId, "2026-08-31");
    const plan = completePlan(options, await budgetLines(h.db, version?.id ?? ""));
    for (const p of finance.partners) {
      const budget = sumCents(
        plan.filter((l) => l.partnerId === p.partnerId).map((l) => l.amountCents),
      );
      expect(Math.round(sumCents(p.categories.map((c) => Math.round(c.budgetEur * 100))))).toBe(
        budget,
      );
      expect(p.categories.map((c) => c.category)).toEqual(options.inUse);
    }
    const byName = (short: string) => finance.partners.find((p) => p.partner === short);
    // Berlin has not started period 3, Uusimaa is drafting: nothing reported for either.
    expect(byName("Berlin")?.reportStatus).toBe("not_started");
    expect(byName("Uusimaa")?.reportStatus).toBe("draft");
    expect(byName("Uusimaa")?.categories.every((c) => c.reportedEur === 0)).toBe(true);
    const aura = byName("AURA");
    expect(aura?.reportStatus).toBe("submitted");
    const snapshot = await h.db
      .selectFrom("financial_report_versions as v")
      .innerJoin("financial_reports as r", "r.id", "v.report_id")
      .select("v.content")
      .where("r.partner_id", "=", aura?.partnerId ?? "")
      .where("r.period_number", "=", 3)
      .executeTakeFirstOrThrow();
    const frozen = snapshot.content as { categories: { category: string; amountCents: number }[] };
    for (const c of aura?.categories ?? [])
      expect(Math.round(c.reportedEur * 100)).toBe(
        frozen.categories.find((f) => f.category === c.category)?.amountCents,
      );
    expect(byName("Lombardia")?.contributions).toEqual([
      expect.objectContaining({ kind: "automatic_public" }),
    ]);
    expect(byName("RegionH")?.lumpSumEur).toBe(20_000);
  });

  test("is the same for every reader and carries no staff-cost details", async ({ h }) => {
    const lead = await exportJson(h, h.f.users.lead_coordinator.id, 2);
    const viewer = await exportJson(h, h.f.users.partner_viewer.id, 2);
    expect(viewer.finance).toEqual(lead.finance);
    const text = JSON.stringify(lead.finance);
    for (const f of Object.values(demoFinance))
      for (const s of f.staff) expect(text).not.toContain(s.person);
  });

  test("is described in the JSON Schema", () => {
    const schema = periodReportJsonSchema() as {
      properties: Record<string, { description?: string }>;
    };
    expect(schema.properties.finance?.description).toMatch(/money of the period/);
  });
});
