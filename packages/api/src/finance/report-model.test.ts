import fc from "fast-check";
import { describe, expect } from "vitest";
import { it, test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { addRate, approveBudget, draftReport, type TestItem } from "./report-fixtures";
import { buildModel, reportModel } from "./report-model";
import { submitReport } from "./report-workflow";
import { percentOf, sumCents, toEuroCents } from "./rules";

const DEC = new Date("2026-12-10T09:00:00Z");
const DKK = "7.459300";

test.beforeAll(async ({ h }) => {
  await addRate(h.db, h.f.projectA.id, "DKK", "2026-12-01", DKK);
});

const REAL = ["staff", "travel", "external", "equipment"] as const;
const itemArb: fc.Arbitrary<TestItem> = fc.record({
  category: fc.constantFrom(...REAL),
  declaredCents: fc.integer({ min: 1, max: 50_000_000 }),
  currency: fc.constantFrom("EUR", "DKK"),
});
const itemsArb = fc.array(itemArb, { minLength: 1, maxLength: 12 });
const PROPERTY_RUNS = 12;

const eur = (i: TestItem) =>
  i.currency === "DKK" ? toEuroCents(i.declaredCents, DKK) : i.declaredCents;

async function freshReport(h: Harness, items: readonly TestItem[], periodNumber = 2) {
  const projectId = h.f.projectA.id;
  const partnerId = (await h.f.newPartner()).id;
  const reportId = await draftReport(h.db, projectId, partnerId, periodNumber, items);
  return { projectId, partnerId, reportId };
}

describe("the financial overview", () => {
  it("always equals the sum of the report's items, flat rates computed on them", async ({ h }) => {
    await fc.assert(
      fc.asyncProperty(itemsArb, async (items) => {
        const { projectId, partnerId } = await freshReport(h, items);
        const m = await buildModel(h.db, projectId, partnerId, 2, DEC);
        const sumOf = (c: string) => sumCents(items.filter((i) => i.category === c).map(eur));
        for (const c of REAL) {
          expect(m.overview.rows.find((r) => r.category === c)?.currentCents).toBe(sumOf(c));
        }
        const office = m.overview.rows.find((r) => r.category === "office_admin");
        expect(office?.currentCents).toBe(percentOf(sumOf("staff"), "15"));
        expect(m.overview.total.currentCents).toBe(
          sumCents(m.overview.rows.map((r) => r.currentCents)),
        );
        expect(m.eligibleCents).toBe(m.overview.total.currentCents);
        expect(m.funding.fundCents + m.funding.contributionCents).toBe(m.eligibleCents);
        expect(m.estimated).toBe(items.some((i) => i.currency === "DKK"));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it("compares with the budget in force and the submitted reports of earlier periods", async ({
    h,
  }) => {
    const projectId = h.f.projectA.id;
    const partnerId = (await h.f.newPartner()).id;
    await approveBudget(h.db, projectId, [
      { partnerId, category: "staff", periodNumber: 1, amountCents: 1_000_000 },
      { partnerId, category: "staff", periodNumber: 2, amountCents: 1_000_000 },
      { partnerId, category: "travel", periodNumber: 2, amountCents: 200_000 },
    ]);
    await draftReport(h.db, projectId, partnerId, 1, [
      { category: "staff", declaredCents: 400_000 },
    ]);
    const lead = await h.projectCtxFor(h.f.users.lead_coordinator.id);
    const before = await buildModel(h.db, projectId, partnerId, 2, DEC);
    expect(before.overview.rows.find((r) => r.category === "staff")?.previousCents).toBe(0);
    await submitReport(lead, { partnerId, periodNumber: 1, version: 1 }, DEC);
    await draftReport(h.db, projectId, partnerId, 2, [
      { category: "staff", declaredCents: 100_000 },
      { category: "travel", declaredCents: 50_000 },
    ]);
    const m = await buildModel(h.db, projectId, partnerId, 2, DEC);
    const row = (c: string) => m.overview.rows.find((r) => r.category === c);
    expect(row("staff")).toMatchObject({
      budgetCents: 2_000_000,
      previousCents: 400_000,
      currentCents: 100_000,
      totalCents: 500_000,
      percentOfBudget: 25,
      remainingCents: 1_500_000,
    });
    // Office and administration: 15 % of the staff budget per period, and of each report.
    expect(row("office_admin")).toMatchObject({
      budgetCents: 300_000,
      previousCents: 60_000,
      currentCents: 15_000,
    });
    expect(row("travel")).toMatchObject({ budgetCents: 200_000, currentCents: 50_000 });
  });
});

describe("amounts before submission", () => {
  it("are estimates at this month's rate; a currency without a rate counts 0 and is named", async ({
    h,
  }) => {
    const { projectId, partnerId } = await freshReport(h, [
      { category: "travel", declaredCents: 74_593, currency: "DKK" },
      { category: "travel", declaredCents: 99_999, currency: "SEK" },
      { category: "equipment", declaredCents: 12_345 },
    ]);
    const m = await buildModel(h.db, projectId, partnerId, 2, DEC);
    expect(m.items?.map((i) => [i.eurCents, i.estimate])).toEqual([
      [10_000, true],
      [null, true],
      [12_345, false],
    ]);
    expect(m.missingRates).toEqual(["SEK"]);
    expect(m.eligibleCents).toBe(22_345);
    // In January no DKK rate is known yet: the same item has no estimate.
    const jan = await buildModel(h.db, projectId, partnerId, 2, new Date("2027-01-05T08:00:00Z"));
    expect(jan.missingRates).toEqual(["DKK", "SEK"]);
  });
});

describe("the snapshot of a submission", () => {
  it("never changes when the items are edited afterwards", async ({ h }) => {
    const lead = await h.projectCtxFor(h.f.users.lead_coordinator.id);
    const edit = fc.record({
      declaredCents: fc.integer({ min: 1, max: 90_000_000 }),
      category: fc.constantFrom(...REAL),
      drop: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(itemsArb, edit, async (items, change) => {
        const { partnerId, reportId } = await freshReport(h, items, 3);
        await submitReport(lead, { partnerId, periodNumber: 3, version: 1 }, DEC);
        const read = () =>
          h.db
            .selectFrom("financial_report_versions")
            .select("content")
            .where("report_id", "=", reportId)
            .executeTakeFirstOrThrow();
        const kept = await read();
        await h.db
          .updateTable("expenditure_items")
          .set({
            declared_cents: change.declaredCents,
            eur_cents: change.declaredCents,
            category: change.category,
            staff_person: null,
            staff_salary_cents: null,
            description: "Edited after submission",
          })
          .where("report_id", "=", reportId)
          .execute();
        if (change.drop)
          await h.db.deleteFrom("expenditure_items").where("report_id", "=", reportId).execute();
        expect(await read()).toEqual(kept);
        await expect(
          h.db
            .updateTable("financial_report_versions")
            .set({ number: 9 })
            .where("report_id", "=", reportId)
            .execute(),
        ).rejects.toThrow(/cannot be changed/);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe("who sees what of a report", () => {
  it("gives the partner every item, the lead no staff lines, other partners totals only", async ({
    h,
    editor,
    editorIt,
    viewer,
    lead,
    observer,
  }) => {
    const projectId = h.f.projectA.id;
    const partnerId = h.f.partnersA.se;
    const reportId = await draftReport(h.db, projectId, partnerId, 4, [
      { category: "staff", declaredCents: 500_000, staffPerson: "Erik Sand" },
      { category: "travel", declaredCents: 30_000 },
    ]);
    const ctx = await h.projectCtxFor(h.f.users.partner_editor.id);
    const sub = await submitReport(ctx, { partnerId, periodNumber: 4, version: 1 }, DEC);
    expect(sub.number).toBe(1);
    const ref = { projectId, partnerId, periodNumber: 4 };
    const own = await editor.financialReports.get(ref);
    expect(own.view).toBe("full");
    expect(own.items?.map((i) => i.staffPerson)).toEqual(["Erik Sand", null]);
    for (const who of [lead, observer]) {
      const r = await who.financialReports.get(ref);
      expect(r.view).toBe("items");
      expect(r.items?.map((i) => i.category)).toEqual(["travel"]);
      expect(r.overview.total.currentCents).toBe(500_000 + 75_000 + 30_000);
      const v = await who.financialReports.version({ projectId, reportId, number: 1 });
      expect(JSON.stringify(v.content)).not.toContain("Erik Sand");
      expect(v.content.items?.map((i) => i.category)).toEqual(["travel"]);
    }
    for (const who of [editorIt, viewer]) {
      const r = await who.financialReports.get(ref);
      expect(r.items).toBeNull();
      expect(r.eligibleCents).toBe(605_000);
      const v = await who.financialReports.version({ projectId, reportId, number: 1 });
      expect(v.content.items).toBeNull();
      expect(JSON.stringify(v.content)).not.toContain("Erik Sand");
    }
    const own1 = await editor.financialReports.version({ projectId, reportId, number: 1 });
    expect(JSON.stringify(own1.content)).toContain("Erik Sand");
    const list = await viewer.financialReports.list({ projectId, periodNumber: 4 });
    expect(list.reports.find((r) => r.partnerId === partnerId)).toMatchObject({
      status: "submitted",
      totalCents: 605_000,
    });
    expect(JSON.stringify(list)).not.toContain("Erik Sand");
    const versions = await viewer.financialReports.versions(ref);
    expect(versions.map((v) => v.number)).toEqual([1]);
  });

  it("counts the preparation lump sum once, in the report of period 1", async ({ h }) => {
    const projectId = h.f.projectA.id;
    const partnerId = (await h.f.newPartner()).id;
    await draftReport(h.db, projectId, partnerId, 1, [{ category: "equipment", declaredCents: 1 }]);
    await h.db
      .updateTable("partner_finance")
      .set({ lump_sum_cents: 1_500_000 })
      .where("partner_id", "=", partnerId)
      .execute();
    const lead = await h.projectCtxFor(h.f.users.lead_coordinator.id);
    const first = await reportModel(lead, partnerId, 1, DEC);
    expect(first.lumpSumCents).toBe(1_500_000);
    expect(first.eligibleCents).toBe(1_500_001);
    expect((await reportModel(lead, partnerId, 2, DEC)).lumpSumCents).toBe(0);
  });
});
