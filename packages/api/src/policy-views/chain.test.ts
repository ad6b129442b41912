import { describe, expect } from "vitest";
import { linkEvent } from "../learning/practice-links";
import { it } from "../testing/fixture";
import { clientShape, type Harness, trpcError } from "../testing/harness";
import type { ImprovementFixtures } from "../testing/improvement-fixtures";
import type { LearningFixtures } from "../testing/learning-fixtures";

/**
 * A small chain: practice GP (Stockholm, submitted) presented at workshop E1 (Lombardy);
 * peer review E2 (Stockholm) with recommendation R; Stockholm's final plan has action A,
 * inspired by GP, by E1 and by R; improvement I (Stockholm, achieved) came of A and of GP
 * and, linked by the lead, of Lombardy's draft practice GP2. Lombardy's draft plan has
 * action A2, also inspired by GP.
 */
async function smallChain(fx: ImprovementFixtures, h: Harness, learning: LearningFixtures) {
  const gp = await learning.newPractice({ status: "submitted", title: "Speed dating" });
  const gp2 = await learning.newPractice({ ownerPartnerId: h.f.partnersA.it, title: "Draft" });
  const e1 = await learning.newEvent({
    hostPartnerId: h.f.partnersA.it,
    title: "Workshop in Milan",
    city: "Milan",
    country: "IT",
  });
  const e2 = await learning.newPeerReview({ title: "Peer review in Stockholm" });
  const rec = await learning.newRecommendation(e2.id, "One entry point for SMEs");
  await linkEvent(await fx.asLead(), { goodPracticeId: gp.id, eventId: e1.id });
  const plan = await fx.newPlan();
  const a = await fx.newAction(plan.id, { title: "Pilot call" });
  await fx.inspire(a.id, { goodPracticeId: gp.id });
  await fx.inspire(a.id, { learningEventId: e1.id });
  await fx.inspire(a.id, { recommendationId: rec.id });
  const draftPlan = await fx.newPlan({ partnerId: h.f.partnersA.it, status: "draft" });
  const a2 = await fx.newAction(draftPlan.id, { title: "Hidden action" });
  await fx.inspire(a2.id, { goodPracticeId: gp.id });
  const i = await fx.newImprovement({
    status: "achieved",
    title: "MedTech pilot call",
    actionIds: [a.id],
    goodPracticeIds: [gp.id, gp2.id],
  });
  return { gp, gp2, e1, e2, plan, a, draftPlan, a2, i };
}

