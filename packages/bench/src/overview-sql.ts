import type pg from "pg";
import type { SqlOperation } from "./sql-load";

/**
 * The statements behind `projects.overview`, as Kysely compiles them (same text, same
 * parameters, one pooled query each, in order). Keep in step with
 * packages/api/src/projects/service.ts (getProjectOverview: one statement, its lists as JSON
 * subqueries) and packages/api/src/shared/project-access.ts (resolveSessionProjectAccess: the
 * session of packages/auth/src/session.ts and the membership, in one statement).
 */
export const OVERVIEW_SQL = {
  overview:
    `select "projects"."id", "projects"."acronym", "projects"."title", ` +
    `"projects"."programme", "projects"."description", "projects"."start_date" as ` +
    `"startDate", "projects"."end_date" as "endDate", "projects"."core_phase_end" as ` +
    `"corePhaseEnd", "projects"."version", (select coalesce(json_agg(agg), '[]') from (select ` +
    `"partners"."id", "partners"."name", "partners"."short_name" as "shortName", ` +
    `"partners"."country", "partners"."nuts_code" as "nutsCode", "partners"."region_name" as ` +
    `"regionName", "partners"."role", "partners"."type", count("users"."id") as "memberCount" ` +
    `from "partners" left join "memberships" on "memberships"."partner_id" = "partners"."id" ` +
    `and "memberships"."is_active" = $1 left join "users" on "users"."id" = ` +
    `"memberships"."user_id" and "users"."is_active" = $2 where "partners"."project_id" = ` +
    `"projects"."id" group by "partners"."id" order by case partners.role when 'lead' then 0 ` +
    `when 'partner' then 1 else 2 end, "partners"."name") as agg) as "partners", (select ` +
    `coalesce(json_agg(agg), '[]') from (select "memberships"."role", count(*) as "n" from ` +
    `"memberships" inner join "users" on "users"."id" = "memberships"."user_id" where ` +
    `"memberships"."project_id" = "projects"."id" and "memberships"."is_active" = $3 and ` +
    `"users"."is_active" = $4 group by "memberships"."role") as agg) as "roles", (select ` +
    `count(*) as "n" from "invitations" where "invitations"."project_id" = "projects"."id" ` +
    `and "invitations"."accepted_at" is null and "invitations"."revoked_at" is null and ` +
    `"invitations"."expires_at" > $5) as "pendingInvitations" from "projects" where ` +
    `"projects"."id" = $6`,
} as const;

/** What a tRPC project procedure reads before the service runs: the session and the membership. */
export const REQUEST_SQL = {
  actorAndMembership:
    `select "users"."id", "users"."email", "users"."name", "users"."is_admin", ` +
    `"sessions"."last_seen_at", "projects"."id" as "project_id", "memberships"."role", ` +
    `"memberships"."partner_id" from "sessions" inner join "users" on "users"."id" = ` +
    `"sessions"."user_id" left join "projects" on "projects"."id" = $1 left join ` +
    `"memberships" on "memberships"."project_id" = "projects"."id" and ` +
    `"memberships"."user_id" = "users"."id" and "memberships"."is_active" = $2 where ` +
    `"sessions"."id" = $3 and "sessions"."revoked_at" is null and "users"."is_active" = $4 ` +
    `and "sessions"."session_version" = "users"."session_version"`,
} as const;

async function overviewStatements(pool: pg.Pool, projectId: string) {
  const project = await pool.query(OVERVIEW_SQL.overview, [
    true,
    true,
    true,
    true,
    new Date(),
    projectId,
  ]);
  if (project.rowCount !== 1) throw new Error("project not found");
}

/** getProjectOverview's own statement, for a lead coordinator (who also gets the invitation count). */
export function overviewOperation(projectId: string): SqlOperation {
  return (pool) => overviewStatements(pool, projectId);
}

/** The whole request's SQL: the session and membership check, then the overview statement. */
export function overviewRequestOperation(projectId: string, sessionId: string): SqlOperation {
  return async (pool) => {
    const actor = await pool.query(REQUEST_SQL.actorAndMembership, [
      projectId,
      true,
      sessionId,
      true,
    ]);
    if (actor.rows[0]?.role !== "lead_coordinator") throw new Error("not the project's lead");
    await overviewStatements(pool, projectId);
  };
}
