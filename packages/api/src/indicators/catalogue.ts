import {
  COMPUTED_KEY_UNITS,
  type Db,
  type IndicatorComputedKey,
  type IndicatorSource,
  type IndicatorUnit,
} from "@consortia/db";
import { recordAudit } from "../audit";
import { notFound, staleVersion, taken } from "../errors";
import { isUniqueViolation } from "../shared/db-errors";
import { FieldNotes } from "../shared/field-notes";
import { isTargetKey, targetProblem } from "../shared/project-targets";
import type { ProjectCtx } from "../shared/service-context";
import { shown } from "./amounts";
import { INDICATOR_UNIT_LABELS } from "./schemas";

export type IndicatorInput = {
  code: string;
  name: string;
  unit: IndicatorUnit;
  target: string | null;
  position?: number | undefined;
};
export type NewIndicatorInput = IndicatorInput & {
  source: IndicatorSource;
  computedKey: IndicatorComputedKey | null;
};

/** A live indicator of the caller's project; anything else is "not found". */
export async function loadIndicator(db: Db, projectId: string, indicatorId: string) {
  const row = await db
    .selectFrom("indicators")
    .selectAll()
    .where("id", "=", indicatorId)
    .where("project_id", "=", projectId)
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  if (!row) throw notFound("Indicator");
  return row;
}

/**
 * A computation counts in its own unit; the targets the desk and the good-practice card show
 * (good practices, learning events, peer reviews) follow their rule (shared/project-targets).
 */
function checkFields(key: IndicatorComputedKey | null, input: IndicatorInput) {
  const notes = new FieldNotes();
  if (key && COMPUTED_KEY_UNITS[key] !== input.unit)
    notes.add("unit", `This indicator counts in ${INDICATOR_UNIT_LABELS[COMPUTED_KEY_UNITS[key]]}`);
  if (key && isTargetKey(key)) {
    const problem = targetProblem(key, input.target === null ? null : Number(input.target));
    if (problem) notes.add("target", problem);
  }
  notes.throwIfAny();
}

/** Code and computation are unique among the live indicators (the indexes are the last guard). */
async function checkUnique(
  trx: Db,
  projectId: string,
  v: { code: string; computedKey: IndicatorComputedKey | null; exceptId?: string },
) {
  let q = trx
    .selectFrom("indicators")
    .select(["code", "computed_key"])
    .where("project_id", "=", projectId)
    .where("deleted_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("code", "=", v.code),
        ...(v.computedKey ? [eb("computed_key", "=", v.computedKey)] : []),
      ]),
    );
  if (v.exceptId) q = q.where("id", "!=", v.exceptId);
  const clashes = await q.execute();
  if (clashes.some((c) => c.code === v.code)) throw codeTaken(v.code);
  const same = clashes.find((c) => v.computedKey && c.computed_key === v.computedKey);
  if (same) throw taken("computedKey", `${same.code} already counts this in the catalogue`);
}

const codeTaken = (code: string) => taken("code", `${code} already exists in this catalogue`);

async function guarded<T>(code: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw isUniqueViolation(err) ? codeTaken(code) : err;
  }
}

const targetLabel = (t: string | null, unit: IndicatorUnit) =>
  t === null ? "no target" : `target ${shown(t, unit)}`;

/** A lead coordinator adds an indicator (after the standard ones, unless placed). */
export async function createIndicator(ctx: ProjectCtx, input: NewIndicatorInput) {
  const projectId = ctx.access.projectId;
  const key = input.source === "computed" ? input.computedKey : null;
  checkFields(key, input);
  return guarded(input.code, () =>
    ctx.db.transaction().execute(async (trx) => {
      await checkUnique(trx, projectId, { code: input.code, computedKey: key });
      const last = await trx
        .selectFrom("indicators")
        .select((eb) => eb.fn.max("position").as("max"))
        .where("project_id", "=", projectId)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      const row = await trx
        .insertInto("indicators")
        .values({
          project_id: projectId,
          code: input.code,
          name: input.name,
          unit: input.unit,
          target: input.target,
          source: input.source,
          computed_key: key,
          position: input.position ?? Number(last?.max ?? 0) + 1,
          created_by: ctx.actor.userId,
        })
        .returning(["id", "code", "version"])
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        projectId,
        actorId: ctx.actor.userId,
        entity: "indicator",
        entityId: row.id,
        action: "create",
        summary: `Indicator ${input.code} (${input.name}) added, ${targetLabel(input.target, input.unit)}`,
        data: { source: input.source, computedKey: key, target: input.target },
      });
      return row;
    }),
  );
}

/** Code, name, unit, target and place; the source and computation stay as created. */
export async function updateIndicator(
  ctx: ProjectCtx,
  input: IndicatorInput & { indicatorId: string; version: number },
) {
  const projectId = ctx.access.projectId;
  const before = await loadIndicator(ctx.db, projectId, input.indicatorId);
  checkFields(before.computed_key, input);
  return guarded(input.code, () =>
    ctx.db.transaction().execute(async (trx) => {
      await checkUnique(trx, projectId, {
        code: input.code,
        computedKey: before.computed_key,
        exceptId: before.id,
      });
      const row = await trx
        .updateTable("indicators")
        .set((eb) => ({
          code: input.code,
          name: input.name,
          unit: input.unit,
          target: input.target,
          position: input.position ?? before.position,
          updated_at: new Date(),
          version: eb("version", "+", 1),
        }))
        .where("id", "=", before.id)
        .where("version", "=", input.version)
        .where("deleted_at", "is", null)
        .returning(["id", "code", "version"])
        .executeTakeFirst();
      if (!row) throw staleVersion("This indicator");
      const was = targetLabel(before.target, before.unit);
      const now = targetLabel(input.target, input.unit);
      await recordAudit(trx, {
        projectId,
        actorId: ctx.actor.userId,
        entity: "indicator",
        entityId: row.id,
        action: "update",
        summary: `Indicator ${input.code} updated${was === now ? "" : ` (${was} → ${now})`}`,
        data: {
          from: { code: before.code, target: before.target },
          to: { code: input.code, target: input.target },
        },
      });
      return row;
    }),
  );
}

/** Removed from the catalogue (its entered values are kept with it, out of sight). */
export async function deleteIndicator(
  ctx: ProjectCtx,
  input: { indicatorId: string; version: number },
) {
  const projectId = ctx.access.projectId;
  const before = await loadIndicator(ctx.db, projectId, input.indicatorId);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("indicators")
      .set((eb) => ({
        deleted_at: new Date(),
        deleted_by: ctx.actor.userId,
        updated_at: new Date(),
        version: eb("version", "+", 1),
      }))
      .where("id", "=", before.id)
      .where("version", "=", input.version)
      .where("deleted_at", "is", null)
      .returning(["id", "version"])
      .executeTakeFirst();
    if (!row) throw staleVersion("This indicator");
    await recordAudit(trx, {
      projectId,
      actorId: ctx.actor.userId,
      entity: "indicator",
      entityId: row.id,
      action: "delete",
      summary: `Indicator ${before.code} (${before.name}) removed from the catalogue`,
    });
    return { id: row.id };
  });
}