describe("the learning chain", () => {
  it("links practices, events, actions and improvements, as each caller may see them", async ({
    editor: anna,
    improvements: fx,
    h,
    lead,
    learning,
    observer,
    projectId,
  }) => {
    const c = await smallChain(fx, h, learning);
    const start = { projectId, startNode: { kind: "policy_improvement" as const, id: c.i.id } };
    const edges = {
      presented: { source: c.gp.id, target: c.e1.id, kind: "presented_at", via: null },
      byPractice: { source: c.gp.id, target: c.a.id, kind: "inspired", via: "good_practice" },
      byEvent: { source: c.e1.id, target: c.a.id, kind: "inspired", via: "learning_event" },
      byRecommendation: {
        source: c.e2.id,
        target: c.a.id,
        kind: "inspired",
        via: "recommendation",
      },
      actionResult: { source: c.a.id, target: c.i.id, kind: "contributed_to", via: null },
      practiceResult: { source: c.gp.id, target: c.i.id, kind: "contributed_to", via: null },
      draftPractice: { source: c.gp2.id, target: c.i.id, kind: "contributed_to", via: null },
      draftAction: { source: c.gp.id, target: c.a2.id, kind: "inspired", via: "good_practice" },
    };
    const sorted = (list: object[]) =>
      [...list].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));

    const forLead = await lead.policyViews.chain(start);
    expect(forLead.nodes.map((n) => `${n.kind}:${n.title}`)).toEqual([
      "good_practice:Draft",
      "good_practice:Speed dating",
      "learning_event:Peer review in Stockholm",
      "learning_event:Workshop in Milan",
      "action:Hidden action",
      "action:Pilot call",
      "policy_improvement:MedTech pilot call",
    ]);
    expect(sorted(forLead.edges)).toEqual(sorted(Object.values(edges)));

    const { draftPractice: _p, draftAction: _a, ...shared } = edges;
    for (const caller of [anna, observer]) {
      const seen = await caller.policyViews.chain(start);
      expect(seen.nodes.map((n) => n.id).sort()).toEqual(
        [c.gp.id, c.e1.id, c.e2.id, c.a.id, c.i.id].sort(),
      );
      expect(sorted(seen.edges)).toEqual(sorted(Object.values(shared)));
      // Nor does the whole picture hold the hidden records.
      const whole = await caller.policyViews.chain({ projectId });
      const ids = whole.nodes.map((n) => n.id);
      expect(ids).toEqual(expect.arrayContaining([c.gp.id, c.a.id, c.i.id]));
      expect(ids).not.toContain(c.a2.id);
      expect(ids).not.toContain(c.gp2.id);
    }

    const nodes = Object.fromEntries(forLead.nodes.map((n) => [n.id, n]));
    const base = `/projects/${projectId}`;
    expect(nodes[c.a.id]).toEqual({
      id: c.a.id,
      kind: "action",
      title: "Pilot call",
      partnerId: h.f.partnersA.se,
      partnerName: "Region Stockholm",
      status: "in_progress",
      href: `${base}/action-plans/${c.plan.id}#action-${c.a.id}`,
    });
    expect(nodes[c.gp.id]?.href).toBe(`${base}/practices/${c.gp.id}`);
    expect(nodes[c.e1.id]).toMatchObject({
      href: `${base}/learning/${c.e1.id}`,
      partnerName: "Lombardia",
      status: null,
    });
    expect(nodes[c.i.id]).toMatchObject({
      href: `${base}/improvements/${c.i.id}`,
      status: "achieved",
    });
  });

  it("filters by partner to the chains touching its records", async ({
    editor: anna,
    improvements: fx,
    h,
    learning,
    projectId,
  }) => {
    const partner = await h.f.newPartner();
    const e = await learning.newEvent({ hostPartnerId: partner.id, title: "Stakeholder meeting" });
    const plan = await fx.newPlan({ partnerId: partner.id });
    const a = await fx.newAction(plan.id, { title: "Regional cluster programme" });
    await fx.inspire(a.id, { learningEventId: e.id });
    // Unlinked records of the partner stay out of the picture.
    await fx.newAction(plan.id, { title: "Not linked yet" });
    const got = await anna.policyViews.chain({ projectId, partnerId: partner.id });
    expect(got.nodes.map((n) => n.id)).toEqual([e.id, a.id]);
    expect(got.edges).toEqual([
      { source: e.id, target: a.id, kind: "inspired", via: "learning_event" },
    ]);
  });

  it("refuses a start node the caller cannot see, and a partner of another project", async ({
    editor: anna,
    improvements: fx,
    h,
    lead,
    projectId,
  }) => {
    const hidden = await fx.planWithAction({ partnerId: h.f.partnersA.it, status: "draft" });
    const err = await trpcError(
      anna.policyViews.chain({
        projectId,
        startNode: { kind: "action", id: hidden.action.id },
      }),
    );
    expect(err.code).toBe("NOT_FOUND");
    const alone = await lead.policyViews.chain({
      projectId,
      startNode: { kind: "action", id: hidden.action.id },
    });
    expect(alone).toMatchObject({ nodes: [{ id: hidden.action.id }], edges: [] });
    const wrongKind = await trpcError(
      lead.policyViews.chain({
        projectId,
        startNode: { kind: "good_practice", id: hidden.action.id },
      }),
    );
    expect(wrongKind.code).toBe("NOT_FOUND");
    const other = await trpcError(lead.policyViews.chain({ projectId, partnerId: h.f.partnerB }));
    expect(clientShape(other).data.fieldErrors).toEqual({
      partnerId: ["This partner is not part of the project"],
    });
  });
});
