import type { Db } from "@consortia/db";
import { notFound } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { type PlanFrame, planFrame } from "./budget-cells";
import { budgetDifference, MAJOR_REASON_LABELS } from "./budget-change-diff";
import { budgetLines, completePlan, totalsBy } from "./budget-read";
import { CATEGORY_LABELS } from "./budget-schemas";
import { sumCents } from "./rules";

/**
 * Reading budget versions (issue 19, "budget change"): every version stays readable, the
 * draft change is compared with the latest approved version (the one in force, or about to
 * be), and the major changes approved so far are counted.
 */

function versionRows(db: Db, projectId: string) {
  return db
    .selectFrom("budget_versions as v")
    .leftJoin("users as u", "u.id", "v.approved_by")
    .select([
      "v.id",
      "v.number",
      "v.status",
      "v.version",
      "v.note",
      "v.approved_at as approvedAt",
      "u.name as approvedBy",
      "v.in_force_from as inForceFrom",
      "v.major_change as majorChange",
    ])
    .where("v.project_id", "=", projectId)
    .orderBy("v.number", "desc")
    .execute();
}

export type VersionSummary = Awaited<ReturnType<typeof versionRows>>[number];

/** The latest approved version: what a change is drafted from and compared with. */
export const latestApproved = (versions: readonly VersionSummary[]) =>
  versions.find((v) => v.status === "approved");

const planOf = async (db: Db, frame: PlanFrame, id?: string) =>
  id ? completePlan(frame.options, await budgetLines(db, id)) : [];

/** Every version with its total (flat rates included), newest first. */
export async function listVersions(ctx: ProjectCtx) {
  const projectId = ctx.access.projectId;
  const [frame, versions] = await Promise.all([
    planFrame(ctx.db, projectId),
    versionRows(ctx.db, projectId),
  ]);
  const totals = await Promise.all(
    versions.map(async (v) =>
      sumCents((await planOf(ctx.db, frame, v.id)).map((l) => l.amountCents)),
    ),
  );
  const draft = versions.find((v) => v.status === "draft");
  const base = latestApproved(versions);
  return {
    versions: versions.map((v, i) => ({ ...v, totalCents: totals[i] ?? 0 })),
    majorChanges: versions.filter((v) => v.majorChange).length,
    can: {
      draftChange: ctx.access.isLead && !draft && base !== undefined,
      editDraft: ctx.access.isLead && draft !== undefined && draft.number > 1,
    },
  };
}

/** One version as it was approved (or the draft as it stands), with its totals. */
export async function readVersion(ctx: ProjectCtx, input: { number: number }) {
  const projectId = ctx.access.projectId;
  const [frame, versions] = await Promise.all([
    planFrame(ctx.db, projectId),
    versionRows(ctx.db, projectId),
  ]);
  const v = versions.find((x) => x.number === input.number);
  if (!v) throw notFound("Budget version");
  const lines = await planOf(ctx.db, frame, v.id);
  const record = <K extends string | number>(m: Map<K, number>) =>
    Object.fromEntries(m) as Record<string, number>;
  return {
    version: v,
    partners: frame.partners,
    periods: frame.periods,
    categories: frame.options.categories
      .filter((c) => c.inUse)
      .map((c) => ({ category: c.category, label: CATEGORY_LABELS[c.category] })),
    lines,
    totals: {
      project: sumCents(lines.map((l) => l.amountCents)),
      byPartner: record(totalsBy(lines, (l) => l.partnerId)),
      byPartnerCategory: record(totalsBy(lines, (l) => `${l.partnerId}|${l.category}`)),
    },
  };
}

/** The draft change against the latest approved version; null when no change is drafted. */
export async function draftDifference(db: Db, projectId: string, known?: PlanFrame) {
  const [frame, versions] = await Promise.all([
    known ?? planFrame(db, projectId),
    versionRows(db, projectId),
  ]);
  const draft = versions.find((v) => v.status === "draft");
  const base = latestApproved(versions);
  if (!draft || !base) return null;
  const [before, after] = await Promise.all([
    planOf(db, frame, base.id),
    planOf(db, frame, draft.id),
  ]);
  const majorChanges = versions.filter((v) => v.majorChange).length;
  const difference = budgetDifference(
    before,
    after,
    frame.options.flexibilityPercent,
    frame.partners.map((p) => p.id),
  );
  return {
    draft,
    base,
    flexibilityPercent: frame.options.flexibilityPercent,
    majorChanges,
    /** A formal change is normally made once in a project's life. */
    secondMajorChange: difference.major.needed && majorChanges >= 1,
    ...difference,
  };
}

/** The difference as the page shows it, with the partners' and categories' names. */
export async function readDifference(ctx: ProjectCtx) {
  const projectId = ctx.access.projectId;
  const frame = await planFrame(ctx.db, projectId);
  const diff = await draftDifference(ctx.db, projectId, frame);
  return {
    difference: diff,
    majorReasons: diff?.major.reasons.map((r) => MAJOR_REASON_LABELS[r]) ?? [],
    partners: frame.partners,
    categories: frame.options.categories
      .filter((c) => c.inUse)
      .map((c) => ({ category: c.category, label: CATEGORY_LABELS[c.category] })),
    can: { approve: ctx.access.isLead && diff !== null },
  };
}
