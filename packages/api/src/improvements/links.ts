import type { Db } from "@consortia/db";
import { visibleGoodPractices } from "../learning";
import { FieldNotes } from "../shared/field-notes";
import type { ProjectCtx } from "../shared/service-context";

export type ImprovementRefs = {
  partnerId: string;
  policyInstrumentId: string;
  actionIds: readonly string[];
  goodPracticeIds: readonly string[];
};

/**
 * What an improvement points at must be this project's: the partner, its own live policy
 * instrument, actions of that partner's action plans, and good practices the caller can see.
 * Every problem becomes a field error; nothing is saved while any remains.
 */
export async function checkImprovementRefs(ctx: ProjectCtx, db: Db, v: ImprovementRefs) {
  const projectId = ctx.access.projectId;
  const notes = new FieldNotes();
  const [partner, instrument, actions, practices] = await Promise.all([
    db
      .selectFrom("partners")
      .select("id")
      .where("id", "=", v.partnerId)
      .where("project_id", "=", projectId)
      .executeTakeFirst(),
    db
      .selectFrom("policy_instruments")
      .select(["id", "partner_id"])
      .where("id", "=", v.policyInstrumentId)
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .executeTakeFirst(),
    v.actionIds.length
      ? db
          .selectFrom("actions")
          .innerJoin("action_plans", "action_plans.id", "actions.action_plan_id")
          .select("actions.id")
          .where("actions.id", "in", [...v.actionIds])
          .where("action_plans.project_id", "=", projectId)
          .where("action_plans.partner_id", "=", v.partnerId)
          .where("action_plans.deleted_at", "is", null)
          .execute()
      : Promise.resolve([]),
    v.goodPracticeIds.length
      ? db
          .selectFrom("good_practices")
          .select("good_practices.id")
          .where(visibleGoodPractices(ctx))
          .where("good_practices.id", "in", [...v.goodPracticeIds])
          .execute()
      : Promise.resolve([]),
  ]);
  if (!partner) notes.add("partnerId", "This partner is not part of the project");
  if (!instrument) notes.add("policyInstrumentId", "Unknown policy instrument");
  else if (instrument.partner_id !== v.partnerId)
    notes.add("policyInstrumentId", "This policy instrument belongs to another partner");
  if (actions.length < v.actionIds.length)
    notes.add("actionIds", "Link only actions of this partner's action plans in the project");
  if (practices.length < v.goodPracticeIds.length)
    notes.add("goodPracticeIds", "Unknown good practice");
  notes.throwIfAny();
}

/** Replaces an improvement's links to actions and good practices (inside the caller's transaction). */
export async function writeImprovementLinks(
  db: Db,
  projectId: string,
  improvementId: string,
  v: Pick<ImprovementRefs, "actionIds" | "goodPracticeIds">,
) {
  await db
    .deleteFrom("policy_improvement_actions")
    .where("improvement_id", "=", improvementId)
    .execute();
  await db
    .deleteFrom("policy_improvement_practices")
    .where("improvement_id", "=", improvementId)
    .execute();
  if (v.actionIds.length)
    await db
      .insertInto("policy_improvement_actions")
      .values(
        v.actionIds.map((id) => ({
          improvement_id: improvementId,
          action_id: id,
          project_id: projectId,
        })),
      )
      .execute();
  if (v.goodPracticeIds.length)
    await db
      .insertInto("policy_improvement_practices")
      .values(
        v.goodPracticeIds.map((id) => ({
          improvement_id: improvementId,
          good_practice_id: id,
          project_id: projectId,
        })),
      )
      .execute();
}

/**
 * Practice links the caller cannot see (another partner's draft, linked by a lead
 * coordinator): a save by someone who never saw them keeps them rather than dropping them.
 */
export async function hiddenPracticeLinks(ctx: ProjectCtx, db: Db, improvementId: string) {
  const rows = await db
    .selectFrom("policy_improvement_practices as l")
    .select("l.good_practice_id as id")
    .where("l.improvement_id", "=", improvementId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("good_practices")
            .select("good_practices.id")
            .where(visibleGoodPractices(ctx))
            .whereRef("good_practices.id", "=", "l.good_practice_id"),
        ),
      ),
    )
    .execute();
  return rows.map((r) => r.id);
}
