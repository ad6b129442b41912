import { COST_CATEGORIES, type Db } from "@consortia/db";
import { invalid, staleVersion } from "../errors";
import { FieldNotes } from "../shared/field-notes";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, orStale } from "../shared/versioned";
import { financeOptions, trimRate } from "./budget-read";
import { CATEGORY_LABELS } from "./budget-schemas";
import type { CategoryRule } from "./rules";

/** The project's budget options as the page shows them, with what the caller may change. */
export async function readOptions(ctx: ProjectCtx) {
  const [options, locked] = await Promise.all([
    financeOptions(ctx.db, ctx.access.projectId),
    hasApprovedBudget(ctx.db, ctx.access.projectId),
  ]);
  return {
    ...options,
    /** Categories and flat rates are locked once a budget version is approved. */
    categoriesLocked: locked,
    can: { edit: ctx.access.isLead },
  };
}

export async function hasApprovedBudget(db: Db, projectId: string) {
  const row = await db
    .selectFrom("budget_versions")
    .select("id")
    .where("project_id", "=", projectId)
    .where("status", "=", "approved")
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export type OptionsInput = {
  categories: CategoryRule[];
  amberPercent: number;
  redPercent: number;
  flexibilityPercent: number;
  version: number;
};

/** Every category once, in the programme's order (a category left out is not in use). */
function normalise(rules: readonly CategoryRule[]): CategoryRule[] {
  const byCategory = new Map(rules.map((r) => [r.category, r]));
  return COST_CATEGORIES.map((category) => {
    const r = byCategory.get(category);
    if (!r?.inUse) return { category, inUse: false, flatRatePercent: null, flatRateBase: null };
    return {
      category,
      inUse: true,
      flatRatePercent: r.flatRatePercent === null ? null : trimRate(r.flatRatePercent),
      flatRateBase: r.flatRatePercent === null ? null : r.flatRateBase,
    };
  });
}

function checkRules(input: OptionsInput, rules: readonly CategoryRule[]) {
  const notes = new FieldNotes();
  const seen = new Set<string>();
  input.categories.forEach((r, i) => {
    if (seen.has(r.category))
      notes.add(`categories.${i}.category`, "This category is listed twice");
    seen.add(r.category);
  });
  const byCategory = new Map(rules.map((r) => [r.category, r]));
  rules.forEach((r, i) => {
    if (!r.inUse || r.flatRatePercent === null) return;
    const field = `categories.${i}.flatRateBase`;
    const base = r.flatRateBase ? byCategory.get(r.flatRateBase) : undefined;
    const name = CATEGORY_LABELS[r.category];
    if (!base) notes.add(field, `${name}: choose the category its flat rate is computed on`);
    else if (base.category === r.category)
      notes.add(field, `${name} cannot be a flat rate of itself`);
    else if (!base.inUse)
      notes.add(field, `${name}: its base, ${CATEGORY_LABELS[base.category]}, is not in use`);
    else if (base.flatRatePercent !== null)
      notes.add(field, `${name}: its base must be a real-cost category, not another flat rate`);
  });
  if (!rules.some((r) => r.inUse && r.flatRatePercent === null))
    notes.add("categories", "Use at least one real-cost category");
  if (input.redPercent > input.amberPercent)
    notes.add("redPercent", "The red threshold must be at most the amber threshold");
  notes.throwIfAny();
}

const sameRules = (a: readonly CategoryRule[], b: readonly CategoryRule[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * A lead coordinator saves the budget options. Thresholds and flexibility may change at any
 * time; the categories and flat rates no longer once a budget version is approved (the
 * approved budget was computed with them).
 */
export async function saveOptions(ctx: ProjectCtx, input: OptionsInput) {
  const projectId = ctx.access.projectId;
  const rules = normalise(input.categories);
  checkRules(input, rules);
  const label = "The budget options";
  return orStale(label, () =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await financeOptions(trx, projectId);
      if (current.version !== input.version) throw staleVersion(label);
      const rulesChanged = !sameRules(rules, current.categories);
      if (rulesChanged && (await hasApprovedBudget(trx, projectId)))
        throw invalid("The budget is approved: its categories and flat rates are locked", {
          categories: [
            "Categories and flat rates can no longer change once a budget version is approved; thresholds and flexibility still can",
          ],
        });
      const values = {
        amber_percent: input.amberPercent,
        red_percent: input.redPercent,
        flexibility_percent: input.flexibilityPercent,
        updated_by: ctx.actor.userId,
      };
      const saved =
        input.version === 0
          ? await trx
              .insertInto("finance_settings")
              .values({ ...values, project_id: projectId, created_by: ctx.actor.userId })
              .returning("version")
              .executeTakeFirstOrThrow()
          : await trx
              .updateTable("finance_settings")
              .set((eb) => ({ ...values, updated_at: new Date(), version: eb("version", "+", 1) }))
              .where("project_id", "=", projectId)
              .where("version", "=", input.version)
              .returning("version")
              .executeTakeFirst();
      if (!saved) throw staleVersion(label);
      if (rulesChanged || input.version === 0) {
        await trx.deleteFrom("finance_categories").where("project_id", "=", projectId).execute();
        await trx
          .insertInto("finance_categories")
          .values(
            rules.map((r) => ({
              project_id: projectId,
              category: r.category,
              in_use: r.inUse,
              flat_rate_percent: r.flatRatePercent,
              flat_rate_base: r.flatRateBase,
            })),
          )
          .execute();
      }
      await auditChange(trx, ctx, {
        entity: "finance_settings",
        entityId: projectId,
        action: "update",
        summary: `Budget options saved: ${rules
          .filter((r) => r.inUse)
          .map((r) =>
            r.flatRatePercent === null
              ? CATEGORY_LABELS[r.category]
              : `${CATEGORY_LABELS[r.category]} ${r.flatRatePercent} % of ${CATEGORY_LABELS[r.flatRateBase ?? "staff"]}`,
          )
          .join(
            ", ",
          )}; amber ${input.amberPercent} %, red ${input.redPercent} %, flexibility ${input.flexibilityPercent} %`,
      });
      return { version: saved.version };
    }),
  );
}
