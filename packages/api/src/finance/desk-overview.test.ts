import { describe, expect } from "vitest";
import type { ProjectCtx } from "../shared/service-context";
import { test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { StatementCounter } from "../testing/statement-counter";
import { financeLanding } from "./desk-landing";
import { moneyDeskOverview } from "./desk-overview";
import { moneySummary } from "./desk-summary";
import { approvedBudget, partnerFinance, report } from "./desk-test-data";

// The partnership's periods: P1 due 2025-09-14, P2 2026-03-14, P3 2026-09-14, P4 2027-03-14.
// On 2026-10-01 the reports of P1–P3 are due: the plan to date is three periods.
const now = new Date("2026-10-01T09:00:00Z");
const ALL = [1, 2, 3, 4, 5, 6, 7, 8];
let ctx: ProjectCtx;
let fr: string;

/**
 * Plans (office and administration 15 % of staff, the default):
 * - lead: staff 10,000 + travel 1,000 a period → 12,500.00 a period;
 * - se: staff 8,000 + external 2,000 → 11,200.00 a period;
 * - it: staff 4,000 → 4,600.00 a period;
 * - fr: staff 1,000 in period 1 only → 1,150.00 in total.
 */
test.beforeAll(async ({ h }) => {
  const { db } = h;
  const projectId = h.f.projectA.id;
  const { lead, se, it } = h.f.partnersA;
  fr = (await h.f.newPartner({ shortName: "Auvergne" })).id;
  await approvedBudget(db, projectId, [
    { partnerId: lead, category: "staff", cents: 10_000_00, periods: ALL },
    { partnerId: lead, category: "travel", cents: 1_000_00, periods: ALL },
    // A line typed for a flat-rate category is never counted: flat rates are computed.
    { partnerId: lead, category: "office_admin", cents: 99_999_00, periods: [1] },
    { partnerId: se, category: "staff", cents: 8_000_00, periods: ALL },
    { partnerId: se, category: "external", cents: 2_000_00, periods: ALL },
    { partnerId: it, category: "staff", cents: 4_000_00, periods: ALL },
    { partnerId: fr, category: "staff", cents: 1_000_00, periods: [1] },
  ]);
  await partnerFinance(db, projectId, lead, { signedOn: "2025-04-01", lumpSumCents: 5_000_00 });
  await partnerFinance(db, projectId, se, { signedOn: "2025-04-02" });
  await partnerFinance(db, projectId, it, { signedOn: null });
  const staff = (eurCents: number) => ({ category: "staff" as const, eurCents });
  const travel = { category: "travel" as const, eurCents: 1_000_00 };
  await report(db, projectId, lead, 1, "submitted", [staff(6_000_00), staff(4_000_00), travel]);
  await report(db, projectId, lead, 2, "submitted", [staff(10_000_00), travel]);
  // A Danish crown item counts at the euro amount fixed on submission, not as declared.
  await report(db, projectId, lead, 3, "submitted", [
    {
      category: "staff",
      eurCents: 10_000_00,
      currency: "DKK",
      declaredCents: 74_593_00,
      rate: "7.4593",
    },
  ]);
  const external = (eurCents: number) => ({ category: "external" as const, eurCents });
  await report(db, projectId, se, 1, "submitted", [staff(8_000_00), external(2_000_00)]);
  await report(db, projectId, se, 2, "submitted", [staff(4_000_00), external(1_000_00)]);
  await report(db, projectId, it, 1, "submitted", [staff(2_000_00)]);
  // Drafts and returned reports are not reported spending.
  await report(db, projectId, it, 2, "returned", [staff(30_000_00)]);
  await report(db, projectId, it, 3, "draft", [staff(30_000_00)]);
  await report(db, projectId, fr, 1, "submitted", [staff(1_200_00)]);
  ctx = await h.projectCtxFor(h.f.users.lead_coordinator.id);
});

const partner = (o: Awaited<ReturnType<typeof moneyDeskOverview>>, id: string) => {
  const p = o.partners.find((x) => x.partnerId === id);
  if (!p) throw new Error(`no partner ${id}`);
  return p;
};

describe("moneyDesk.overview", () => {
  test("sums the plan in force and the submitted reports per partner and category", async ({
    f,
  }) => {
    const o = await moneyDeskOverview(ctx, {}, now);
    expect(o.periodNumber).toBe(3);
    expect(o.categories).toEqual(["staff", "office_admin", "travel", "external", "equipment"]);
    const lead = partner(o, f.partnersA.lead);
    expect(lead.period.byCategory.map((c) => [c.category, c.planCents, c.reportedCents])).toEqual([
      ["staff", 10_000_00, 10_000_00],
      ["office_admin", 1_500_00, 1_500_00],
      ["travel", 1_000_00, 0],
      ["external", 0, 0],
      ["equipment", 0, 0],
    ]);
    expect(lead.period).toMatchObject({
      planCents: 12_500_00,
      reportedCents: 11_500_00,
      percentOfPlan: 92,
    });
    expect(lead.cumulative).toMatchObject({ planCents: 37_500_00, reportedCents: 36_500_00 });
    expect(lead.budget.planCents).toBe(100_000_00);
    expect(lead.lumpSumCents).toBe(5_000_00);
    // Flat rates per report: se's period 2 is staff 4,000 + 600 + external 1,000.
    const se = partner(o, f.partnersA.se);
    expect(se.cumulative).toMatchObject({ planCents: 33_600_00, reportedCents: 16_800_00 });
    // The totals are the sums of the partners' figures.
    expect(o.totals.cumulative.planCents).toBe(
      o.partners.reduce((s, p) => s + p.cumulative.planCents, 0),
    );
    expect(o.totals.cumulative.reportedCents).toBe(36_500_00 + 16_800_00 + 2_300_00 + 1_380_00);
    expect(o.totals.period.byCategory[0]).toMatchObject({
      category: "staff",
      reportedCents: 10_000_00,
    });
  });

  test("gives a chosen period and its cumulative figures", async ({ f }) => {
    const o = await moneyDeskOverview(ctx, { periodNumber: 2 }, now);
    const se = partner(o, f.partnersA.se);
    expect(se.period).toMatchObject({
      planCents: 11_200_00,
      reportedCents: 5_600_00,
      percentOfPlan: 50,
    });
    expect(se.cumulative).toMatchObject({
      planCents: 22_400_00,
      reportedCents: 16_800_00,
      percentOfPlan: 75,
    });
    await expect(moneyDeskOverview(ctx, { periodNumber: 9 }, now)).rejects.toMatchObject({
      fieldErrors: { periodNumber: ["The project's reporting periods are 1 to 8"] },
    });
  });

  test("lights each partner against its plan to date, the thresholds included", async ({ f }) => {
    const o = await moneyDeskOverview(ctx, {}, now);
    const light = (id: string) => [partner(o, id).light, partner(o, id).toDate.percentOfPlan];
    expect(light(f.partnersA.lead)).toEqual(["green", 97.3]);
    expect(light(f.partnersA.se)).toEqual(["amber", 50]); // exactly 50 %: amber, not red
    expect(light(f.partnersA.it)).toEqual(["red", 16.7]);
    expect(light(fr)).toEqual(["green", 120]);
    expect(partner(o, f.partnersA.it).lightLabel).toBe("Red: far behind plan");
    // Before any report is due, nothing is lit.
    const early = await moneyDeskOverview(ctx, {}, new Date("2025-06-01T09:00:00Z"));
    expect(early.periodNumber).toBe(1);
    expect(early.partners.every((p) => p.light === "none")).toBe(true);
  });

  test("shows the flexibility rule: what each may still exceed, what the others compensate", async ({
    f,
  }) => {
    const o = await moneyDeskOverview(ctx, {}, now);
    expect(partner(o, fr).flexibility).toMatchObject({
      budgetCents: 1_150_00,
      reportedCents: 1_380_00,
      allowanceCents: 230_00,
      overCents: 230_00,
      mayStillExceedCents: 0,
      beyondFlexibility: false,
      othersMustCompensateCents: 230_00,
    });
    expect(partner(o, f.partnersA.se).flexibility).toMatchObject({
      allowanceCents: 17_920_00,
      mayStillExceedCents: 17_920_00,
      overCents: 0,
    });
    expect(o.partnership).toMatchObject({
      budgetCents: 100_000_00 + 89_600_00 + 36_800_00 + 1_150_00,
      overCents: 230_00,
      withinBudget: true,
    });
  });

  test("lists who has not submitted the period's report, with the days overdue", async ({ f }) => {
    // Auvergne's agreement is not recorded at all; Lombardia's is recorded as not signed.
    const o = await moneyDeskOverview(ctx, {}, now);
    expect(o.missing.map((m) => [m.shortName, m.status, m.due, m.daysOverdue])).toEqual([
      ["Auvergne", "none", "2026-09-14", 17],
      ["Lombardia", "draft", "2026-09-14", 17],
      ["Region Stockholm", "none", "2026-09-14", 17],
    ]);
    expect(o.missing.find((m) => m.partnerId === f.partnersA.it)?.agreementSigned).toBe(false);
    // In the partners' order: the lead partner, then the others by short name.
    expect(o.overdue.map((m) => [m.periodNumber, m.shortName])).toEqual([
      [2, "Auvergne"],
      [2, "Lombardia"],
      [3, "Auvergne"],
      [3, "Lombardia"],
      [3, "Region Stockholm"],
    ]);
    // A period not yet due: every report missing, none overdue.
    const next = await moneyDeskOverview(ctx, { periodNumber: 4 }, now);
    expect(next.missing.every((m) => m.daysOverdue === null)).toBe(true);
  });

  test("gives the lead's desk the money in short, and only the lead", async ({ h, f }) => {
    const money = await moneySummary(ctx, now);
    expect(money.behindPlan.map((p) => [p.shortName, p.light])).toEqual([
      ["Lombardia", "red"],
      ["Region Stockholm", "amber"],
    ]);
    expect(money.reportsMissing).toHaveLength(5);
    expect(money.agreementNotSigned.map((p) => p.partnerId).sort()).toEqual(
      [f.partnersA.it, fr].sort(),
    );
    const editor = await h.callerFor(f.users.partner_editor.id);
    await expect(editor.moneyDesk.summary({ projectId: f.projectA.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("moneyDesk.landing", () => {
  test("says what each may open, and shows a partner its own reports", async ({ h, f }) => {
    const mine = await financeLanding(await h.projectCtxFor(f.users.partner_editor.id), now);
    expect(mine.can).toEqual({
      desk: false,
      manageBudget: false,
      manageRates: false,
      enterExpenditure: true,
      checklists: false,
    });
    expect(mine.own?.agreementSignedOn).toBe("2025-04-02");
    expect(mine.own?.reports.map((r) => [r.periodNumber, r.status, r.daysOverdue])).toEqual([
      [1, "submitted", null],
      [2, "submitted", null],
      [3, "none", 17],
      [4, "none", null],
    ]);
    const observer = await financeLanding(await h.projectCtxFor(f.users.observer.id), now);
    expect(observer).toEqual({
      can: {
        desk: true,
        manageBudget: false,
        manageRates: false,
        enterExpenditure: false,
        checklists: false,
      },
      own: null,
    });
    expect((await financeLanding(ctx, now)).can).toMatchObject({ desk: true, checklists: true });
    const controller = await financeLanding(await h.projectCtxFor(f.users.controller.id), now);
    expect(controller.can.checklists).toBe(true);
  });
});

async function statements(h: Harness) {
  const counter = new StatementCounter();
  await moneyDeskOverview({ ...ctx, db: h.db.withPlugin(counter) }, {}, now);
  return counter.count;
}

test("sends as many statements for many items as for a few, and few", async ({ h, f }) => {
  const before = await statements(h);
  const staff = { category: "staff" as const, eurCents: 1_00 };
  await report(h.db, f.projectA.id, f.partnersA.se, 3, "submitted", Array(500).fill(staff));
  await report(h.db, f.projectA.id, f.partnersA.lead, 4, "draft", Array(500).fill(staff));
  const after = await statements(h);
  expect(after).toBe(before);
  expect(after).toBeLessThanOrEqual(8);
  const o = await moneyDeskOverview(ctx, {}, now);
  expect(partner(o, f.partnersA.se).period.reportedCents).toBe(500_00 + 75_00);
});
