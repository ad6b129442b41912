import { describe, expect } from "vitest";
import { createEvent } from "../learning/events";
import { createPractice } from "../learning/practices";
import { addRecommendation } from "../learning/recommendations";
import { it, refused } from "../testing/fixture";
import type { Harness } from "../testing/harness";

const positions = (h: Harness, planId: string) =>
  h.db
    .selectFrom("actions")
    .select(["id", "position"])
    .where("action_plan_id", "=", planId)
    .orderBy("position")
    .execute();

describe("actions of an action plan", () => {
  it("refuses bad fields one by one and keeps costs exact to the cent", async ({
    editor: anna,
    policy: fx,
    h,
    projectId,
  }) => {
    const p = await fx.newPlan();
    const base = { projectId, actionPlanId: p.id, ...fx.actionInput() };
    const before = await h.auditCount();
    const dates = await refused(
      anna.planActions.create({ ...base, startDate: "2027-01-01", endDate: "2026-12-31" }),
    );
    expect(dates.fields).toEqual({ endDate: ["The end date must not be before the start date"] });
    for (const cost of [-5, "12.345", "lots"]) {
      const bad = await refused(anna.planActions.create({ ...base, estimatedCostEur: cost }));
      expect(bad.fields).toHaveProperty("estimatedCostEur");
    }
    const status = await refused(anna.planActions.create({ ...base, status: "done" as "planned" }));
    expect(status.fields).toHaveProperty("status");
    expect(await h.auditCount()).toBe(before);
    const a = await anna.planActions.create({ ...base, estimatedCostEur: 1234.5 });
    const b = await anna.planActions.create({ ...base, estimatedCostEur: "0.10", endDate: null });
    const got = await anna.actionPlans.get({ projectId, actionPlanId: p.id });
    expect(got.actions.map((x) => [x.id, x.estimatedCostEur, x.endDate])).toEqual([
      [a.id, "1234.50", "2027-12-31"],
      [b.id, "0.10", null],
    ]);
  });

  it("reorders the actions in one go and closes the gap a deleted action leaves", async ({
    editor: anna,
    policy: fx,
    h,
    projectId,
  }) => {
    const p = await fx.newPlan({ actions: 3 });
    const [a, b, c] = p.actionIds as [string, string, string];
    await anna.planActions.reorder({ projectId, actionPlanId: p.id, actionIds: [c, a, b] });
    expect(await positions(h, p.id)).toEqual([
      { id: c, position: 1 },
      { id: a, position: 2 },
      { id: b, position: 3 },
    ]);
    const partial = await refused(
      anna.planActions.reorder({ projectId, actionPlanId: p.id, actionIds: [a, b] }),
    );
    expect(partial.code).toBe("CONFLICT");
    await anna.planActions.delete({ projectId, actionId: a, version: 1 });
    expect(await positions(h, p.id)).toEqual([
      { id: c, position: 1 },
      { id: b, position: 2 },
    ]);
  });

  it("refuses a stale action and another partner's editor, changing nothing", async ({
    editor: anna,
    policy: fx,
    editorIt: giulia,
    h,
    projectId,
  }) => {
    const p = await fx.newPlan({ status: "in_review", actions: 1 });
    const actionId = p.actionIds[0] as string;
    const input = { projectId, actionId, ...fx.actionInput({ title: "Pilot fund" }) };
    await anna.planActions.update({ ...input, version: 1 });
    const stale = await refused(anna.planActions.update({ ...input, title: "Other", version: 1 }));
    expect(stale.code).toBe("CONFLICT");
    const other = await refused(giulia.planActions.update({ ...input, title: "Mine", version: 2 }));
    expect(other.code).toBe("FORBIDDEN");
    expect(
      (
        await refused(
          giulia.planActions.reorder({ projectId, actionPlanId: p.id, actionIds: [actionId] }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const row = await h.db
      .selectFrom("actions")
      .select(["title", "version"])
      .where("id", "=", actionId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: "Pilot fund", version: 2 });
  });
});

describe("what inspired an action", () => {
  it("links practices, events and recommendations of the project, resolved to titles", async ({
    editor: anna,
    policy: fx,
    h,
    learning,
    projectId,
  }) => {
    const p = await fx.newPlan({ actions: 1 });
    const actionId = p.actionIds[0] as string;
    const practice = await learning.newPractice({
      ownerPartnerId: h.f.partnersA.it,
      title: "Open innovation desk at Niguarda hospital",
      status: "submitted",
    });
    const review = await learning.newPeerReview({ title: "Peer review in Stockholm" });
    const rec = await learning.newRecommendation(review.id, "Create one entry point for SMEs");
    const add = (kind: "good_practice" | "learning_event" | "recommendation", targetId: string) =>
      anna.planActions.addInspiration({ projectId, actionId, kind, targetId, note: "" });
    await add("good_practice", practice.id);
    await add("learning_event", review.id);
    const recLink = await add("recommendation", rec.id);
    const twice = await refused(add("good_practice", practice.id));
    expect(twice.fields.targetId?.[0]).toContain("already linked");

    const got = await anna.actionPlans.get({ projectId, actionPlanId: p.id });
    expect(got.actions[0]?.inspirations).toEqual([
      expect.objectContaining({
        kind: "good_practice",
        id: practice.id,
        title: "Open innovation desk at Niguarda hospital",
        href: `/projects/${projectId}/practices/${practice.id}`,
        available: true,
      }),
      expect.objectContaining({ kind: "learning_event", title: "Peer review in Stockholm" }),
      expect.objectContaining({
        kind: "recommendation",
        title: "Create one entry point for SMEs",
        eventId: review.id,
        eventTitle: "Peer review in Stockholm",
        href: `/projects/${projectId}/learning/${review.id}`,
      }),
    ]);
    await anna.planActions.removeInspiration({ projectId, inspirationId: recLink.id });
    const after = await anna.actionPlans.get({ projectId, actionPlanId: p.id });
    expect(after.actions[0]?.inspirations.map((i) => i.kind)).toEqual([
      "good_practice",
      "learning_event",
    ]);
  });

  it("refuses targets from another project, and practices the caller cannot see", async ({
    editor: anna,
    docs,
    policy: fx,
    h,
    learning,
    projectId,
  }) => {
    const p = await fx.newPlan({ actions: 1 });
    const actionId = p.actionIds[0] as string;
    const ctxB = await docs.projectCtxFor(h.f.users.memberB.id, h.f.projectB.id);
    const practiceB = await createPractice(
      ctxB,
      learning.practiceInput({ ownerPartnerId: h.f.partnerB, locationCountry: "EL" }),
    );
    const reviewB = await createEvent(
      ctxB,
      learning.eventInput({ kind: "peer_review", hostPartnerId: h.f.partnerB, country: "EL" }),
    );
    const recB = await addRecommendation(ctxB, { eventId: reviewB.id, text: "Share port data" });
    const draftOfLombardy = await learning.newPractice({ ownerPartnerId: h.f.partnersA.it });
    const before = await h.auditCount();
    const cases = [
      ["good_practice", practiceB.id],
      ["learning_event", reviewB.id],
      ["recommendation", recB.id],
      ["good_practice", draftOfLombardy.id],
      ["recommendation", reviewB.id],
    ] as const;
    for (const [kind, targetId] of cases) {
      const r = await refused(
        anna.planActions.addInspiration({ projectId, actionId, kind, targetId, note: "" }),
      );
      expect(r.code).toBe("BAD_REQUEST");
      expect(r.fields).toHaveProperty("targetId");
    }
    expect(await h.auditCount()).toBe(before);
    const links = await h.db
      .selectFrom("action_inspirations")
      .select("id")
      .where("action_id", "=", actionId)
      .execute();
    expect(links).toEqual([]);
  });

  it("offers at most 20 candidates of each kind, matching the search", async ({
    editor: anna,
    learning,
    projectId,
  }) => {
    for (let i = 0; i < 22; i++)
      await learning.newEvent({ title: `Thematic seminar on hospital procurement ${i}` });
    await learning.newPractice({ title: "Hospital procurement for SMEs", status: "submitted" });
    const options = await anna.planActions.inspirationOptions({
      projectId,
      q: "hospital procurement",
    });
    expect(options.learningEvents).toHaveLength(20);
    expect(options.goodPractices.map((g) => g.title)).toContain("Hospital procurement for SMEs");
    const none = await anna.planActions.inspirationOptions({ projectId, q: "no_such%thing" });
    expect(none).toEqual({ goodPractices: [], learningEvents: [], recommendations: [] });
  });
});
