import type { Db } from "@consortia/db";
import { conflict, invalid, staleVersion } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { checkLines, planFrame, realCategories } from "./budget-cells";
import {
  type BudgetLine,
  budgetLines,
  completePlan,
  financeOptions,
  totalsBy,
} from "./budget-read";
import { CATEGORY_LABELS } from "./budget-schemas";
import { formatCents, sumCents } from "./rules";

/**
 * The spending plan (issue 18, "Budget"): amounts per partner × real-cost category ×
 * reporting period in a budget version; flat-rate categories computed, never typed. The lead
 * coordinator fills the draft (by hand or by importing the template) and approves it as
 * version 1, which is locked from then on (later versions come from approved changes, part 2).
 */

type VersionRow = {
  id: string;
  number: number;
  status: "draft" | "approved";
  version: number;
  approvedAt: Date | null;
  inForceFrom: string | null;
};

async function versionsOf(db: Db, projectId: string): Promise<VersionRow[]> {
  return db
    .selectFrom("budget_versions")
    .select([
      "id",
      "number",
      "status",
      "version",
      "approved_at as approvedAt",
      "in_force_from as inForceFrom",
    ])
    .where("project_id", "=", projectId)
    .orderBy("number", "desc")
    .execute();
}

const shown = (v: VersionRow | undefined) => v ?? null;

/** The draft, or else the latest version, with its plan computed and its totals. */
export async function getBudget(ctx: ProjectCtx) {
  const projectId = ctx.access.projectId;
  const [frame, versions, lumpSums] = await Promise.all([
    planFrame(ctx.db, projectId),
    versionsOf(ctx.db, projectId),
    ctx.db
      .selectFrom("partner_finance")
      .select(["partner_id", "lump_sum_cents"])
      .where("project_id", "=", projectId)
      .execute(),
  ]);
  const current = versions.find((v) => v.status === "draft") ?? versions[0];
  const lines = completePlan(frame.options, current ? await budgetLines(ctx.db, current.id) : []);
  const real = new Set(realCategories(frame.options));
  const record = <K extends string | number>(m: Map<K, number>) =>
    Object.fromEntries(m) as Record<string, number>;
  const editable = ctx.access.isLead && (current === undefined || current.status === "draft");
  return {
    version: shown(current),
    versions,
    periods: frame.periods,
    partners: frame.partners,
    categories: frame.options.categories
      .filter((c) => c.inUse)
      .map((c) => ({ ...c, label: CATEGORY_LABELS[c.category], computed: !real.has(c.category) })),
    lines: lines.map((l) => ({ ...l, computed: !real.has(l.category) })),
    totals: {
      project: sumCents(lines.map((l) => l.amountCents)),
      byPartner: record(totalsBy(lines, (l) => l.partnerId)),
      byCategory: record(totalsBy(lines, (l) => l.category)),
      byPeriod: record(totalsBy(lines, (l) => l.periodNumber)),
      byPartnerCategory: record(totalsBy(lines, (l) => `${l.partnerId}|${l.category}`)),
      byPartnerPeriod: record(totalsBy(lines, (l) => `${l.partnerId}|${l.periodNumber}`)),
    },
    /** Preparation lump sums: paid once, not a cost category, outside the plan's totals. */
    lumpSums: Object.fromEntries(lumpSums.map((l) => [l.partner_id, l.lump_sum_cents])),
    lumpSumsTotal: sumCents(lumpSums.map((l) => l.lump_sum_cents)),
    // A later version is a budget change: approved with its date and justification instead.
    can: { edit: editable, approve: editable && current !== undefined && current.number === 1 },
  };
}

const LABEL = "The budget draft";

/**
 * Runs `change` on the project's draft over the version the caller read (0: no budget yet,
 * the draft is created as version 1), counts the draft's version up and records the audit
 * entry, all in one transaction. An approved budget is never changed here.
 */
