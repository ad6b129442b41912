import type { Db } from "@consortia/db";
import { sql } from "kysely";
import { invalid, notFound } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { DEFAULT_ERROR_TYPES } from "./rules";

/**
 * The project's configurable list of error types a deduction names. Until the lead changes it,
 * the project uses the defaults; the first change writes them down (a read never writes).
 */

export type ErrorType = { code: string; label: string; position: number; archived: boolean };

export async function errorTypesOf(db: Db, projectId: string): Promise<ErrorType[]> {
  const rows = await db
    .selectFrom("control_error_types")
    .select(["code", "label", "position", "archived"])
    .where("project_id", "=", projectId)
    .orderBy("position")
    .orderBy("label")
    .execute();
  if (rows.length > 0) return rows;
  return DEFAULT_ERROR_TYPES.map((d, i) => ({ ...d, position: i, archived: false }));
}

/** The active error type with this code, or a field error. */
export async function activeErrorType(db: Db, projectId: string, code: string) {
  const found = (await errorTypesOf(db, projectId)).find((t) => t.code === code && !t.archived);
  if (!found) {
    const why = "Choose a type of error from the project's list";
    throw invalid(why, { errorType: [why] });
  }
  return found;
}

async function writeDefaults(db: Db, projectId: string) {
  await db
    .insertInto("control_error_types")
    .values(DEFAULT_ERROR_TYPES.map((d, i) => ({ project_id: projectId, ...d, position: i })))
    .onConflict((oc) => oc.columns(["project_id", "code"]).doNothing())
    .execute();
}

/** Adds an error type or renames one (by its code). */
export async function saveErrorType(
  ctx: ProjectCtx,
  input: { code: string; label: string; position?: number },
) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("control_error_types")
      .select("code")
      .where("project_id", "=", projectId)
      .limit(1)
      .execute();
    if (existing.length === 0) await writeDefaults(trx, projectId);
    const last = await trx
      .selectFrom("control_error_types")
      .select(sql<number>`coalesce(max(position), -1) + 1`.as("next"))
      .where("project_id", "=", projectId)
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto("control_error_types")
      .values({
        project_id: projectId,
        code: input.code,
        label: input.label,
        position: input.position ?? Number(last.next),
      })
      .onConflict((oc) =>
        oc.columns(["project_id", "code"]).doUpdateSet({
          label: input.label,
          ...(input.position === undefined ? {} : { position: input.position }),
        }),
      )
      .returning(["code", "label", "position", "archived"])
      .executeTakeFirstOrThrow();
    await auditChange(trx, ctx, {
      entity: "control_error_type",
      entityId: null,
      action: "save",
      summary: `Error type “${row.label}” (${row.code}) saved`,
      data: { code: row.code, label: row.label },
    });
    return row;
  });
}

/** Archives an error type (kept on the deductions that name it) or brings it back. */
export async function archiveErrorType(
  ctx: ProjectCtx,
  input: { code: string; archived: boolean },
) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("control_error_types")
      .select("code")
      .where("project_id", "=", projectId)
      .limit(1)
      .execute();
    if (existing.length === 0) await writeDefaults(trx, projectId);
    const row = await trx
      .updateTable("control_error_types")
      .set({ archived: input.archived })
      .where("project_id", "=", projectId)
      .where("code", "=", input.code)
      .returning(["code", "label", "position", "archived"])
      .executeTakeFirst();
    if (!row) throw notFound("Error type");
    await auditChange(trx, ctx, {
      entity: "control_error_type",
      entityId: null,
      action: input.archived ? "archive" : "restore",
      summary: `Error type “${row.label}” ${input.archived ? "archived" : "restored"}`,
      data: { code: row.code },
    });
    return row;
  });
}
