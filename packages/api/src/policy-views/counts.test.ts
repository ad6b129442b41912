import { describe, expect } from "vitest";
import { sumEuros, twoDecimals } from "../shared/money";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";

const softDelete = (h: Harness, table: "policy_instruments" | "action_plans", id: string) =>
  h.db.updateTable(table).set({ deleted_at: new Date() }).where("id", "=", id).execute();

describe("policy indicator counts", () => {
  it("sums euros exactly, in cents", () => {
    expect(sumEuros(["0.10", "0.20"])).toBe("0.30");
    expect(sumEuros(["999999999999.99", "0.01", null])).toBe("1000000000000.00");
    expect(sumEuros([])).toBe("0.00");
    expect(twoDecimals("12.5")).toBe("12.50");
    expect(twoDecimals(null)).toBeNull();
  });

  it("counts instruments, final plans, improved instruments and funds for every member alike", async ({
    editor: anna,
    improvements: fx,
    h,
    lead,
    observer,
    projectId,
  }) => {
    const empty = await lead.policyViews.counts({ projectId });
    expect(empty).toEqual({
      policyInstrumentsAddressed: 0,
      actionPlansDeveloped: 0,
      policyInstrumentsImproved: 0,
      instrumentsImprovedPending: 0,
      validatedImprovements: 0,
      achievedImprovements: 0,
      fundsMobilisedEur: "0.00",
      fundsAchievedEur: "0.00",
    });

    // Three live instruments (one of Lombardy) and a deleted one.
    const a = await fx.newInstrument();
    const b = await fx.newInstrument();
    const c = await fx.newInstrument({ partnerId: h.f.partnersA.it });
    await softDelete(h, "policy_instruments", (await fx.newInstrument()).id);
    // Plans: a final, b in review, c a draft; a deleted final plan on c does not count.
    await fx.newPlan({ instrumentId: a.id, status: "final" });
    await fx.newPlan({ instrumentId: b.id, status: "in_review" });
    const deletedPlan = await fx.newPlan({ partnerId: h.f.partnersA.it, instrumentId: c.id });
    await softDelete(h, "action_plans", deletedPlan.id);
    await fx.newPlan({ partnerId: h.f.partnersA.it, instrumentId: c.id, status: "draft" });
    // Improvements: a has two validated; b one achieved and one expected; c one achieved and
    // one validated with no funds stated; a deleted achieved one counts for nothing.
    await fx.newImprovement({ instrument: a, status: "validated", fundsMobilisedEur: "0.10" });
    await fx.newImprovement({ instrument: a, status: "validated", fundsMobilisedEur: "0.20" });
    await fx.newImprovement({ instrument: b, status: "achieved", fundsMobilisedEur: "1250000.55" });
    await fx.newImprovement({ instrument: b, fundsMobilisedEur: "999.99" });
    await fx.newImprovement({ instrument: c, status: "achieved", fundsMobilisedEur: "0.05" });
    await fx.newImprovement({ instrument: c, status: "validated", fundsMobilisedEur: null });
    const gone = await fx.newImprovement({ instrument: b, status: "achieved" });
    await lead.improvements.delete({ projectId, improvementId: gone.id, version: gone.version });

    const want = {
      policyInstrumentsAddressed: 3,
      actionPlansDeveloped: 1,
      policyInstrumentsImproved: 2,
      instrumentsImprovedPending: 1,
      validatedImprovements: 3,
      achievedImprovements: 2,
      fundsMobilisedEur: "0.30",
      fundsAchievedEur: "1250000.60",
    };
    // Partnership-level totals: the same numbers whoever asks.
    for (const caller of [lead, anna, observer])
      expect(await caller.policyViews.counts({ projectId })).toEqual(want);
    // Another project's records never count here.
    const other = await h.callerFor(h.f.users.memberB.id);
    expect(await other.policyViews.counts({ projectId: h.f.projectB.id })).toEqual(empty);
  });
});