export async function changeDraft(
  ctx: ProjectCtx,
  baseVersion: number,
  summary: string,
  change: (db: Db, draftId: string) => Promise<void>,
) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    const versions = await trx
      .selectFrom("budget_versions")
      .select(["id", "status", "version"])
      .where("project_id", "=", projectId)
      .forUpdate()
      .execute();
    const draft = versions.find((v) => v.status === "draft");
    if (!draft && versions.length)
      throw conflict(
        "The budget is approved and locked; a change of the budget comes as a new version",
      );
    if ((draft?.version ?? 0) !== baseVersion) throw staleVersion(LABEL);
    const saved = draft
      ? await trx
          .updateTable("budget_versions")
          .set((eb) => ({
            updated_by: ctx.actor.userId,
            updated_at: new Date(),
            version: eb("version", "+", 1),
          }))
          .where("id", "=", draft.id)
          .where("version", "=", baseVersion)
          .returning(["id", "version"])
          .executeTakeFirst()
      : await trx
          .insertInto("budget_versions")
          .values({
            project_id: projectId,
            number: 1,
            created_by: ctx.actor.userId,
            updated_by: ctx.actor.userId,
          })
          .returning(["id", "version"])
          .executeTakeFirst();
    if (!saved) throw staleVersion(LABEL);
    await change(trx, saved.id);
    await auditChange(trx, ctx, {
      entity: "budget_version",
      entityId: saved.id,
      action: "update",
      summary,
    });
    return { versionId: saved.id, version: saved.version };
  });
}

/** The lead coordinator sets cells of the draft (0 empties a cell). */
export async function saveLines(ctx: ProjectCtx, input: { lines: BudgetLine[]; version: number }) {
  const frame = await planFrame(ctx.db, ctx.access.projectId);
  checkLines(frame, input.lines);
  const summary = `Budget draft: ${input.lines.length} cell(s) set, EUR ${formatCents(sumCents(input.lines.map((l) => l.amountCents)))} in all`;
  return changeDraft(ctx, input.version, summary, async (db, draftId) => {
    for (const l of input.lines) {
      const key = { budget_version_id: draftId, partner_id: l.partnerId, category: l.category };
      if (l.amountCents === 0) {
        await db
          .deleteFrom("budget_lines")
          .where("budget_version_id", "=", draftId)
          .where("partner_id", "=", l.partnerId)
          .where("category", "=", l.category)
          .where("period_number", "=", l.periodNumber)
          .execute();
        continue;
      }
      await db
        .insertInto("budget_lines")
        .values({ ...key, period_number: l.periodNumber, amount_cents: l.amountCents })
        .onConflict((oc) =>
          oc
            .columns(["budget_version_id", "partner_id", "category", "period_number"])
            .doUpdateSet({ amount_cents: l.amountCents }),
        )
        .execute();
    }
  });
}

/** Draft → approved version: locked from then on. An empty budget is refused. */
export async function approveBudget(ctx: ProjectCtx, input: { version: number }) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    const draft = await trx
      .selectFrom("budget_versions")
      .select(["id", "number", "version"])
      .where("project_id", "=", projectId)
      .where("status", "=", "draft")
      .forUpdate()
      .executeTakeFirst();
    if (!draft) throw conflict("There is no budget draft to approve");
    if (draft.number > 1)
      throw conflict(
        "A budget change is approved with its justification and entry-into-force date",
      );
    if (draft.version !== input.version) throw staleVersion(LABEL);
    const options = await financeOptions(trx, projectId);
    const plan = completePlan(options, await budgetLines(trx, draft.id));
    const total = sumCents(plan.map((l) => l.amountCents));
    if (total === 0)
      throw invalid("An empty budget cannot be approved", {
        version: ["Enter or import the spending plan before approving it"],
      });
    const approved = await trx
      .updateTable("budget_versions")
      .set((eb) => ({
        status: "approved",
        approved_at: new Date(),
        approved_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
        updated_at: new Date(),
        version: eb("version", "+", 1),
      }))
      .where("id", "=", draft.id)
      .where("version", "=", input.version)
      .returning(["id", "number", "version"])
      .executeTakeFirst();
    if (!approved) throw staleVersion(LABEL);
    await auditChange(trx, ctx, {
      entity: "budget_version",
      entityId: draft.id,
      action: "approve",
      summary: `Budget version ${draft.number} approved: EUR ${formatCents(total)} (flat rates included)`,
    });
    return approved;
  });
}
