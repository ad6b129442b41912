import { describe, expect } from "vitest";
import { it, refused } from "../testing/fixture";
import type { Harness } from "../testing/harness";

const entry = (projectId: string, actionId: string, o: Record<string, unknown> = {}) => ({
  projectId,
  actionId,
  periodNumber: 2,
  progress: "on_track" as const,
  percent: 40,
  comment: "Call text drafted with the hospitals",
  ...o,
});

const progressRows = (h: Harness, actionId: string) =>
  h.db.selectFrom("action_progress").selectAll().where("action_id", "=", actionId).execute();

describe("monitoring", () => {
  it("is refused before the plan is final, and for another partner's plan", async ({
    editor: anna,
    improvements: fx,
    editorIt: giulia,
    h,
    observer,
    projectId,
    viewer,
  }) => {
    const before = await h.auditCount();
    for (const status of ["draft", "in_review"] as const) {
      const { action } = await fx.planWithAction({ status });
      const r = await refused(anna.monitoring.upsert(entry(projectId, action.id)));
      expect(r.code).toBe("CONFLICT");
      expect(r.message).toContain("once it is final");
    }
    const { action } = await fx.planWithAction();
    expect((await refused(giulia.monitoring.upsert(entry(projectId, action.id)))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refused(viewer.monitoring.upsert(entry(projectId, action.id)))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refused(observer.monitoring.upsert(entry(projectId, action.id)))).code).toBe(
      "FORBIDDEN",
    );
    // Another partner's draft plan is not even visible to Anna.
    const hidden = await fx.planWithAction({ partnerId: h.f.partnersA.it, status: "draft" });
    expect((await refused(anna.monitoring.upsert(entry(projectId, hidden.action.id)))).code).toBe(
      "NOT_FOUND",
    );
    expect(await progressRows(h, action.id)).toEqual([]);
    expect(await h.auditCount()).toBe(before);
  });

  it("accepts only the project's reporting periods, core and follow-up phase", async ({
    editor: anna,
    improvements: fx,
    h,
    projectId,
  }) => {
    const { action } = await fx.planWithAction();
    const nine = await refused(
      anna.monitoring.upsert(entry(projectId, action.id, { periodNumber: 9 })),
    );
    expect(nine).toMatchObject({
      code: "BAD_REQUEST",
      fields: { periodNumber: ["The project's reporting periods are 1 to 8"] },
    });
    const zero = await refused(
      anna.monitoring.upsert(entry(projectId, action.id, { periodNumber: 0 })),
    );
    expect(zero.fields).toHaveProperty("periodNumber");
    expect(await progressRows(h, action.id)).toEqual([]);
    // Period 8 lies in the follow-up phase (the core phase ends in February 2028).
    const grid = await anna.monitoring.byPlan({
      projectId,
      actionPlanId: (await fx.newPlan()).id,
    });
    expect(grid.periods.map((p) => `${p.number}:${p.phase}`)).toEqual([
      "1:core",
      "2:core",
      "3:core",
      "4:core",
      "5:core",
      "6:core",
      "7:follow_up",
      "8:follow_up",
    ]);
    // A follow-up period takes progress once it has begun (monitoring-calendar.test.ts).
  });

  it("keeps progress and percentage consistent, field by field", async ({
    editor: anna,
    improvements: fx,
    h,
    projectId,
  }) => {
    const { action } = await fx.planWithAction();
    const cases = [
      [{ progress: "completed", percent: 90 }, { percent: ["A completed action is at 100%"] }],
      [
        { progress: "on_track", percent: 100 },
        { progress: ["An action at 100% is completed; choose Completed or lower the percentage"] },
      ],
      [{ progress: "not_started", percent: 10 }, { percent: ["An action not started is at 0%"] }],
      [{ percent: 40.5 }, { percent: ["Give a whole percentage"] }],
      [{ percent: 101 }, { percent: ["At most 100%"] }],
    ] as const;
    for (const [input, fields] of cases) {
      const r = await refused(anna.monitoring.upsert(entry(projectId, action.id, input)));
      expect(r).toMatchObject({ code: "BAD_REQUEST", fields });
    }
    expect(await progressRows(h, action.id)).toEqual([]);
    await expect(
      anna.monitoring.upsert(entry(projectId, action.id, { progress: "completed", percent: 100 })),
    ).resolves.toMatchObject({ progress: "completed", percent: 100 });
  });

  it("records, then updates with the version, and refuses a stale save", async ({
    editor: anna,
    improvements: fx,
    h,
    lead,
    projectId,
  }) => {
    const { plan, action } = await fx.planWithAction();
    const first = await anna.monitoring.upsert(entry(projectId, action.id));
    expect(first).toMatchObject({ version: 1, progress: "on_track", percent: 40 });
    // A second "first entry" for the same period was based on nothing current.
    expect((await refused(lead.monitoring.upsert(entry(projectId, action.id)))).code).toBe(
      "CONFLICT",
    );
    const second = await lead.monitoring.upsert(
      entry(projectId, action.id, { progress: "delayed", percent: 45, version: 1 }),
    );
    expect(second).toMatchObject({ id: first.id, version: 2, progress: "delayed" });
    const stale = await refused(
      anna.monitoring.upsert(entry(projectId, action.id, { percent: 60, version: 1 })),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("changed by someone else");
    // A version for a period with no entry yet is stale too.
    const none = await refused(
      anna.monitoring.upsert(entry(projectId, action.id, { periodNumber: 3, version: 4 })),
    );
    expect(none.code).toBe("CONFLICT");
    const rows = await progressRows(h, action.id);
    expect(rows.map((r) => [r.period_number, r.progress, r.percent, r.version])).toEqual([
      [2, "delayed", 45, 2],
    ]);
    const audit = await h.db
      .selectFrom("audit_log")
      .select(["action", "summary"])
      .where("entity", "=", "action_progress")
      .where("entity_id", "=", first.id)
      .orderBy("id")
      .execute();
    expect(audit).toEqual([
      { action: "record", summary: `Progress of ${action.title} in period 2: on track (40%)` },
      { action: "update", summary: `Progress of ${action.title} in period 2: delayed (45%)` },
    ]);
    expect(plan.status).toBe("final");
  });

  it("shows the action × period grid with evidence, and evidence follows the plan's editors", async ({
    editor: anna,
    docs,
    improvements: fx,
    editorIt: giulia,
    h,
    observer,
    projectId,
  }) => {
    const plan = await fx.newPlan();
    const a1 = await fx.newAction(plan.id, { title: "Pilot call" });
    const a2 = await fx.newAction(plan.id, { title: "Procurement guide" });
    const row = await anna.monitoring.upsert(entry(projectId, a1.id, { periodNumber: 3 }));
    const doc = await docs.newDocument({ ownerPartnerId: h.f.partnersA.se });
    const ref = { projectId, progressId: row.id };
    expect(
      (await refused(giulia.monitoring.attachEvidence({ ...ref, documentIds: [doc.id] }))).code,
    ).toBe("FORBIDDEN");
    await anna.monitoring.attachEvidence({ ...ref, documentIds: [doc.id] });
    expect((await observer.monitoring.evidence(ref)).map((d) => d.id)).toEqual([doc.id]);

    const grid = await observer.monitoring.byPlan({ projectId, actionPlanId: plan.id });
    expect(grid.can.edit).toBe(false);
    expect(grid.actions.map((a) => a.title)).toEqual(["Pilot call", "Procurement guide"]);
    const [first, second] = grid.actions;
    expect(first?.cells).toHaveLength(8);
    expect(first?.cells[2]).toMatchObject({
      periodNumber: 3,
      entry: {
        id: row.id,
        progress: "on_track",
        progressLabel: "On track",
        percent: 40,
        comment: "Call text drafted with the hospitals",
        evidenceCount: 1,
        updatedBy: { id: h.f.users.partner_editor.id, name: "Anna Berg" },
        version: 1,
      },
    });
    expect(first?.cells.filter((c) => c.entry).length).toBe(1);
    expect(second?.cells.every((c) => c.entry === null)).toBe(true);
    expect((await anna.monitoring.byPlan({ projectId, actionPlanId: plan.id })).can.edit).toBe(
      true,
    );

    await anna.monitoring.detachEvidence({ ...ref, documentId: doc.id });
    expect(await observer.monitoring.evidence(ref)).toEqual([]);
    expect(a2.title).toBe("Procurement guide");
  });

  it("hides a draft plan's grid from observers and other partners", async ({
    editor: anna,
    improvements: fx,
    editorIt: giulia,
    observer,
    projectId,
  }) => {
    const draft = await fx.newPlan({ status: "draft" });
    const ref = { projectId, actionPlanId: draft.id };
    expect((await refused(observer.monitoring.byPlan(ref))).code).toBe("NOT_FOUND");
    expect((await refused(giulia.monitoring.byPlan(ref))).code).toBe("NOT_FOUND");
    const own = await anna.monitoring.byPlan(ref);
    expect(own).toMatchObject({ can: { edit: false }, plan: { status: "draft" } });
  });
});
