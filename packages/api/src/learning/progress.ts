import { GOOD_PRACTICE_STATUSES, type GoodPracticeStatus } from "@consortia/db";
import { projectPartners } from "../shared/project-partners";
import { readTargets, writeTargets } from "../shared/project-targets";
import type { ProjectCtx } from "../shared/service-context";
import { COUNTED_STATUSES } from "./access";

const counts = (s: GoodPracticeStatus) => COUNTED_STATUSES.includes(s);
const pending = (s: GoodPracticeStatus) => s === "submitted" || s === "approved";

/**
 * Validated practices (the indicator "good practices identified") against the project's
 * target, by partner and by theme, for the chart on the project home. Only counts leave
 * here, so drafts are counted without being shown.
 */
export async function practiceProgress(ctx: ProjectCtx) {
  const projectId = ctx.access.projectId;
  const [goal, partners, practices] = await Promise.all([
    readTargets(ctx.db, projectId, ["good_practices"]),
    projectPartners(ctx.db, projectId),
    ctx.db
      .selectFrom("good_practices")
      .select(["owner_partner_id", "status", "themes"])
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .execute(),
  ]);
  const validated = practices.filter((p) => counts(p.status)).length;
  const byStatus = Object.fromEntries(
    GOOD_PRACTICE_STATUSES.map((s) => [s, practices.filter((p) => p.status === s).length]),
  ) as Record<GoodPracticeStatus, number>;
  const byPartner = partners.map((partner) => {
    const own = practices.filter((p) => p.owner_partner_id === partner.id);
    return {
      partnerId: partner.id,
      partnerName: partner.shortName,
      country: partner.country,
      validated: own.filter((p) => counts(p.status)).length,
      pending: own.filter((p) => pending(p.status)).length,
      total: own.length,
    };
  });
  const themes = new Map<string, { validated: number; pending: number }>();
  for (const p of practices) {
    for (const theme of p.themes) {
      const t = themes.get(theme) ?? { validated: 0, pending: 0 };
      if (counts(p.status)) t.validated++;
      if (pending(p.status)) t.pending++;
      themes.set(theme, t);
    }
  }
  const byTheme = [...themes.entries()]
    .map(([theme, t]) => ({ theme, ...t }))
    .filter((t) => t.validated + t.pending > 0)
    .sort(
      (a, b) => b.validated - a.validated || b.pending - a.pending || (a.theme < b.theme ? -1 : 1),
    );
  const target = goal.targets.good_practices;
  return {
    target,
    /** The version of the target, sent back when it is changed. */
    targetVersion: goal.version,
    validated,
    remaining: target === null ? null : Math.max(0, target - validated),
    byStatus,
    byPartner,
    byTheme,
  };
}

/** The target for validated good practices, in the indicator catalogue (its version guards it). */
export async function setPracticeTarget(
  ctx: ProjectCtx,
  input: { target: number; version: number },
) {
  const saved = await writeTargets(
    ctx,
    { good_practices: input.target },
    input.version,
    () => "target",
  );
  return { target: saved.targets.good_practices, version: saved.version };
}
