import type { Db } from "@consortia/db";
import { recordAudit } from "../audit";
import { staleVersion } from "../errors";
import { FieldNotes } from "./field-notes";
import type { ProjectCtx } from "./service-context";

/**
 * The targets the desk and the good-practice card show are the indicator catalogue's own
 * (the catalogue is created with the project). They are stored once, there; this is the
 * narrow way other rooms read and set them.
 */
export const TARGET_KEYS = ["good_practices", "learning_events", "peer_reviews"] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

export const isTargetKey = (key: string): key is TargetKey =>
  (TARGET_KEYS as readonly string[]).includes(key);

const NAMES: Record<TargetKey, string> = {
  good_practices: "good practices",
  learning_events: "learning events",
  peer_reviews: "peer reviews",
};

/** What a target of these counts may be: a whole number up to 1000; good practices always
 * have one (the programme sets it in the application). */
export function targetProblem(key: TargetKey, value: number | null): string | null {
  if (value === null)
    return key === "good_practices" ? "Good practices always have a target (0 or more)" : null;
  if (!Number.isInteger(value) || value < 0) return "A whole number, 0 or more";
  if (value > 1000) return "At most 1000";
  return null;
}

function targetRows(db: Db, projectId: string, keys: readonly TargetKey[]) {
  return db
    .selectFrom("indicators")
    .select(["id", "code", "computed_key as key", "target", "version"])
    .where("project_id", "=", projectId)
    .where("deleted_at", "is", null)
    .where("computed_key", "in", [...keys])
    .orderBy("position");
}

/**
 * The targets of these counts and one version for them together: the sum of the indicators'
 * versions, which grows with every change to any of them (a form opened before a change then
 * gets a conflict). A count without an indicator in the catalogue has no target.
 */
export async function readTargets<K extends TargetKey>(
  db: Db,
  projectId: string,
  keys: readonly K[],
): Promise<{ targets: Record<K, number | null>; version: number }> {
  const rows = await targetRows(db, projectId, keys).execute();
  const targets = Object.fromEntries(
    keys.map((k) => {
      const row = rows.find((r) => r.key === k);
      return [k, row?.target == null ? null : Number(row.target)];
    }),
  ) as Record<K, number | null>;
  return { targets, version: rows.reduce((sum, r) => sum + r.version, 0) };
}

/** A lead coordinator sets targets in the catalogue, guarded by the version read; audited. */
export async function writeTargets<K extends TargetKey>(
  ctx: ProjectCtx,
  values: Record<K, number | null>,
  version: number,
  field: (key: K) => string,
) {
  const keys = Object.keys(values) as K[];
  const projectId = ctx.access.projectId;
  const notes = new FieldNotes();
  for (const k of keys) {
    const problem = targetProblem(k, values[k]);
    if (problem) notes.add(field(k), problem);
  }
  notes.throwIfAny();
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await targetRows(trx, projectId, keys).forUpdate().execute();
    if (rows.reduce((sum, r) => sum + r.version, 0) !== version) throw staleVersion("The targets");
    for (const k of keys) {
      if (!rows.some((r) => r.key === k))
        notes.add(field(k), `The indicator catalogue has no indicator counting ${NAMES[k]}`);
    }
    notes.throwIfAny();
    for (const row of rows) {
      const value = values[row.key as K];
      if ((row.target === null ? null : Number(row.target)) === value) continue;
      await trx
        .updateTable("indicators")
        .set((eb) => ({
          target: value === null ? null : String(value),
          updated_at: new Date(),
          version: eb("version", "+", 1),
        }))
        .where("id", "=", row.id)
        .execute();
    }
    const shown = (v: number | null) => (v === null ? "not set" : String(v));
    await recordAudit(trx, {
      projectId,
      actorId: ctx.actor.userId,
      entity: "indicator",
      entityId: rows.length === 1 ? (rows[0]?.id ?? null) : null,
      action: "set_targets",
      summary: `Targets: ${rows.map((r) => `${r.code} ${shown(values[r.key as K])}`).join(", ")}`,
    });
    return readTargets(trx, projectId, keys);
  });
}
