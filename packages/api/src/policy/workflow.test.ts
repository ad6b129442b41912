import { describe, expect } from "vitest";
import { it, refused } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import type { ActionPlanContent } from "./snapshot-content";

const plan = (h: Harness, id: string) =>
  h.db.selectFrom("action_plans").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const snapshots = (h: Harness, id: string) =>
  h.db
    .selectFrom("action_plan_snapshots")
    .selectAll()
    .where("action_plan_id", "=", id)
    .orderBy("number")
    .execute();
const audits = (h: Harness, id: string) =>
  h.db
    .selectFrom("audit_log")
    .select(["action", "summary", "data"])
    .where("entity_id", "=", id)
    .orderBy("id")
    .execute();

describe("action plan workflow", () => {
  it("allows one plan per instrument, as a field error", async ({
    editor: anna,
    policy: fx,
    projectId,
  }) => {
    const instrument = await fx.newInstrument();
    const input = { projectId, ...fx.planInput(), policyInstrumentId: instrument.id };
    await anna.actionPlans.create(input);
    const again = await refused(anna.actionPlans.create(input));
    expect(again.fields).toEqual({
      policyInstrumentId: ["This policy instrument already has an action plan"],
    });
    const unknown = await refused(
      anna.actionPlans.create({ ...input, policyInstrumentId: crypto.randomUUID() }),
    );
    expect(unknown.fields).toHaveProperty("policyInstrumentId");
    const language = await refused(anna.actionPlans.create({ ...input, language: "xx" }));
    expect(language.fields).toHaveProperty("language");
  });

  it("submits into review with snapshot 1, finalises with snapshot 2, and then locks the plan", async ({
    editor: anna,
    policy: fx,
    h,
    lead,
    projectId,
  }) => {
    const p = await fx.newPlan({ by: h.f.users.partner_editor.id });
    const empty = await refused(
      anna.actionPlans.submit({ projectId, actionPlanId: p.id, version: p.version, note: "" }),
    );
    expect(empty.fields).toEqual({ actions: ["An action plan needs at least one action"] });
    expect(await snapshots(h, p.id)).toEqual([]);

    const action = await fx.newAction(p.id, {
      title: "Speed dating",
      by: h.f.users.partner_editor.id,
    });
    const submitted = await anna.actionPlans.submit({
      projectId,
      actionPlanId: p.id,
      version: p.version,
      note: "Ready for the partners",
    });
    expect(submitted).toMatchObject({ status: "in_review", snapshotNumber: 1 });
    const [first] = await snapshots(h, p.id);
    const content = first?.content as ActionPlanContent;
    expect(first).toMatchObject({
      number: 1,
      transition: "submit",
      note: "Ready for the partners",
    });
    expect(content.plan).toMatchObject({ status: "in_review", language: "sv" });
    expect(content.actions).toEqual([
      expect.objectContaining({
        id: action.id,
        title: "Speed dating",
        estimatedCostEur: "120000.00",
      }),
    ]);
    expect(content.instrument.name).toContain("RUFS 2050");

    // In review the owner still edits (taking in the partners' comments); only leads finalise.
    const reviewed = await anna.actionPlans.update({
      projectId,
      actionPlanId: p.id,
      version: submitted.version,
      ...fx.planInput({ title: "Action plan RUFS 2050 (reviewed)" }),
    });
    const byEditor = await refused(
      anna.actionPlans.finalise({
        projectId,
        actionPlanId: p.id,
        version: reviewed.version,
        note: "",
      }),
    );
    expect(byEditor.code).toBe("FORBIDDEN");
    const final = await lead.actionPlans.finalise({
      projectId,
      actionPlanId: p.id,
      version: reviewed.version,
      note: "",
    });
    expect(final).toMatchObject({ status: "final", snapshotNumber: 2 });
    const titles = (await snapshots(h, p.id)).map(
      (s) => (s.content as ActionPlanContent).plan.title,
    );
    // Snapshot 1 is what was submitted, untouched by the later edit.
    expect(titles).toEqual([content.plan.title, "Action plan RUFS 2050 (reviewed)"]);
    expect(content.plan.title).not.toContain("reviewed");

    const before = await h.auditCount();
    const locked = await refused(
      lead.actionPlans.update({
        projectId,
        actionPlanId: p.id,
        version: final.version,
        ...fx.planInput(),
      }),
    );
    expect(locked.code).toBe("CONFLICT");
    const newAction = await refused(
      anna.planActions.create({ projectId, actionPlanId: p.id, ...fx.actionInput() }),
    );
    expect(newAction.code).toBe("CONFLICT");
    const del = await refused(
      lead.actionPlans.delete({ projectId, actionPlanId: p.id, version: final.version }),
    );
    expect(del.code).toBe("CONFLICT");
    expect(await h.auditCount()).toBe(before);
    expect((await audits(h, p.id)).map((a) => a.action)).toEqual([
      "create",
      "submit",
      "update",
      "finalise",
    ]);
  });

  it("keeps snapshots immutable in the database", async ({ policy: fx, h }) => {
    const p = await fx.newPlan({ status: "in_review" });
    const [snap] = await snapshots(h, p.id);
    await expect(
      h.db
        .updateTable("action_plan_snapshots")
        .set({ note: "rewritten" })
        .where("id", "=", snap?.id as string)
        .execute(),
    ).rejects.toThrow(/cannot be changed/);
    expect((await snapshots(h, p.id))[0]?.note).toBe("");
  });

  it("reopens only by a lead coordinator, with a reason that the audit keeps", async ({
    editor: anna,
    policy: fx,
    h,
    lead,
    projectId,
  }) => {
    const p = await fx.newPlan({ status: "final" });
    const noReason = await refused(
      lead.actionPlans.reopen({ projectId, actionPlanId: p.id, version: p.version, reason: "  " }),
    );
    expect(noReason.fields).toHaveProperty("reason");
    const byEditor = await refused(
      anna.actionPlans.reopen({
        projectId,
        actionPlanId: p.id,
        version: p.version,
        reason: "Typo",
      }),
    );
    expect(byEditor.code).toBe("FORBIDDEN");
    expect((await plan(h, p.id)).status).toBe("final");
    const reopened = await lead.actionPlans.reopen({
      projectId,
      actionPlanId: p.id,
      version: p.version,
      reason: "The managing authority asked for a third action",
    });
    expect(reopened).toMatchObject({ status: "draft", snapshotNumber: null });
    expect(await plan(h, p.id)).toMatchObject({ status: "draft", finalised_at: null });
    const last = (await audits(h, p.id)).at(-1);
    expect(last).toMatchObject({
      action: "reopen",
      summary: expect.stringContaining("The managing authority asked for a third action"),
      data: expect.objectContaining({ from: "final", to: "draft" }),
    });
    // Snapshots stay; the next submission is number 3.
    const again = await anna.actionPlans.submit({
      projectId,
      actionPlanId: p.id,
      version: reopened.version,
      note: "",
    });
    expect(again.snapshotNumber).toBe(3);
    const listed = await anna.actionPlans.snapshots({ projectId, actionPlanId: p.id });
    expect(listed.map((s) => [s.number, s.transition])).toEqual([
      [3, "submit"],
      [2, "finalise"],
      [1, "submit"],
    ]);
  });

  it("refuses a stale version for every save and transition, changing nothing", async ({
    editor: anna,
    policy: fx,
    h,
    lead,
    projectId,
  }) => {
    const p = await fx.newPlan({ actions: 1 });
    const saved = await anna.actionPlans.update({
      projectId,
      actionPlanId: p.id,
      version: p.version,
      ...fx.planInput({ title: "Saved first" }),
    });
    expect(saved.version).toBe(p.version + 1);
    const before = await h.auditCount();
    const stale = { projectId, actionPlanId: p.id, version: p.version };
    expect((await refused(anna.actionPlans.update({ ...stale, ...fx.planInput() }))).code).toBe(
      "CONFLICT",
    );
    expect((await refused(anna.actionPlans.submit({ ...stale, note: "" }))).code).toBe("CONFLICT");
    expect((await refused(anna.actionPlans.delete(stale))).code).toBe("CONFLICT");
    expect(await h.auditCount()).toBe(before);
    expect(await plan(h, p.id)).toMatchObject({
      title: "Saved first",
      status: "draft",
      deleted_at: null,
    });
    expect(await snapshots(h, p.id)).toEqual([]);
    // With the current version the draft is deleted, and it is gone for everyone.
    await anna.actionPlans.delete({ ...stale, version: saved.version });
    const gone = await refused(lead.actionPlans.get({ projectId, actionPlanId: p.id }));
    expect(gone.code).toBe("NOT_FOUND");
  });
});
