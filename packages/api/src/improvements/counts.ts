import type { ProjectCtx } from "../shared/service-context";
import { sumEuros } from "./money";

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
  const projectId = ctx.access.projectId;
  const [instruments, plans, improvements] = await Promise.all([
    ctx.db
      .selectFrom("policy_instruments")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom("action_plans")
      .innerJoin("policy_instruments", "policy_instruments.id", "action_plans.policy_instrument_id")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("action_plans.project_id", "=", projectId)
      .where("action_plans.deleted_at", "is", null)
      .where("action_plans.status", "=", "final")
      .where("policy_instruments.deleted_at", "is", null)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom("policy_improvements as i")
      .innerJoin("policy_instruments as pi", "pi.id", "i.policy_instrument_id")
      .select([
        "i.policy_instrument_id as instrumentId",
        "i.status",
        "i.funds_mobilised_eur as funds",
      ])
      .where("i.project_id", "=", projectId)
      .where("i.deleted_at", "is", null)
      .where("pi.deleted_at", "is", null)
      .where("i.status", "in", ["achieved", "validated"])
      .execute(),
  ]);
  const validated = improvements.filter((i) => i.status === "validated");
  const achieved = improvements.filter((i) => i.status === "achieved");
  const improved = new Set(validated.map((i) => i.instrumentId));
  const pending = new Set(achieved.map((i) => i.instrumentId).filter((id) => !improved.has(id)));
  return {
    policyInstrumentsAddressed: Number(instruments.n),
    actionPlansDeveloped: Number(plans.n),
    policyInstrumentsImproved: improved.size,
    instrumentsImprovedPending: pending.size,
    validatedImprovements: validated.length,
    achievedImprovements: achieved.length,
    fundsMobilisedEur: sumEuros(validated.map((i) => i.funds)),
    fundsAchievedEur: sumEuros(achieved.map((i) => i.funds)),
  };
}
