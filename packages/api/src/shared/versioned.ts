import type { Database, Db } from "@consortia/db";
import type {
  Insertable,
  Kysely,
  Selectable,
  SelectExpression,
  Selection,
  Updateable,
} from "kysely";
import { type AuditInput, recordAudit } from "../audit";
import { staleVersion } from "../errors";
import { orTaken } from "./db-errors";
import type { ProjectCtx } from "./service-context";

/**
 * Records that people edit carry a version; a save names the version it was based on and a
 * stale one is refused (STYLE.md item 6). These helpers write that rule once: the
 * compare-and-set update, the soft delete, and the audit entry of the caller's change.
 */

/** The audit entry of the caller's change in the project (the context gives project and actor). */
export type ChangeAudit = Omit<AuditInput, "projectId" | "actorId">;

/** Records the caller's change in the project's audit log, in the change's transaction. */
export function auditChange(db: Db, ctx: ProjectCtx, entry: ChangeAudit) {
  return recordAudit(db, { projectId: ctx.access.projectId, actorId: ctx.actor.userId, ...entry });
}

/** The tables whose rows carry an id and a version. */
export type VersionedTable = {
  [T in keyof Database]: Database[T] extends { id: unknown; version: unknown } ? T : never;
}[keyof Database];

/** The versioned tables whose rows are soft-deleted (kept, marked deleted, by whom). */
export type SoftDeletedTable = {
  [T in VersionedTable]: Database[T] extends { deleted_at: unknown; deleted_by: unknown }
    ? T
    : never;
}[VersionedTable];

type Row<T extends VersionedTable> = Selectable<Database[T]>;

/** Which row, at which version, and what a stale save is called ("This action plan"). */
export type VersionedTarget = {
  id: string;
  version: number;
  label: string;
  /** Only while the row is in one of these statuses. */
  status?: readonly string[];
  /** Only while the row is not (soft-)deleted. */
  live?: boolean;
  /** Only a row of this project (where the id alone is not checked against it beforehand). */
  projectId?: string;
};

/** The columns every versioned table has, as the one view the helpers below query through. */
type VersionedView = {
  versioned: {
    id: string;
    project_id: string;
    version: number;
    status: string;
    deleted_at: Date | null;
    deleted_by: string | null;
  };
};

function guarded(db: Db, table: VersionedTable, target: VersionedTarget) {
  // Kysely cannot resolve columns on a table chosen by a type parameter, so the query runs
  // through a view of the columns every versioned table shares; the callers' types stay exact.
  const view = db as unknown as Kysely<VersionedView>;
  let q = view
    .updateTable(table as unknown as "versioned")
    .where("id", "=", target.id)
    .where("version", "=", target.version);
  if (target.projectId) q = q.where("project_id", "=", target.projectId);
  if (target.status) q = q.where("status", "in", [...target.status]);
  if (target.live) q = q.where("deleted_at", "is", null);
  return q;
}

/**
 * Saves `set` over the version the caller read and counts one version up; returns the
 * `returning` columns (all without it), or refuses a stale save (changed, deleted or moved
 * on meanwhile).
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Db,
  table: T,
  target: VersionedTarget,
  set: Updateable<Database[T]>,
): Promise<Row<T>>;
export async function updateVersioned<
  T extends VersionedTable,
  SE extends SelectExpression<Database, T> & string,
>(
  db: Db,
  table: T,
  target: VersionedTarget,
  set: Updateable<Database[T]>,
  returning: readonly SE[],
): Promise<Selection<Database, T, SE>>;
export async function updateVersioned(
  db: Db,
  table: VersionedTable,
  target: VersionedTarget,
  set: object,
  returning?: readonly string[],
) {
  const q = guarded(db, table, target).set((eb) => ({
    ...set,
    version: eb("version", "+", 1),
  }));
  const row = await (returning
    ? q.returning(returning as readonly "id"[])
    : q.returningAll()
  ).executeTakeFirst();
  if (!row) throw staleVersion(target.label);
  return row;
}

/**
 * Soft-deletes a live record over the version the caller read and records the deletion;
 * a stale or concurrent delete is refused.
 */
export async function softDelete(
  db: Db,
  ctx: ProjectCtx,
  table: SoftDeletedTable,
  target: VersionedTarget,
  audit: { entity: string; summary: string },
) {
  const row = await guarded(db, table, { ...target, live: true })
    .set((eb) => ({
      deleted_at: new Date(),
      deleted_by: ctx.actor.userId,
      version: eb("version", "+", 1),
    }))
    .returning("id")
    .executeTakeFirst();
  if (!row) throw staleVersion(target.label);
  await auditChange(db, ctx, { ...audit, entityId: target.id, action: "delete" });
  return { id: target.id };
}

/**
 * Saves a record that its first save creates (one per key, such as a partner's contribution
 * to a period): `existing`, as the caller read it, is updated over its version (`set`), or else
 * `values` are inserted. Returns the whole row.
 */
export async function updateOrInsert<T extends VersionedTable>(
  db: Db,
  table: T,
  existing: Omit<VersionedTarget, "label"> | undefined,
  label: string,
  change: { set: Updateable<Database[T]>; values: Insertable<Database[T]> },
): Promise<Row<T>> {
  if (existing) return updateVersioned(db, table, { ...existing, label }, change.set);
  const view = db as unknown as Kysely<VersionedView>;
  const row = await view
    .insertInto(table as unknown as "versioned")
    .values(change.values as object as VersionedView["versioned"])
    .returningAll()
    .executeTakeFirst();
  if (!row) throw staleVersion(label);
  return row as unknown as Row<T>;
}

/**
 * Runs a first save; when a concurrent one created the record first, the unique index refuses
 * this one, and it is stale like any save based on nothing current.
 */
export function orStale<T>(label: string, run: () => Promise<T>): Promise<T> {
  return orTaken(run, () => staleVersion(label));
}
