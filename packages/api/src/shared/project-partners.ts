import type { Db } from "@consortia/db";
import { invalid } from "../errors";
import type { FieldNotes } from "./field-notes";
import type { ProjectCtx } from "./service-context";

/** Partners of another project, or that do not exist, are "unknown" to this one. */
export async function checkPartners(
  ctx: ProjectCtx,
  db: Db,
  field: string,
  ids: readonly string[],
  notes: FieldNotes,
) {
  if (ids.length === 0) return;
  const found = await db
    .selectFrom("partners")
    .select("id")
    .where("project_id", "=", ctx.access.projectId)
    .where("id", "in", [...ids])
    .execute();
  if (found.length < new Set(ids).size) notes.add(field, "Unknown partner");
}

/** Refuses, as a field error, a partner that is not part of this project. */
export async function assertProjectPartner(
  db: Db,
  projectId: string,
  field: string,
  partnerId: string,
) {
  const p = await db
    .selectFrom("partners")
    .select(["id", "country"])
    .where("id", "=", partnerId)
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  if (!p)
    throw invalid("Unknown partner", { [field]: ["This partner is not part of the project"] });
  return p;
}
