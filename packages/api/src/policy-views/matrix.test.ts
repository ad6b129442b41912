import { describe, expect } from "vitest";
import { upsertProgress } from "../monitoring/monitoring";
import { it } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";
import type { ImprovementFixtures } from "../testing/improvement-fixtures";

type Progress = "not_started" | "on_track" | "delayed" | "completed";

/**
 * Region X: main instrument, final plan with five actions (one cancelled); in period 2 one
 * is completed, one on track, one delayed, one not reported. Improvements: one expected,
 * one achieved (200.20), two validated (300.30 and none stated).
 * Region Y: an instrument with a draft plan of two actions and one expected improvement.
 */
async function dataset(fx: ImprovementFixtures, h: Harness) {
  const x = await h.f.newPartner();
  const y = await h.f.newPartner();
  const xInstrument = await fx.newInstrument({ partnerId: x.id, isMain: true, name: "X S3" });
  const plan = await fx.newPlan({ partnerId: x.id, instrumentId: xInstrument.id });
  const [done, onTrack, late, silent] = await Promise.all(
    ["Done", "On track", "Late", "Silent"].map((title) => fx.newAction(plan.id, { title })),
  );
  await fx.newAction(plan.id, { title: "Dropped", status: "cancelled" });
  const ctx = await fx.asLead();
  const record = (actionId: string, periodNumber: number, progress: Progress, percent: number) =>
    upsertProgress(ctx, { actionId, periodNumber, progress, percent, comment: "" }, new Date());
  await record(done?.id ?? "", 1, "on_track", 50);
  await record(done?.id ?? "", 2, "completed", 100);
  await record(onTrack?.id ?? "", 2, "on_track", 60);
  await record(late?.id ?? "", 2, "delayed", 20);
  await record(silent?.id ?? "", 1, "not_started", 0);
  const instrument = xInstrument;
  await fx.newImprovement({ instrument, fundsMobilisedEur: "100.10" });
  await fx.newImprovement({ instrument, status: "achieved", fundsMobilisedEur: "200.20" });
  await fx.newImprovement({ instrument, status: "validated", fundsMobilisedEur: "300.30" });
  await fx.newImprovement({ instrument, status: "validated", fundsMobilisedEur: null });
  const yPlan = await fx.newPlan({ partnerId: y.id, status: "draft" });
  await fx.newAction(yPlan.id);
  await fx.newAction(yPlan.id);
  await fx.newImprovement({ instrument: { id: yPlan.instrumentId, partnerId: y.id } });
  return { x, y, xInstrument, plan, done, silent, yPlan };
}

