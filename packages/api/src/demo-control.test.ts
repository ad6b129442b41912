import { describe, expect } from "vitest";
import { seedDemoControl } from "./demo-control";
// The demo partnership on purpose: its controls are made on top of the demo's reports.
import { demoTest as test } from "./testing/fixture";

describe("the demo's first-level control", () => {
  test("period 1 certified for three partners (a deduction, a parked item), claimed in period 2; Stockholm's period 2 in control", async ({
    h,
    lead,
  }) => {
    const projectId = h.f.projectA.id;
    expect(await seedDemoControl(h.deps, projectId)).toBe(3);
    const { reports } = await lead.control.list({ projectId });
    const states = reports
      .filter((r) => r.control)
      .map((r) => `${r.partnerShortName} P${r.periodNumber} ${r.control?.status}`)
      .sort();
    expect(states).toEqual([
      "Lombardia P1 finished",
      "Pomorskie P1 finished",
      "Region Stockholm P1 finished",
      "Region Stockholm P2 in_control",
    ]);
    const certificates = await h.db
      .selectFrom("control_certificates")
      .select(["declared_cents", "deducted_cents", "parked_cents", "certified_cents", "partner_id"])
      .execute();
    expect(certificates).toHaveLength(3);
    const stockholm = certificates.find((c) => c.partner_id === h.f.partnersA.se);
    expect(stockholm?.deducted_cents).toBeGreaterThan(0);
    expect(stockholm?.parked_cents).toBeGreaterThan(0);
    for (const c of certificates)
      expect(c.certified_cents + c.deducted_cents + c.parked_cents).toBe(c.declared_cents);
    const claim = await lead.periodReports.certificates({ projectId, periodNumber: 2 });
    expect(JSON.stringify(claim)).toContain("Region Stockholm");
  });
});
