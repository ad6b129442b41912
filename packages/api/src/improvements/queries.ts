import type { PolicyImprovementStatus } from "@consortia/db";
import { notFound } from "../errors";
import { visibleImprovements } from "../policy";
import type { ProjectCtx } from "../shared/service-context";
import type { VersionedTarget } from "../shared/versioned";

/** Policy improvements the caller may read, with their partner and instrument. */
export function improvementsQuery(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("policy_improvements")
    .where(visibleImprovements(ctx))
    .innerJoin("partners as partner", "partner.id", "policy_improvements.partner_id")
    .innerJoin(
      "policy_instruments as instrument",
      "instrument.id",
      "policy_improvements.policy_instrument_id",
    );
}

/**
 * A save of an improvement as it was loaded: at the version the caller read and still in the
 * status it had then (a concurrent step or delete makes it stale).
 */
export const asLoaded = (
  i: { id: string; status: PolicyImprovementStatus },
  version: number,
): VersionedTarget => ({
  id: i.id,
  version,
  status: [i.status],
  live: true,
  label: "This policy improvement",
});

export async function loadImprovement(ctx: ProjectCtx, improvementId: string) {
  const i = await improvementsQuery(ctx)
    .select([
      "policy_improvements.id",
      "policy_improvements.title",
      "policy_improvements.partner_id",
      "policy_improvements.status",
      "policy_improvements.description",
      "policy_improvements.improvement_date",
      "policy_improvements.justification",
      "policy_improvements.version",
    ])
    .where("policy_improvements.id", "=", improvementId)
    .executeTakeFirst();
  if (!i) throw notFound("Policy improvement");
  return i as typeof i & { status: PolicyImprovementStatus };
}
