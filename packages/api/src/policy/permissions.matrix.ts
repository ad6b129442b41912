import { EDITOR_ROLES, LEAD_ROLES, READ_ROLES, type Role, STAFF_ROLES } from "../shared/roles";
import type { DocumentFixtures } from "../testing/document-fixtures";
import type { Fixtures } from "../testing/harness";
import type { LearningFixtures } from "../testing/learning-fixtures";
import { type PolicyFixtures, policyFixtures } from "../testing/policy-fixtures";
import { setResolved } from "./comments";
import { addInspiration } from "./inspirations";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for policy instruments and action plans. Fixture records belong to
 * Region Stockholm, the partner editor's partner, so its editor may change them; records
 * everyone must read are in review. Fixture comments are written by that editor: only the
 * author edits, the author or a lead coordinator deletes.
 */
export function policyEntries(
  docs: () => DocumentFixtures,
  learning: () => LearningFixtures,
): Record<string, Entry> {
  let made: PolicyFixtures | undefined;
  const fx = (f: Fixtures) => {
    made ??= policyFixtures(f, docs());
    return made;
  };
  const read = [...READ_ROLES];
  const edit = [...EDITOR_ROLES];
  const lead = [...LEAD_ROLES];
  const staff = [...STAFF_ROLES];
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const inReview = (f: Fixtures) => fx(f).newPlan({ status: "in_review" });
  const asLead = (f: Fixtures) => docs().projectCtxFor(f.users.lead_coordinator.id);
  const planRef = async (f: Fixtures, o: Parameters<PolicyFixtures["newPlan"]>[0] = {}) => {
    const plan = await fx(f).newPlan(o);
    return { ...p(f), actionPlanId: plan.id, version: plan.version };
  };
  const ownAction = async (f: Fixtures) => {
    const plan = await fx(f).newPlan({ actions: 1 });
    return { plan, actionId: plan.actionIds[0] as string };
  };
  const ownComment = async (f: Fixtures) => {
    const plan = await inReview(f);
    const c = await fx(f).newComment(plan.id);
    return { ...p(f), commentId: c.id, version: c.version };
  };
  return {
    "policyInstruments.list": { roles: read, input: p },
    "policyInstruments.get": {
      roles: read,
      input: async (f) => ({ ...p(f), policyInstrumentId: (await fx(f).newInstrument()).id }),
    },
    "policyInstruments.create": {
      roles: edit,
      input: (f) => ({ ...p(f), ...fx(f).instrumentInput() }),
    },
    "policyInstruments.update": {
      roles: edit,
      input: async (f) => {
        const i = await fx(f).newInstrument();
        return {
          ...p(f),
          ...fx(f).instrumentInput(),
          policyInstrumentId: i.id,
          version: i.version,
        };
      },
    },
    "policyInstruments.delete": {
      roles: edit,
      input: async (f) => {
        const i = await fx(f).newInstrument();
        return { ...p(f), policyInstrumentId: i.id, version: i.version };
      },
    },
    "actionPlans.list": { roles: read, input: p },
    "actionPlans.get": {
      roles: read,
      input: async (f) => ({ ...p(f), actionPlanId: (await inReview(f)).id }),
    },
    "actionPlans.create": {
      roles: edit,
      input: async (f) => ({
        ...p(f),
        ...fx(f).planInput(),
        policyInstrumentId: (await fx(f).newInstrument()).id,
      }),
    },
    "actionPlans.update": {
      roles: edit,
      input: async (f) => ({ ...(await planRef(f)), ...fx(f).planInput() }),
    },
    "actionPlans.delete": { roles: edit, input: (f) => planRef(f) },
    "actionPlans.submit": { roles: edit, input: (f) => planRef(f, { actions: 1 }) },
    "actionPlans.finalise": { roles: lead, input: (f) => planRef(f, { status: "in_review" }) },
    "actionPlans.reopen": {
      roles: lead,
      input: async (f) => ({
        ...(await planRef(f, { status: "final" })),
        reason: "The managing authority asked for a third action",
      }),
    },
    "actionPlans.snapshots": {
      roles: read,
      input: async (f) => ({ ...p(f), actionPlanId: (await inReview(f)).id }),
    },
    "actionPlans.snapshot": {
      roles: read,
      input: async (f) => ({ ...p(f), actionPlanId: (await inReview(f)).id, number: 1 }),
    },
    "actionPlans.diff": {
      roles: read,
      input: async (f) => ({ ...p(f), actionPlanId: (await inReview(f)).id, from: 1, to: null }),
    },
    "planActions.create": {
      roles: edit,
      input: async (f) => ({
        ...p(f),
        ...fx(f).actionInput(),
        actionPlanId: (await fx(f).newPlan()).id,
      }),
    },
    "planActions.update": {
      roles: edit,
      input: async (f) => {
        const { actionId } = await ownAction(f);
        return { ...p(f), ...fx(f).actionInput({ title: "Pilot fund" }), actionId, version: 1 };
      },
    },
    "planActions.delete": {
      roles: edit,
      input: async (f) => ({ ...p(f), actionId: (await ownAction(f)).actionId, version: 1 }),
    },
    "planActions.reorder": {
      roles: edit,
      input: async (f) => {
        const plan = await fx(f).newPlan({ actions: 2 });
        return { ...p(f), actionPlanId: plan.id, actionIds: [...plan.actionIds].reverse() };
      },
    },
    "planActions.addInspiration": {
      roles: edit,
      input: async (f) => ({
        ...p(f),
        actionId: (await ownAction(f)).actionId,
        kind: "good_practice",
        targetId: (await learning().newPractice({ status: "submitted" })).id,
        note: "",
      }),
    },
    "planActions.removeInspiration": {
      roles: edit,
      input: async (f) => {
        const { actionId } = await ownAction(f);
        const event = await learning().newEvent();
        const link = await addInspiration(await asLead(f), {
          actionId,
          kind: "learning_event",
          targetId: event.id,
          note: "",
        });
        return { ...p(f), inspirationId: link.id };
      },
    },
    "planActions.inspirationOptions": { roles: edit, input: (f) => ({ ...p(f), q: "" }) },
    "planComments.list": {
      roles: read,
      input: async (f) => ({ ...p(f), actionPlanId: (await inReview(f)).id }),
    },
    "planComments.add": {
      roles: staff,
      input: async (f) => ({
        ...p(f),
        actionPlanId: (await inReview(f)).id,
        section: "policy_context",
        body: "Which hospitals have agreed to take part?",
      }),
    },
    "planComments.edit": {
      roles: ["partner_editor"],
      input: async (f) => ({ ...(await ownComment(f)), body: "Which hospitals, and when?" }),
    },
    "planComments.delete": {
      roles: ["admin", "lead_coordinator", "partner_editor"],
      input: ownComment,
    },
    "planComments.resolve": { roles: edit, input: ownComment },
    "planComments.unresolve": {
      roles: edit,
      input: async (f) => {
        const c = await ownComment(f);
        const done = await setResolved(await asLead(f), c, true);
        return { ...c, version: done.version };
      },
    },
  };
}
