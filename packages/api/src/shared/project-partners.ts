import type { Db } from "@consortia/db";
import { sql } from "kysely";
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

/** The order partners are listed in everywhere: the lead partner, the partners, then advisory
 * partners, each by short name. */
export const PARTNER_ORDER = sql`case partners.role when 'lead' then 0 when 'partner' then 1 else 2 end`;

/** The project's partners in that order, as lists, charts and reports show them. */
export function projectPartners(db: Db, projectId: string) {
  return db
    .selectFrom("partners")
    .select([
      "partners.id",
      "partners.name",
      "partners.short_name as shortName",
      "partners.country",
      "partners.role",
    ])
    .where("partners.project_id", "=", projectId)
    .orderBy(PARTNER_ORDER)
    .orderBy("partners.short_name")
    .orderBy("partners.id")
    .execute();
}

/** The active partner editors of some partners: who is reminded of a partner's duties. */
export function partnerEditors(db: Db, projectId: string, partnerIds: readonly string[]) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id", "memberships.partner_id as partnerId"])
    .where("memberships.project_id", "=", projectId)
    .where("memberships.role", "=", "partner_editor")
    .where("memberships.is_active", "=", true)
    .where("users.is_active", "=", true)
    .where("memberships.partner_id", "in", [...partnerIds])
    .execute();
}
