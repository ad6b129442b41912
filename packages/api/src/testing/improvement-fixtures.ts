import type {
  ActionPlanStatus,
  ActionStatus,
  PolicyImprovementStatus,
  PolicyImprovementType,
} from "@consortia/db";
import {
  achieveImprovement,
  attachImprovementEvidence,
  validateImprovement,
} from "../improvements/improvement-workflow";
import { createImprovement, type ImprovementInput } from "../improvements/improvements";
import type { ProjectCtx } from "../shared/service-context";
import type { DocumentFixtures } from "./document-fixtures";
import type { Fixtures } from "./harness";

export type ImprovementFixtures = ReturnType<typeof improvementFixtures>;

/**
 * Policy instruments, action plans, actions and inspirations are inserted as rows (their own
 * services live in policy/); improvements go through the real services and workflow.
 */
export function improvementFixtures(f: Fixtures, docs: DocumentFixtures) {
  const projectId = f.projectA.id;
  let leadCtx: Promise<ProjectCtx> | undefined;
  const asLead = () => {
    leadCtx ??= docs.projectCtxFor(f.users.lead_coordinator.id);
    return leadCtx;
  };
  const db = async () => (await asLead()).db;

  /** A policy instrument of the partner (Region Stockholm unless told); not its main one by default. */
  async function newInstrument(o: { partnerId?: string; isMain?: boolean; name?: string } = {}) {
    return (await db())
      .insertInto("policy_instruments")
      .values({
        project_id: projectId,
        partner_id: o.partnerId ?? f.partnersA.se,
        name: o.name ?? f.unique("Regional development strategy "),
        instrument_type: "regional_strategy",
        territorial_level: "regional",
        is_main: o.isMain ?? false,
        created_by: f.users.lead_coordinator.id,
      })
      .returning(["id", "partner_id as partnerId", "name"])
      .executeTakeFirstOrThrow();
  }

  /** An action plan (for a new instrument unless one is given) in the given status. */
  async function newPlan(
    o: {
      partnerId?: string;
      status?: ActionPlanStatus;
      instrumentId?: string;
      title?: string;
    } = {},
  ) {
    const partnerId = o.partnerId ?? f.partnersA.se;
    const instrumentId = o.instrumentId ?? (await newInstrument({ partnerId })).id;
    const status = o.status ?? "final";
    const now = new Date();
    const by = f.users.lead_coordinator.id;
    return (await db())
      .insertInto("action_plans")
      .values({
        project_id: projectId,
        policy_instrument_id: instrumentId,
        partner_id: partnerId,
        title: o.title ?? f.unique("Action plan "),
        status,
        submitted_at: status === "draft" ? null : now,
        submitted_by: status === "draft" ? null : by,
        finalised_at: status === "final" ? now : null,
        finalised_by: status === "final" ? by : null,
        created_by: by,
      })
      .returning([
        "id",
        "status",
        "partner_id as partnerId",
        "policy_instrument_id as instrumentId",
      ])
      .executeTakeFirstOrThrow();
  }

  let position = 0;
  async function newAction(planId: string, o: { title?: string; status?: ActionStatus } = {}) {
    return (await db())
      .insertInto("actions")
      .values({
        project_id: projectId,
        action_plan_id: planId,
        position: ++position,
        title: o.title ?? f.unique("Open hospital procurement to SMEs "),
        status: o.status ?? "in_progress",
        start_date: "2027-03-01",
        end_date: "2028-12-31",
      })
      .returning(["id", "title"])
      .executeTakeFirstOrThrow();
  }

  /** A plan in `status` with one action, for the partner. */
  async function planWithAction(o: { partnerId?: string; status?: ActionPlanStatus } = {}) {
    const plan = await newPlan(o);
    const action = await newAction(plan.id);
    return { plan, action };
  }

  /** What inspired an action: a good practice, a learning event or a recommendation. */
  async function inspire(
    actionId: string,
    target: { goodPracticeId: string } | { learningEventId: string } | { recommendationId: string },
  ) {
    const kind =
      "goodPracticeId" in target
        ? "good_practice"
        : "learningEventId" in target
          ? "learning_event"
          : "recommendation";
    await (await db())
      .insertInto("action_inspirations")
      .values({
        project_id: projectId,
        action_id: actionId,
        kind,
        good_practice_id: "goodPracticeId" in target ? target.goodPracticeId : null,
        learning_event_id: "learningEventId" in target ? target.learningEventId : null,
        recommendation_id: "recommendationId" in target ? target.recommendationId : null,
        created_by: f.users.lead_coordinator.id,
      })
      .execute();
  }

  function improvementInput(
    instrument: { id: string; partnerId: string },
    o: Partial<ImprovementInput> = {},
  ): ImprovementInput {
    return {
      partnerId: instrument.partnerId,
      policyInstrumentId: instrument.id,
      improvementType: "new_projects_funded" as PolicyImprovementType,
      title: f.unique("MedTech pilot call funded "),
      description: "The growth strategy opened a call for MedTech pilots with hospitals.",
      improvementDate: "2025-11-15",
      fundsMobilisedEur: "250000.00",
      justification: "The call copies the Stockholm speed-dating practice seen on the study visit.",
      actionIds: [],
      goodPracticeIds: [],
      ...o,
    };
  }

  /** An improvement taken to `status` by the real services (evidence attached to achieve it). */
  async function newImprovement(
    o: Partial<ImprovementInput> & {
      status?: PolicyImprovementStatus;
      instrument?: { id: string; partnerId: string };
    } = {},
  ) {
    const { status = "expected", instrument, ...fields } = o;
    const target = instrument ?? (await newInstrument());
    const lead = await asLead();
    const created = await createImprovement(lead, improvementInput(target, fields));
    let version = created.version;
    if (status !== "expected") {
      const doc = await docs.newDocument({ ownerPartnerId: target.partnerId });
      await attachImprovementEvidence(lead, { improvementId: created.id, documentIds: [doc.id] });
      version = (await achieveImprovement(lead, { improvementId: created.id, version })).version;
    }
    if (status === "validated")
      version = (
        await validateImprovement(await docs.projectCtxFor(f.users.observer.id), {
          improvementId: created.id,
          version,
          validatedOn: "2026-06-30",
        })
      ).version;
    return { id: created.id, version, status, instrument: target };
  }

  return {
    asLead,
    newInstrument,
    newPlan,
    newAction,
    planWithAction,
    inspire,
    improvementInput,
    newImprovement,
  };
}
