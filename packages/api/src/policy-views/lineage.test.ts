import { describe, expect } from "vitest";
import { linkEvent } from "../learning/practice-links";
import type { RecordFactories } from "../testing/factories";
import { it } from "../testing/fixture";
import { type Fixtures, trpcError } from "../testing/harness";

/**
 * The learning chain followed from where it starts: a practice's, an event's and an action's
 * page show what led to them and what they led to, as each caller may see it.
 *
 * Practice GP (Stockholm, submitted) presented at workshop E (Lombardy); E inspired action A1
 * and GP inspired action A2 (Stockholm's final plan); A1 led to improvement I1, GP to I2.
 * Lombardy's draft plan has action H, inspired by GP, which Stockholm's editor may not see.
 */
async function chain({
  f,
  learning,
  improvements: fx,
}: { f: Fixtures } & Pick<RecordFactories, "learning" | "improvements">) {
  const gp = await learning.newPractice({ status: "submitted", title: "Speed dating" });
  const e = await learning.newEvent({
    hostPartnerId: f.partnersA.it,
    title: "Workshop in Milan",
    city: "Milan",
    country: "IT",
  });
  await linkEvent(await fx.asLead(), { goodPracticeId: gp.id, eventId: e.id });
  const plan = await fx.newPlan();
  const a1 = await fx.newAction(plan.id, { title: "Pilot call" });
  const a2 = await fx.newAction(plan.id, { title: "Brokerage days" });
  await fx.inspire(a1.id, { learningEventId: e.id });
  await fx.inspire(a2.id, { goodPracticeId: gp.id });
  const draft = await fx.newPlan({ partnerId: f.partnersA.it, status: "draft" });
  const hidden = await fx.newAction(draft.id, { title: "Hidden action" });
  await fx.inspire(hidden.id, { goodPracticeId: gp.id });
  const i1 = await fx.newImprovement({ title: "MedTech pilot call", actionIds: [a1.id] });
  const i2 = await fx.newImprovement({ title: "Brokerage scheme", goodPracticeIds: [gp.id] });
  return { gp, e, plan, a1, a2, hidden, i1, i2 };
}

const brief = (list: { id: string; kind: string; direct: boolean }[]) =>
  list.map((n) => ({ id: n.id, kind: n.kind, direct: n.direct }));

describe("the learning chain from a record's page", () => {
  it("shows where a practice was presented, the actions it inspired and what they led to", async ({
    f,
    learning,
    improvements,
    editor: anna, // partner editor, Region Stockholm
    lead,
    projectId,
  }) => {
    const c = await chain({ f, learning, improvements });
    const seen = await anna.policyViews.lineage({ projectId, kind: "good_practice", id: c.gp.id });
    expect(seen.node).toMatchObject({ id: c.gp.id, kind: "good_practice", title: "Speed dating" });
    expect(seen.before).toEqual([]);
    expect(brief(seen.after)).toEqual([
      { id: c.e.id, kind: "learning_event", direct: true },
      { id: c.a2.id, kind: "action", direct: true },
      { id: c.a1.id, kind: "action", direct: false },
      { id: c.i2.id, kind: "policy_improvement", direct: true },
      { id: c.i1.id, kind: "policy_improvement", direct: false },
    ]);
    // Each links to its own page.
    expect(seen.after[1]?.href).toBe(
      `/projects/${projectId}/action-plans/${c.plan.id}#action-${c.a2.id}`,
    );
    // The lead sees Lombardy's draft plan too; Stockholm's editor does not.
    const all = await lead.policyViews.lineage({ projectId, kind: "good_practice", id: c.gp.id });
    expect(all.after.map((n) => n.id)).toContain(c.hidden.id);
    expect(seen.after.map((n) => n.id)).not.toContain(c.hidden.id);
  });

  it("shows an event's practices, and an action's inspirations and improvements", async ({
    f,
    learning,
    improvements,
    editor: anna,
    observer,
    projectId,
  }) => {
    const c = await chain({ f, learning, improvements });
    const event = await anna.policyViews.lineage({
      projectId,
      kind: "learning_event",
      id: c.e.id,
    });
    expect(brief(event.before)).toEqual([{ id: c.gp.id, kind: "good_practice", direct: true }]);
    expect(brief(event.after)).toEqual([
      { id: c.a1.id, kind: "action", direct: true },
      { id: c.i1.id, kind: "policy_improvement", direct: false },
    ]);
    // An observer sees what the partnership shares: not an improvement still expected.
    const shared = await observer.policyViews.lineage({
      projectId,
      kind: "learning_event",
      id: c.e.id,
    });
    expect(shared.after.map((n) => n.id)).toEqual([c.a1.id]);
    const action = await anna.policyViews.lineage({ projectId, kind: "action", id: c.a1.id });
    expect(brief(action.before)).toEqual([
      { id: c.gp.id, kind: "good_practice", direct: false },
      { id: c.e.id, kind: "learning_event", direct: true },
    ]);
    expect(brief(action.after)).toEqual([
      { id: c.i1.id, kind: "policy_improvement", direct: true },
    ]);
  });

  it("lists on an action plan's page the improvements each action led to", async ({
    f,
    learning,
    improvements,
    editor: anna,
    observer,
    projectId,
  }) => {
    const c = await chain({ f, learning, improvements });
    const plan = await anna.actionPlans.get({ projectId, actionPlanId: c.plan.id });
    const led = (id: string) => plan.actions.find((a) => a.id === id)?.improvements;
    expect(led(c.a1.id)).toEqual([
      { id: c.i1.id, title: "MedTech pilot call", status: "expected" },
    ]);
    expect(led(c.a2.id)).toEqual([]);
    // An observer sees only the improvements the partnership shares (achieved or validated).
    const shared = await observer.actionPlans.get({ projectId, actionPlanId: c.plan.id });
    expect(shared.actions.find((a) => a.id === c.a1.id)?.improvements).toEqual([]);
  });

  it("answers NOT_FOUND for a record the caller may not see or of another kind", async ({
    f,
    learning,
    improvements,
    editor: anna,
    projectId,
  }) => {
    const c = await chain({ f, learning, improvements });
    const hidden = await trpcError(
      anna.policyViews.lineage({ projectId, kind: "action", id: c.hidden.id }),
    );
    expect(hidden.code).toBe("NOT_FOUND");
    const wrongKind = await trpcError(
      anna.policyViews.lineage({ projectId, kind: "action", id: c.gp.id }),
    );
    expect(wrongKind.code).toBe("NOT_FOUND");
  });
});
