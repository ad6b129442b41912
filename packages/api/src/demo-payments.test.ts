import { describe, expect } from "vitest";
import { DEMO_BUDGET_CHANGE, seedDemoBudgetChange } from "./demo-budget-change";
import { seedDemoControl } from "./demo-control";
import { DEMO_CLAIM, seedDemoPayments } from "./demo-payments";
// The demo partnership on purpose: its claim and budget change are made on top of its control.
import { demoTest as test } from "./testing/fixture";

describe("the demo's claim, payment and budget change", () => {
  test("period 2 claimed and paid, passed on to all but Lombardia, who waits", async ({
    h,
    lead,
  }) => {
    const projectId = h.f.projectA.id;
    await seedDemoControl(h.deps, projectId);
    expect(await seedDemoPayments(h.deps, projectId)).toEqual(["Pomorskie", "Region Stockholm"]);

    const report = await lead.periodReports.get({ projectId, periodNumber: 2 });
    expect(report.meta.status).toBe("submitted");
    const overview = await lead.payments.overview({ projectId });
    const claim = overview.claims.find((c) => c.periodNumber === 2);
    expect(claim?.certificates).toBe(3);
    expect(claim?.dueCents).toBeGreaterThan(0);
    expect(claim?.awaitedCents).toBe(0);
    expect(overview.payments).toHaveLength(1);
    expect(overview.payments[0]).toMatchObject({
      receivedOn: DEMO_CLAIM.receivedOn,
      amountCents: claim?.dueCents,
    });
    const byName = new Map(overview.partners.map((p) => [p.shortName, p]));
    for (const name of ["Pomorskie", "Region Stockholm"])
      expect(byName.get(name)).toMatchObject({ owedCents: 0, waitingTooLong: false });
    const lombardia = byName.get("Lombardia");
    expect(lombardia?.owedCents).toBeGreaterThan(0);
    expect(lombardia?.waitingSince).toBe(DEMO_CLAIM.receivedOn);
    expect(lombardia?.waitingTooLong).toBe(true);
    // What the three partners were claimed is what the programme paid.
    const claimed = overview.partners.reduce((sum, p) => sum + p.claimedCents, 0);
    expect(claimed).toBe(claim?.dueCents);
  });

  test("one approved budget change, within the flexibility, in force from September 2026", async ({
    h,
    lead,
  }) => {
    const projectId = h.f.projectA.id;
    const before = await lead.budget.get({ projectId });
    const change = await seedDemoBudgetChange(h.deps, projectId);
    expect(change.number).toBe(2);
    const after = await lead.budget.get({ projectId });
    expect(after.versions.map((v) => [v.number, v.status, v.inForceFrom])).toEqual([
      [2, "approved", DEMO_BUDGET_CHANGE.inForceFrom],
      [1, "approved", null],
    ]);
    expect(after.totals.project).toBe(before.totals.project);
    expect(after.totals.byPartner).toEqual(before.totals.byPartner);
    const pomorskie = (await lead.budget.partners({ projectId })).partners.find(
      (p) => p.shortName === DEMO_BUDGET_CHANGE.partner,
    )?.partnerId;
    const cell = (b: typeof before, category: string) =>
      b.totals.byPartnerCategory[`${pomorskie}|${category}`] ?? 0;
    expect(cell(after, "travel") - cell(before, "travel")).toBe(change.movedCents);
    expect(cell(before, "external") - cell(after, "external")).toBe(change.movedCents);
    const { versions, majorChanges } = await lead.budget.versions({ projectId });
    expect(majorChanges).toBe(0);
    expect(versions.map((v) => v.totalCents)).toEqual([
      after.totals.project,
      before.totals.project,
    ]);
    expect(versions[0]?.note).toBe(DEMO_BUDGET_CHANGE.note);
  });
});
