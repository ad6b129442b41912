import { conflict, invalid, staleVersion } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { MAJOR_REASON_LABELS } from "./budget-change-diff";
import { draftDifference } from "./budget-change-read";
import { formatCents } from "./rules";

/**
 * A budget change (issue 19): the lead coordinator drafts a new version from the latest
 * approved one (its cells copied), edits it with the plan editor (`budget.saveLines` works on
 * whatever draft the project has), and approves it with a justification and the date it
 * enters into force. Approved versions are locked; every version stays readable.
 */

const LABEL = "The budget change";

/** Copies the latest approved version into a new draft version. */
export async function draftChange(ctx: ProjectCtx) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    const versions = await trx
      .selectFrom("budget_versions")
      .select(["id", "number", "status"])
      .where("project_id", "=", projectId)
      .orderBy("number", "desc")
      .forUpdate()
      .execute();
    if (versions.some((v) => v.status === "draft"))
      throw conflict("A budget draft is already open: change it, approve it or discard it");
    const base = versions.find((v) => v.status === "approved");
    if (!base) throw conflict("Approve the budget before drafting a change of it");
    const number = (versions[0]?.number ?? 0) + 1;
    const draft = await trx
      .insertInto("budget_versions")
      .values({
        project_id: projectId,
        number,
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .returning(["id", "number", "version"])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("budget_lines")
      .columns(["budget_version_id", "partner_id", "category", "period_number", "amount_cents"])
      .expression((eb) =>
        eb
          .selectFrom("budget_lines")
          .select((s) => [
            s.val(draft.id).as("budget_version_id"),
            "partner_id",
            "category",
            "period_number",
            "amount_cents",
          ])
          .where("budget_version_id", "=", base.id),
      )
      .execute();
    await auditChange(trx, ctx, {
      entity: "budget_version",
      entityId: draft.id,
      action: "create",
      summary: `Budget change drafted: version ${number}, from version ${base.number}`,
    });
    return draft;
  });
}

export type ApproveChangeInput = { version: number; inForceFrom: string; note: string };

/**
 * Approves the draft change: refused when it changes nothing, when it enters into force on
 * or before the date of the version it replaces, or without a justification. Whether it was
 * a formal major change is recorded with it.
 */
export async function approveChange(ctx: ProjectCtx, input: ApproveChangeInput) {
  const projectId = ctx.access.projectId;
  const note = input.note.trim();
  if (!note)
    throw invalid("Give the justification of the change", {
      note: ["Say why the budget changes"],
    });
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await trx
      .selectFrom("budget_versions")
      .select(["id", "number", "version"])
      .where("project_id", "=", projectId)
      .where("status", "=", "draft")
      .forUpdate()
      .executeTakeFirst();
    if (!locked || locked.number === 1) throw conflict("There is no budget change to approve");
    if (locked.version !== input.version) throw staleVersion(LABEL);
    const diff = await draftDifference(trx, projectId);
    if (!diff) throw conflict("There is no budget change to approve");
    if (!diff.changed)
      throw invalid("The change is the same as the budget in force", {
        version: ["Change some cells of the plan before approving the change"],
      });
    const since = diff.base.inForceFrom;
    if (since !== null && input.inForceFrom <= since)
      throw invalid("The change must enter into force after the version it replaces", {
        inForceFrom: [`Version ${diff.base.number} is in force from ${since}: give a later date`],
      });
    const approved = await trx
      .updateTable("budget_versions")
      .set((eb) => ({
        status: "approved",
        approved_at: new Date(),
        approved_by: ctx.actor.userId,
        in_force_from: input.inForceFrom,
        note,
        major_change: diff.major.needed,
        updated_by: ctx.actor.userId,
        updated_at: new Date(),
        version: eb("version", "+", 1),
      }))
      .where("id", "=", locked.id)
      .where("version", "=", input.version)
      .returning(["id", "number", "version"])
      .executeTakeFirst();
    if (!approved) throw staleVersion(LABEL);
    const why = diff.major.reasons.map((r) => MAJOR_REASON_LABELS[r]).join("; ");
    await auditChange(trx, ctx, {
      entity: "budget_version",
      entityId: locked.id,
      action: "approve",
      summary: `Budget version ${locked.number} approved, in force from ${input.inForceFrom}: EUR ${formatCents(diff.total.afterCents)} (${diff.major.needed ? `major change: ${why}` : "within the flexibility"})`,
      data: {
        inForceFrom: input.inForceFrom,
        majorChange: diff.major.needed,
        changeCents: diff.total.changeCents,
      },
    });
    return { ...approved, majorChange: diff.major.needed };
  });
}

/** Drops the draft change (its cells with it); the version in force stays as it was. */
export async function discardChange(ctx: ProjectCtx, input: { version: number }) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    const draft = await trx
      .selectFrom("budget_versions")
      .select(["id", "number", "version"])
      .where("project_id", "=", projectId)
      .where("status", "=", "draft")
      .forUpdate()
      .executeTakeFirst();
    if (!draft || draft.number === 1) throw conflict("There is no budget change to discard");
    if (draft.version !== input.version) throw staleVersion(LABEL);
    await trx.deleteFrom("budget_versions").where("id", "=", draft.id).execute();
    await auditChange(trx, ctx, {
      entity: "budget_version",
      entityId: draft.id,
      action: "delete",
      summary: `Budget change discarded: draft version ${draft.number}`,
    });
    return { number: draft.number };
  });
}
