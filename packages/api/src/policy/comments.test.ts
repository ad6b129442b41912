import { describe, expect } from "vitest";
import { it, refused } from "../testing/fixture";
import type { Caller } from "../testing/harness";

describe("review comments on an action plan", () => {
  it("threads replies one deep under the comment's section or action", async ({
    editor: anna,
    policy: fx,
    editorIt: giulia,
    lead,
    viewer: luca,
    observer,
    projectId,
  }) => {
    const p = await fx.newPlan({ status: "in_review", actions: 2 });
    const [first, second] = p.actionIds as [string, string];
    const ref = { projectId, actionPlanId: p.id };
    const onAction = await giulia.planComments.add({
      ...ref,
      section: "action",
      actionId: second,
      body: "How will SMEs hear about the speed dating?",
    });
    const reply = await anna.planComments.add({
      ...ref,
      section: "general_information",
      parentId: onAction.id,
      body: "Through the cluster's newsletter.",
    });
    // A reply to a reply joins the thread of the comment that started it.
    await luca.planComments.add({
      ...ref,
      section: "general_information",
      parentId: reply.id,
      body: "Lombardy can share its mailing list.",
    });
    await lead.planComments.add({ ...ref, section: "policy_context", body: "Cite RUFS 2050." });

    const all = await observer.planComments.list(ref);
    expect(all.map((t) => [t.section, t.actionId, t.replies.length])).toEqual([
      ["action", second, 2],
      ["policy_context", null, 0],
    ]);
    expect(all[0]?.replies.map((r) => [r.section, r.body])).toEqual([
      ["action", "Through the cluster's newsletter."],
      ["action", "Lombardy can share its mailing list."],
    ]);
    const forAction = await anna.planComments.list({ ...ref, section: "action", actionId: first });
    expect(forAction).toEqual([]);

    const noAction = await refused(
      anna.planComments.add({ ...ref, section: "action", body: "Which action?" }),
    );
    expect(noAction.fields).toHaveProperty("actionId");
    const otherPlan = await fx.newPlan({ status: "in_review", actions: 1 });
    const foreignAction = await refused(
      anna.planComments.add({
        ...ref,
        section: "action",
        actionId: otherPlan.actionIds[0] as string,
        body: "Wrong plan",
      }),
    );
    expect(foreignAction.fields).toEqual({ actionId: ["Choose an action of this action plan"] });
    const long = await refused(
      anna.planComments.add({ ...ref, section: "actions", body: "x".repeat(4001) }),
    );
    expect(long.fields).toHaveProperty("body");
  });

  it("opens comments to the partnership in review, to the owner in draft, to no one when final", async ({
    editor: anna,
    policy: fx,
    editorIt: giulia,
    lead,
    viewer: luca,
    observer,
    projectId,
  }) => {
    const p = await fx.newPlan({ actions: 1 });
    const add = (caller: Caller) =>
      caller.planComments.add({
        projectId,
        actionPlanId: p.id,
        section: "general_information",
        body: "A remark",
      });
    expect((await refused(add(giulia))).code).toBe("NOT_FOUND");
    await expect(add(anna)).resolves.toMatchObject({ section: "general_information" });
    await anna.actionPlans.submit({ projectId, actionPlanId: p.id, version: p.version, note: "" });
    await expect(add(giulia)).resolves.toBeTruthy();
    await expect(add(luca)).resolves.toBeTruthy();
    expect((await refused(add(observer))).code).toBe("FORBIDDEN");
    const { version } = await lead.actionPlans.get({ projectId, actionPlanId: p.id });
    await lead.actionPlans.finalise({
      projectId,
      actionPlanId: p.id,
      version,
      note: "",
      overrideReason: "The remarks are answered in the next version",
    });
    expect((await refused(add(anna))).code).toBe("CONFLICT");
    expect((await observer.planComments.list({ projectId, actionPlanId: p.id })).length).toBe(3);
  });

  it("lets authors edit their words, authors and leads delete, owners and leads resolve", async ({
    editor: anna,
    policy: fx,
    editorIt: giulia,
    h,
    lead,
    viewer: luca,
    observer,
    projectId,
  }) => {
    const p = await fx.newPlan({ status: "in_review", actions: 1 });
    const c = await fx.newComment(p.id, { by: h.f.users.partner_viewer.id, body: "First words" });
    const ref = { projectId, commentId: c.id };
    expect(
      (await refused(giulia.planComments.edit({ ...ref, version: 1, body: "Hijack" }))).code,
    ).toBe("FORBIDDEN");
    const edited = await luca.planComments.edit({ ...ref, version: 1, body: "Second words" });
    const stale = await refused(
      luca.planComments.edit({ ...ref, version: 1, body: "Third words" }),
    );
    expect(stale.code).toBe("CONFLICT");

    // Resolving is for the plan's owner and the leads, not for the comment's author.
    expect(
      (await refused(luca.planComments.resolve({ ...ref, version: edited.version }))).code,
    ).toBe("FORBIDDEN");
    expect(
      (await refused(giulia.planComments.resolve({ ...ref, version: edited.version }))).code,
    ).toBe("FORBIDDEN");
    const resolved = await anna.planComments.resolve({ ...ref, version: edited.version });
    let [thread] = await observer.planComments.list({ projectId, actionPlanId: p.id });
    expect(thread).toMatchObject({ body: "Second words", edited: true, resolved: true });
    expect(thread?.resolvedByName).toBe("Anna Berg");
    const open = await lead.planComments.unresolve({ ...ref, version: resolved.version });

    expect(
      (await refused(giulia.planComments.delete({ ...ref, version: open.version }))).code,
    ).toBe("FORBIDDEN");
    const reply = await fx.newComment(p.id, { by: h.f.users.partner_editor.id, parentId: c.id });
    await lead.planComments.delete({ ...ref, version: open.version });
    await anna.planComments.delete({ projectId, commentId: reply.id, version: reply.version });
    [thread] = await anna.planComments.list({ projectId, actionPlanId: p.id });
    expect(thread).toMatchObject({ deleted: true, body: "", can: { edit: false, delete: false } });
    expect(thread?.replies).toEqual([expect.objectContaining({ deleted: true, body: "" })]);
    expect((await refused(luca.planComments.edit({ ...ref, version: 5, body: "Back" }))).code).toBe(
      "NOT_FOUND",
    );
    const audit = await h.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "action_plan_comment")
      .where("entity_id", "=", c.id)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "create",
      "update",
      "resolve",
      "unresolve",
      "delete",
    ]);
  });
});
