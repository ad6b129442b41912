import type { ProjectCtx } from "../shared/service-context";

export type AuditFilter = {
  actorId?: string | undefined;
  entity?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: number | undefined;
  limit: number;
};

export async function listAudit(ctx: ProjectCtx, f: AuditFilter) {
  let q = ctx.db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_id")
    .where("audit_log.project_id", "=", ctx.access.projectId)
    .select([
      "audit_log.id",
      "audit_log.at",
      "audit_log.entity",
      "audit_log.entity_id as entityId",
      "audit_log.action",
      "audit_log.summary",
      "audit_log.actor_id as actorId",
      "users.name as actorName",
    ])
    .orderBy("audit_log.id", "desc")
    .limit(f.limit + 1);
  if (f.actorId) q = q.where("audit_log.actor_id", "=", f.actorId);
  if (f.entity) q = q.where("audit_log.entity", "=", f.entity);
  if (f.from) q = q.where("audit_log.at", ">=", new Date(`${f.from}T00:00:00Z`));
  if (f.to)
    q = q.where(
      "audit_log.at",
      "<",
      new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000),
    );
  if (f.cursor) q = q.where("audit_log.id", "<", f.cursor);
  const rows = await q.execute();
  const more = rows.length > f.limit;
  const items = more ? rows.slice(0, f.limit) : rows;
  return { items, nextCursor: more ? (items.at(-1)?.id ?? null) : null };
}

/** The choices for the filters: people and entity kinds that appear in this project's log. */
export async function auditFacets(ctx: ProjectCtx) {
  const projectId = ctx.access.projectId;
  const people = await ctx.db
    .selectFrom("audit_log")
    .innerJoin("users", "users.id", "audit_log.actor_id")
    .where("audit_log.project_id", "=", projectId)
    .select(["users.id", "users.name"])
    .distinct()
    .orderBy("users.name")
    .execute();
  const entities = await ctx.db
    .selectFrom("audit_log")
    .where("project_id", "=", projectId)
    .select("entity")
    .distinct()
    .orderBy("entity")
    .execute();
  return { people, entities: entities.map((e) => e.entity) };
}
