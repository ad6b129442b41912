import type { Db } from "@consortia/db";
import { describe, expect } from "vitest";
import { type Caller, it } from "../testing/fixture";
import { clientShape, trpcError } from "../testing/harness";
import type { PolicyFixtures } from "../testing/policy-fixtures";

// Issue 16, item 9: an action plan is finalised once complete — every part of the template
// written, every review comment resolved — or by a lead coordinator's recorded override.

const planRow = (db: Db, id: string) =>
  db.selectFrom("action_plans").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const snapshotCount = async (db: Db, id: string) =>
  (
    await db
      .selectFrom("action_plan_snapshots")
      .select("id")
      .where("action_plan_id", "=", id)
      .execute()
  ).length;

/** A plan in review without Part II, with an action lacking players and costs, and an open comment. */
async function incompletePlan(fx: PolicyFixtures, lead: Caller, projectId: string) {
  const p = await fx.newPlan({ status: "in_review", policyContext: "" });
  const thin = await fx.newAction(p.id, {
    title: "Pilot fund",
    players: "",
    estimatedCostEur: null,
  });
  const comment = await fx.newComment(p.id, { section: "policy_context" });
  const { version } = await lead.actionPlans.get({ projectId, actionPlanId: p.id });
  return { id: p.id, version, thinActionId: thin.id, comment };
}

describe("finalising an action plan checks that it is complete", () => {
  it("refuses an incomplete plan, naming each gap, and changes nothing", async ({
    h,
    db,
    policy,
    lead,
    editor: anna, // partner editor, Region Stockholm (the plans' owner)
    projectId,
  }) => {
    const p = await incompletePlan(policy, lead, projectId);
    const shown = await anna.actionPlans.get({ projectId, actionPlanId: p.id });
    expect(shown.gaps.map((g) => g.message)).toEqual([
      "Write Part II, the policy context",
      "Action 2 (Pilot fund) lacks the players involved and its costs",
      "1 open review comment on Part II (policy context)",
    ]);
    const audits = await h.auditCount();
    const err = await trpcError(
      lead.actionPlans.finalise({ projectId, actionPlanId: p.id, version: p.version, note: "" }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(clientShape(err).data.fieldErrors).toEqual({
      policyContext: ["Write Part II, the policy context"],
      [`actions.${p.thinActionId}`]: [
        "Action 2 (Pilot fund) lacks the players involved and its costs",
      ],
      comments: ["1 open review comment on Part II (policy context)"],
      overrideReason: ["Complete the plan, or give a reason to finalise it as it is"],
    });
    const short = await trpcError(
      lead.actionPlans.finalise({
        projectId,
        actionPlanId: p.id,
        version: p.version,
        note: "",
        overrideReason: "Because",
      }),
    );
    expect(clientShape(short).data.fieldErrors).toMatchObject({
      overrideReason: ["Say in at least 10 characters why the plan is final as it is"],
    });
    expect(await planRow(db, p.id)).toMatchObject({
      status: "in_review",
      version: p.version,
      finalise_override_reason: null,
    });
    expect(await snapshotCount(db, p.id)).toBe(1);
    expect(await h.auditCount()).toBe(audits);
  });

  it("finalises an incomplete plan with a lead's reason, stored on the plan and audited", async ({
    db,
    policy,
    lead,
    editor: anna,
    projectId,
  }) => {
    const p = await incompletePlan(policy, lead, projectId);
    const reason = "The managing authority needs the plan before its committee meets";
    const final = await lead.actionPlans.finalise({
      projectId,
      actionPlanId: p.id,
      version: p.version,
      note: "",
      overrideReason: `  ${reason} `,
    });
    expect(final).toMatchObject({ status: "final", snapshotNumber: 2 });
    expect((await planRow(db, p.id)).finalise_override_reason).toBe(reason);
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "summary", "data"])
      .where("entity_id", "=", p.id)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      action: "finalise",
      summary: expect.stringContaining(`although incomplete (3 gaps): ${reason}`),
      data: {
        from: "in_review",
        to: "final",
        override: {
          reason,
          gaps: [
            "Write Part II, the policy context",
            "Action 2 (Pilot fund) lacks the players involved and its costs",
            "1 open review comment on Part II (policy context)",
          ],
        },
      },
    });
    const shown = await anna.actionPlans.get({ projectId, actionPlanId: p.id });
    expect(shown).toMatchObject({ finaliseOverrideReason: reason, gaps: [] });

    // Reopened, the plan no longer carries the override.
    await lead.actionPlans.reopen({
      projectId,
      actionPlanId: p.id,
      version: final.version,
      reason: "Part II must be written",
    });
    expect((await planRow(db, p.id)).finalise_override_reason).toBeNull();
  });

  it("finalises without a reason once the gaps are filled and the comment resolved", async ({
    db,
    policy,
    lead,
    editor: anna,
    projectId,
  }) => {
    const p = await incompletePlan(policy, lead, projectId);
    const plan = await anna.actionPlans.get({ projectId, actionPlanId: p.id });
    const updated = await anna.actionPlans.update({
      projectId,
      actionPlanId: p.id,
      version: plan.version,
      ...policy.planInput({ title: plan.title }),
    });
    const action = plan.actions.find((a) => a.id === p.thinActionId);
    await anna.planActions.update({
      projectId,
      actionId: p.thinActionId,
      version: action?.version ?? 1,
      ...policy.actionInput({ title: "Pilot fund" }),
    });
    await anna.planComments.resolve({
      projectId,
      commentId: p.comment.id,
      version: p.comment.version,
    });
    expect((await lead.actionPlans.get({ projectId, actionPlanId: p.id })).gaps).toEqual([]);
    const final = await lead.actionPlans.finalise({
      projectId,
      actionPlanId: p.id,
      version: updated.version,
      note: "",
    });
    expect(final.status).toBe("final");
    expect((await planRow(db, p.id)).finalise_override_reason).toBeNull();
    const audit = await db
      .selectFrom("audit_log")
      .select("data")
      .where("entity_id", "=", p.id)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit.data).not.toHaveProperty("override");
  });
});