describe("the partnership matrix", () => {
  it("has a row per partner with plan, monitoring and improvements, as each caller may see them", async ({
    editor: anna,
    improvements: fx,
    h,
    lead,
    observer,
    projectId,
  }) => {
    const d = await dataset(fx, h);
    const advisory = await h.f.newPartner({ role: "advisory" });
    const forLead = await lead.policyViews.matrix({ projectId });
    expect(forLead.periodNumber).toBe(2);
    expect(forLead.rows.length).toBe(
      Number(
        (
          await h.db
            .selectFrom("partners")
            .select((eb) => eb.fn.countAll().as("n"))
            .where("project_id", "=", projectId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    );
    const row = (m: typeof forLead, id: string) => m.rows.find((r) => r.partnerId === id);
    expect(row(forLead, d.x.id)).toEqual({
      partnerId: d.x.id,
      partnerName: d.x.name.slice(-20),
      country: "FR",
      partnerRole: "partner",
      hasInstrument: true,
      instruments: [{ id: d.xInstrument.id, name: "X S3", isMain: true }],
      planStatus: "final",
      plans: [{ id: d.plan.id, status: "final", policyInstrumentId: d.xInstrument.id }],
      actionsCount: 5,
      monitoring: {
        monitoredActions: 4,
        onTrack: 1,
        completed: 1,
        delayed: 1,
        notStarted: 0,
        notReported: 1,
        onTrackOrCompletedPercent: 50,
      },
      improvements: { expected: 1, achieved: 1, validated: 2 },
      fundsValidatedEur: "300.30",
      fundsAchievedEur: "200.20",
    });
    expect(row(forLead, d.y.id)).toMatchObject({
      planStatus: "draft",
      actionsCount: 2,
      monitoring: { monitoredActions: 0, onTrackOrCompletedPercent: null },
      improvements: { expected: 1, achieved: 0, validated: 0 },
      fundsValidatedEur: "0.00",
    });
    // Period 1 on request: one on track, one not started, two not reported.
    const first = await lead.policyViews.matrix({ projectId, periodNumber: 1 });
    expect(row(first, d.x.id)?.monitoring).toEqual({
      monitoredActions: 4,
      onTrack: 1,
      completed: 0,
      delayed: 0,
      notStarted: 1,
      notReported: 2,
      onTrackOrCompletedPercent: 25,
    });
    const bad = await trpcError(lead.policyViews.matrix({ projectId, periodNumber: 9 }));
    expect(bad.code).toBe("BAD_REQUEST");

    // Another partner's draft plan does not leak; observers see no expected improvements.
    const forAnna = await anna.policyViews.matrix({ projectId });
    expect(row(forAnna, d.y.id)).toMatchObject({
      hasInstrument: true,
      planStatus: null,
      plans: [],
      actionsCount: 0,
      improvements: { expected: 1 },
    });
    const forObserver = await observer.policyViews.matrix({ projectId });
    expect(row(forObserver, d.y.id)).toMatchObject({
      planStatus: null,
      improvements: { expected: 0 },
    });
    expect(row(forObserver, d.x.id)).toMatchObject({
      planStatus: "final",
      improvements: { expected: 0, achieved: 1, validated: 2 },
      fundsValidatedEur: "300.30",
    });
    // Advisory partners address no instrument.
    expect(row(forLead, advisory.id)).toMatchObject({
      partnerRole: "advisory",
      hasInstrument: false,
      planStatus: null,
    });
  });

  it("gives a region's status page: instruments, plan, latest monitoring, improvements", async ({
    editor: anna,
    improvements: fx,
    h,
    observer,
    projectId,
  }) => {
    const d = await dataset(fx, h);
    const page = await anna.policyViews.instrumentStatus({ projectId, partnerId: d.x.id });
    expect(page.can.edit).toBe(false);
    const [main] = page.instruments;
    expect(main).toMatchObject({
      id: d.xInstrument.id,
      isMain: true,
      plan: {
        id: d.plan.id,
        status: "final",
        // Each action's status follows its monitoring: done, on track, late, not started.
        actionCounts: { planned: 1, in_progress: 2, completed: 1, cancelled: 1 },
      },
      funds: { validated: "300.30", achieved: "200.20" },
    });
    const done = main?.plan?.actions.find((a) => a.id === d.done?.id);
    expect(done?.latest).toMatchObject({ periodNumber: 2, progress: "completed", percent: 100 });
    const silent = main?.plan?.actions.find((a) => a.id === d.silent?.id);
    expect(silent?.latest).toMatchObject({ periodNumber: 1, progress: "not_started" });
    expect(main?.improvements.map((i) => i.status).sort()).toEqual([
      "achieved",
      "expected",
      "validated",
      "validated",
    ]);
    const y = await observer.policyViews.instrumentStatus({ projectId, partnerId: d.y.id });
    expect(y.instruments).toMatchObject([{ plan: null, improvements: [] }]);
    const mine = await anna.policyViews.instrumentStatus({
      projectId,
      partnerId: h.f.partnersA.se,
    });
    expect(mine.can.edit).toBe(true);
    const other = await trpcError(
      anna.policyViews.instrumentStatus({ projectId, partnerId: h.f.partnerB }),
    );
    expect(other.code).toBe("NOT_FOUND");
  });
});
