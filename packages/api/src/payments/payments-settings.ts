import { staleVersion } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, orStale } from "../shared/versioned";

/**
 * How many days a partner may wait for money the lead partner received before the money desk
 * flags it: one of the project's budget options (finance_settings, default 30), kept by lead
 * coordinators on the payments page. It shares the options' version, so a save over options
 * changed meanwhile (here or on the budget page) is stale.
 */
export async function setWaitDays(ctx: ProjectCtx, input: { days: number; version: number }) {
  const projectId = ctx.access.projectId;
  const label = "The budget options";
  return orStale(label, () =>
    ctx.db.transaction().execute(async (trx) => {
      const saved =
        input.version === 0
          ? await trx
              .insertInto("finance_settings")
              .values({
                project_id: projectId,
                payment_wait_days: input.days,
                created_by: ctx.actor.userId,
                updated_by: ctx.actor.userId,
              })
              .returning("version")
              .executeTakeFirstOrThrow()
          : await trx
              .updateTable("finance_settings")
              .set((eb) => ({
                payment_wait_days: input.days,
                updated_by: ctx.actor.userId,
                updated_at: new Date(),
                version: eb("version", "+", 1),
              }))
              .where("project_id", "=", projectId)
              .where("version", "=", input.version)
              .returning("version")
              .executeTakeFirst();
      if (!saved) throw staleVersion(label);
      await auditChange(trx, ctx, {
        entity: "finance_settings",
        entityId: projectId,
        action: "update",
        summary: `Partners waiting more than ${input.days} days for money received are flagged`,
      });
      return { version: saved.version };
    }),
  );
}
