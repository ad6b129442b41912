import type { Db } from "@consortia/db";
import { sumEuros } from "../shared/money";
import type { ProjectCtx } from "../shared/service-context";

/**
 * The policy indicators of the project (DOMAIN.md):
 * - policy instruments addressed: the partners' live policy instruments;
 * - action plans developed (RCO83): live action plans that are final (of live instruments);
 * - policy instruments improved (RCR79): distinct live instruments with at least one
 *   validated improvement; `instrumentsImprovedPending` are those with an achieved
 *   improvement awaiting validation and none validated yet;
 * - funds mobilised: the sum over validated improvements, and separately over achieved ones
 *   awaiting validation, as decimal strings.
 *
 * These are partnership-level totals that the lead partner reports to the programme, so they
 * count every record of the project whoever asks: only numbers leave here, never a draft's
 * content, and every member must read the same indicator values.
 */
export async function policyCounts(ctx: ProjectCtx) {
  const { instruments, plans, improvements } = await policyIndicatorRecords(
    ctx.db,
    ctx.access.projectId,
  );
  const validated = improvements.filter((i) => i.status === "validated");
  const achieved = improvements.filter((i) => i.status === "achieved");
  const improved = new Set(validated.map((i) => i.instrumentId));
  const pending = new Set(achieved.map((i) => i.instrumentId).filter((id) => !improved.has(id)));
  return {
    policyInstrumentsAddressed: instruments.length,
    actionPlansDeveloped: plans.length,
    policyInstrumentsImproved: improved.size,
    instrumentsImprovedPending: pending.size,
    validatedImprovements: validated.length,
    achievedImprovements: achieved.length,
    fundsMobilisedEur: sumEuros(validated.map((i) => i.funds)),
    fundsAchievedEur: sumEuros(achieved.map((i) => i.funds)),
  };
}

/**
 * The records behind the policy indicators, each with its partner and the date it counts
 * from: live instruments (created), final action plans of live instruments (finalised), and
 * achieved or validated improvements of live instruments (validated on). `policyCounts`
 * totals them; the indicators module (issue 7) places them in reporting periods.
 */
export async function policyIndicatorRecords(db: Db, projectId: string) {
  const [instruments, plans, improvements] = await Promise.all([
    db
      .selectFrom("policy_instruments")
      .select(["id", "partner_id as partnerId", "created_at as createdAt"])
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .execute(),
    db
      .selectFrom("action_plans")
      .innerJoin("policy_instruments", "policy_instruments.id", "action_plans.policy_instrument_id")
      .select([
        "action_plans.id",
        "action_plans.partner_id as partnerId",
        "action_plans.finalised_at as finalisedAt",
      ])
      .where("action_plans.project_id", "=", projectId)
      .where("action_plans.deleted_at", "is", null)
      .where("action_plans.status", "=", "final")
      .where("policy_instruments.deleted_at", "is", null)
      .execute(),
    db
      .selectFrom("policy_improvements as i")
      .innerJoin("policy_instruments as pi", "pi.id", "i.policy_instrument_id")
      .select([
        "i.id",
        "i.partner_id as partnerId",
        "i.policy_instrument_id as instrumentId",
        "pi.partner_id as instrumentPartnerId",
        "i.status",
        "i.funds_mobilised_eur as funds",
        "i.validated_on as validatedOn",
      ])
      .where("i.project_id", "=", projectId)
      .where("i.deleted_at", "is", null)
      .where("pi.deleted_at", "is", null)
      .where("i.status", "in", ["achieved", "validated"])
      .execute(),
  ]);
  return { instruments, plans, improvements };
}
