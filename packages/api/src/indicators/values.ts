import { recordAudit } from "../audit";
import { invalid, notFound, staleVersion } from "../errors";
import { isUniqueViolation } from "../shared/db-errors";
import { assertPeriodOpen, startedPeriod } from "../shared/project-calendar";
import type { ProjectCtx } from "../shared/service-context";
import { shown } from "./amounts";
import { loadIndicator } from "./catalogue";
import { checkWhole } from "./schemas";

export type ValueInput = {
  indicatorId: string;
  periodNumber: number;
  value: string;
  justification: string;
  version?: number | undefined;
};

/**
 * A lead coordinator enters one period's value: the value of a manual indicator, or an
 * override of a computed one (shown as such, with its justification, instead of the computed
 * value). The period's first value is entered without a version; a later change names the
 * version it was based on.
 */
export async function setValue(ctx: ProjectCtx, input: ValueInput, now: Date) {
  const projectId = ctx.access.projectId;
  const indicator = await loadIndicator(ctx.db, projectId, input.indicatorId);
  await startedPeriod(ctx, input.periodNumber, now);
  const whole = checkWhole(indicator.unit, input.value);
  if (whole) throw invalid("Some fields need attention", { value: [whole] });
  const justification = input.justification.trim();
  if (!justification)
    throw invalid("Some fields need attention", {
      justification: ["Give a justification: where does this number come from?"],
    });
  const override = indicator.source === "computed";
  const values = { value: input.value, justification, updated_by: ctx.actor.userId };
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await assertPeriodOpen(trx, projectId, input.periodNumber, "indicator values");
      const existing = await trx
        .selectFrom("indicator_values")
        .select(["id", "version"])
        .where("indicator_id", "=", indicator.id)
        .where("period_number", "=", input.periodNumber)
        .executeTakeFirst();
      if (existing ? existing.version !== input.version : input.version !== undefined)
        throw staleVersion("This value");
      const columns = ["id", "version", "period_number as periodNumber"] as const;
      const row = existing
        ? await trx
            .updateTable("indicator_values")
            .set((eb) => ({ ...values, updated_at: new Date(), version: eb("version", "+", 1) }))
            .where("id", "=", existing.id)
            .where("version", "=", existing.version)
            .returning(columns)
            .executeTakeFirst()
        : await trx
            .insertInto("indicator_values")
            .values({
              ...values,
              project_id: projectId,
              indicator_id: indicator.id,
              period_number: input.periodNumber,
              created_by: ctx.actor.userId,
            })
            .returning(columns)
            .executeTakeFirst();
      if (!row) throw staleVersion("This value");
      await recordAudit(trx, {
        projectId,
        actorId: ctx.actor.userId,
        entity: "indicator_value",
        entityId: row.id,
        action: override ? "override" : "set_value",
        summary: `${indicator.code} in period ${input.periodNumber}: ${shown(input.value, indicator.unit)}${override ? " (overrides the computed value)" : ""} — ${justification}`,
        data: {
          indicatorId: indicator.id,
          periodNumber: input.periodNumber,
          value: input.value,
          justification,
        },
      });
      return row;
    });
  } catch (err) {
    // Two first values for the same period at once: the second is based on nothing current.
    if (isUniqueViolation(err)) throw staleVersion("This value");
    throw err;
  }
}

/**
 * Removes a period's entered value: a computed indicator shows its computed value again; a
 * manual one has no value for the period.
 */
export async function clearOverride(
  ctx: ProjectCtx,
  input: { indicatorId: string; periodNumber: number; version: number },
) {
  const projectId = ctx.access.projectId;
  const indicator = await loadIndicator(ctx.db, projectId, input.indicatorId);
  return ctx.db.transaction().execute(async (trx) => {
    await assertPeriodOpen(trx, projectId, input.periodNumber, "indicator values");
    const existing = await trx
      .selectFrom("indicator_values")
      .select(["id", "version", "value"])
      .where("indicator_id", "=", indicator.id)
      .where("period_number", "=", input.periodNumber)
      .executeTakeFirst();
    if (!existing) throw notFound("Value");
    const gone = await trx
      .deleteFrom("indicator_values")
      .where("id", "=", existing.id)
      .where("version", "=", input.version)
      .returning("id")
      .executeTakeFirst();
    if (!gone) throw staleVersion("This value");
    await recordAudit(trx, {
      projectId,
      actorId: ctx.actor.userId,
      entity: "indicator_value",
      entityId: existing.id,
      action: indicator.source === "computed" ? "clear_override" : "clear_value",
      summary:
        indicator.source === "computed"
          ? `${indicator.code} in period ${input.periodNumber}: override removed, the computed value counts again`
          : `${indicator.code} in period ${input.periodNumber}: value ${shown(existing.value, indicator.unit)} removed`,
      data: { indicatorId: indicator.id, periodNumber: input.periodNumber, value: existing.value },
    });
    return { indicatorId: indicator.id, periodNumber: input.periodNumber };
  });
}
