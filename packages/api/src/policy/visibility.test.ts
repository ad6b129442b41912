import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { type Caller, trpcError } from "../testing/harness";

const code = async (call: Promise<unknown>) => (await trpcError(call)).code;

/** Every read of a plan, by one caller: the codes it gets (or "ok"). */
async function reads(projectId: string, caller: Caller, actionPlanId: string) {
  const ref = { projectId, actionPlanId };
  const attempt = (call: Promise<unknown>) =>
    call.then(
      () => "ok",
      (err: { code?: string }) => err.code ?? "error",
    );
  return {
    get: await attempt(caller.actionPlans.get(ref)),
    listed: (await caller.actionPlans.list({ projectId })).some((p) => p.id === actionPlanId),
    snapshots: await attempt(caller.actionPlans.snapshots(ref)),
    comments: await attempt(caller.planComments.list(ref)),
  };
}

describe("who sees an action plan", () => {
  it("keeps a draft to the owning partner and the lead coordinators, and shares it from review on", async ({
    editor: anna,
    policy: fx,
    editorIt: giulia,
    outsider: memberB,
    observer,
    projectId,
  }) => {
    const p = await fx.newPlan({ actions: 1 });
    const hidden = {
      get: "NOT_FOUND",
      listed: false,
      snapshots: "NOT_FOUND",
      comments: "NOT_FOUND",
    };
    expect(await reads(projectId, giulia, p.id)).toEqual(hidden);
    expect(await reads(projectId, observer, p.id)).toEqual(hidden);
    expect(await reads(projectId, anna, p.id)).toEqual({
      get: "ok",
      listed: true,
      snapshots: "ok",
      comments: "ok",
    });
    // Someone of another partner reaching for an action of the draft learns nothing either.
    const actionId = p.actionIds[0] as string;
    expect(
      await code(
        giulia.planActions.update({ projectId, actionId, version: 1, ...fx.actionInput() }),
      ),
    ).toBe("NOT_FOUND");

    await anna.actionPlans.submit({ projectId, actionPlanId: p.id, version: p.version, note: "" });
    const shared = { get: "ok", listed: true, snapshots: "ok", comments: "ok" };
    expect(await reads(projectId, giulia, p.id)).toEqual(shared);
    expect(await reads(projectId, observer, p.id)).toEqual(shared);
    // Seeing is not editing: another partner's editor is refused, and says so.
    expect(
      await code(
        giulia.planActions.update({ projectId, actionId, version: 1, ...fx.actionInput() }),
      ),
    ).toBe("FORBIDDEN");
    const forObserver = await observer.actionPlans.get({ projectId, actionPlanId: p.id });
    expect(forObserver.can).toEqual({
      edit: false,
      delete: false,
      submit: false,
      finalise: false,
      reopen: false,
      comment: false,
      resolveComments: false,
    });
    const forGiulia = await giulia.actionPlans.get({ projectId, actionPlanId: p.id });
    expect(forGiulia.can).toMatchObject({ edit: false, comment: true });
    // A member of another project gets nothing, whatever the status.
    expect(await code(memberB.actionPlans.get({ projectId, actionPlanId: p.id }))).toBe(
      "NOT_FOUND",
    );
  });

  it("lets the owning partner's viewers read and comment on the draft, but not edit it", async ({
    policy: fx,
    h,
    projectId,
  }) => {
    const viewer = await h.f.newMember({ role: "partner_viewer", partnerId: h.f.partnersA.se });
    const asViewer = await h.callerFor(viewer.id);
    const p = await fx.newPlan();
    const got = await asViewer.actionPlans.get({ projectId, actionPlanId: p.id });
    expect(got.can).toMatchObject({ edit: false, comment: true, submit: false });
    await expect(
      asViewer.planComments.add({
        projectId,
        actionPlanId: p.id,
        section: "general_information",
        body: "Add the hospitals' names",
      }),
    ).resolves.toMatchObject({ section: "general_information" });
    expect(
      await code(
        asViewer.actionPlans.update({
          projectId,
          actionPlanId: p.id,
          version: p.version,
          ...fx.planInput(),
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("lists plans with their instrument, partner, status and counts", async ({
    policy: fx,
    observer,
    projectId,
  }) => {
    const p = await fx.newPlan({ status: "in_review", actions: 2 });
    await fx.newComment(p.id);
    const row = (await observer.actionPlans.list({ projectId })).find((x) => x.id === p.id);
    expect(row).toMatchObject({
      status: "in_review",
      partnerName: "Region Stockholm",
      partnerCountry: "SE",
      policyInstrumentId: p.policyInstrumentId,
      actionCount: 2,
      commentCount: 1,
      can: { edit: false },
    });
    expect(row?.instrumentName).toContain("RUFS 2050");
  });
});
