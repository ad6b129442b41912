import type { ActionPlanSection, ActionPlanStatus } from "@consortia/db";
import { type ActionInput, createAction } from "../policy/actions";
import { addComment } from "../policy/comments";
import { createInstrument, type InstrumentInput } from "../policy/instruments";
import { finalisePlan, submitPlan } from "../policy/plan-workflow";
import { createPlan, type PlanFields } from "../policy/plans";
import type { DocumentFixtures } from "./document-fixtures";
import type { Fixtures } from "./harness";

export type PolicyFixtures = ReturnType<typeof policyFixtures>;

/** Policy instruments, action plans in any status, actions and comments, by the real services. */
export function policyFixtures(f: Fixtures, docs: DocumentFixtures) {
  const { projectCtxFor } = docs;
  const lead = () => f.users.lead_coordinator.id;

  function instrumentInput(o: Partial<InstrumentInput> = {}): InstrumentInput {
    return {
      partnerId: f.partnersA.se,
      name: f.unique("Regional development plan RUFS 2050, part "),
      instrumentType: "regional_strategy",
      managingAuthority: "Region Stockholm, Growth and Regional Planning",
      territorialLevel: "regional",
      managedByPartner: true,
      isMain: false,
      description: "The regional development plan for the Stockholm region.",
      baseline: "No joint procurement path between hospitals and MedTech SMEs.",
      ...o,
    };
  }

  /** A secondary instrument of Region Stockholm unless told otherwise (any number may exist). */
  async function newInstrument(o: Partial<InstrumentInput> & { by?: string } = {}) {
    const { by, ...fields } = o;
    return createInstrument(await projectCtxFor(by ?? lead()), instrumentInput(fields));
  }

  function planInput(o: Partial<PlanFields> = {}): PlanFields {
    return {
      title: f.unique("Action plan for MedTech SMEs "),
      language: "sv",
      generalInformation: "Region Stockholm tar fram handlingsplanen tillsammans med KTH.",
      generalInformationEn: "Region Stockholm writes the plan together with KTH.",
      policyContext: "RUFS 2050 saknar en väg för små företag in i vården.",
      policyContextEn: "RUFS 2050 lacks a path for small companies into healthcare.",
      actionsSummaryEn: "Two actions: speed dating and a pilot fund.",
      ...o,
    };
  }

  function actionInput(o: Partial<ActionInput> = {}): ActionInput {
    return {
      title: f.unique("Speed dating between clinics and companies "),
      background: "Inspired by the Lombardy study visit.",
      activities: "Twice a year clinical departments present needs to companies.",
      players: "Region Stockholm, Karolinska, MedTech SMEs",
      startDate: "2026-09-01",
      endDate: "2027-12-31",
      estimatedCostEur: "120000.00",
      fundingSources: "ERDF regional programme",
      status: "planned",
      summaryEn: "Speed dating twice a year.",
      ...o,
    };
  }

  async function newAction(actionPlanId: string, o: Partial<ActionInput> & { by?: string } = {}) {
    const { by, ...fields } = o;
    return createAction(await projectCtxFor(by ?? lead()), {
      ...actionInput(fields),
      actionPlanId,
    });
  }

  /**
   * A plan for a new instrument (Region Stockholm's by default) with `actions` actions, taken
   * to `status` by the lead coordinator.
   */
  async function newPlan(
    o: Partial<PlanFields> & {
      partnerId?: string;
      status?: ActionPlanStatus;
      actions?: number;
      by?: string;
    } = {},
  ) {
    const { partnerId = f.partnersA.se, status = "draft", actions, by, ...fields } = o;
    const instrument = await newInstrument({ partnerId });
    const ctx = await projectCtxFor(by ?? lead());
    const plan = await createPlan(ctx, {
      ...planInput(fields),
      policyInstrumentId: instrument.id,
    });
    const actionIds: string[] = [];
    const count = actions ?? (status === "draft" ? 0 : 1);
    for (let i = 0; i < count; i++) actionIds.push((await newAction(plan.id)).id);
    let version = plan.version;
    const asLead = await projectCtxFor(lead());
    const step = { actionPlanId: plan.id, note: "" };
    if (status !== "draft") version = (await submitPlan(asLead, { ...step, version })).version;
    if (status === "final") version = (await finalisePlan(asLead, { ...step, version })).version;
    return { id: plan.id, version, status, policyInstrumentId: instrument.id, actionIds };
  }

  async function newComment(
    actionPlanId: string,
    o: {
      by?: string;
      section?: ActionPlanSection;
      actionId?: string | null;
      parentId?: string | null;
      body?: string;
    } = {},
  ) {
    const ctx = await projectCtxFor(o.by ?? f.users.partner_editor.id);
    return addComment(ctx, {
      actionPlanId,
      section: o.section ?? "general_information",
      actionId: o.actionId ?? null,
      parentId: o.parentId ?? null,
      body: o.body ?? "Could the plan name the hospitals taking part?",
    });
  }

  return {
    projectCtxFor,
    instrumentInput,
    newInstrument,
    planInput,
    actionInput,
    newAction,
    newPlan,
    newComment,
  };
}
