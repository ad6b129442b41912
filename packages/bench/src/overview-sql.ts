import type pg from "pg";
import type { SqlOperation } from "./sql-load";

/**
 * The statements behind `projects.overview`, as Kysely compiles them (same text, same
 * parameters, one pooled query each, in order). Keep in step with
 * packages/api/src/projects/service.ts (getProjectOverview), packages/api/src/trpc.ts
 * (projectProcedure) and packages/auth/src/session.ts (resolveActor).
 */
export const OVERVIEW_SQL = {
  project: `select * from "projects" where "id" = $1`,
  partners:
    `select "partners"."id", "partners"."name", "partners"."short_name", "partners"."country", ` +
    `"partners"."nuts_code", "partners"."region_name", "partners"."role", "partners"."type", ` +
    `count("memberships"."id") as "member_count" from "partners" left join "memberships" ` +
    `on "memberships"."partner_id" = "partners"."id" and "memberships"."is_active" = $1 ` +
    `where "partners"."project_id" = $2 group by "partners"."id" ` +
    `order by case partners.role when 'lead' then 0 when 'partner' then 1 else 2 end, "partners"."name"`,
  roles:
    `select "role", count(*) as "n" from "memberships" where "project_id" = $1 ` +
    `and "is_active" = $2 group by "role"`,
  pendingInvitations:
    `select count(*) as "n" from "invitations" where "project_id" = $1 ` +
    `and "accepted_at" is null and "revoked_at" is null and "expires_at" > $2`,
} as const;

/** What every tRPC project procedure reads before the service runs. */
export const REQUEST_SQL = {
  actor:
    `select "users"."id", "users"."email", "users"."name", "users"."is_admin", ` +
    `"sessions"."last_seen_at" from "sessions" inner join "users" on "users"."id" = "sessions"."user_id" ` +
    `where "sessions"."id" = $1 and "sessions"."revoked_at" is null and "users"."is_active" = $2 ` +
    `and "sessions"."session_version" = "users"."session_version"`,
  membership:
    `select "memberships"."role", "memberships"."partner_id" from "projects" left join "memberships" ` +
    `on "memberships"."project_id" = "projects"."id" and "memberships"."user_id" = $1 ` +
    `and "memberships"."is_active" = $2 where "projects"."id" = $3`,
} as const;

async function overviewStatements(pool: pg.Pool, projectId: string, isLead: boolean) {
  const project = await pool.query(OVERVIEW_SQL.project, [projectId]);
  if (project.rowCount !== 1) throw new Error("project not found");
  await pool.query(OVERVIEW_SQL.partners, [true, projectId]);
  await pool.query(OVERVIEW_SQL.roles, [projectId, true]);
  if (isLead) await pool.query(OVERVIEW_SQL.pendingInvitations, [projectId, new Date()]);
}

/** getProjectOverview's own statements, for a lead coordinator (who also gets the invitation count). */
export function overviewOperation(projectId: string): SqlOperation {
  return (pool) => overviewStatements(pool, projectId, true);
}

/** The whole request's SQL: session lookup, membership check, then the overview statements. */
export function overviewRequestOperation(
  projectId: string,
  sessionId: string,
  userId: string,
): SqlOperation {
  return async (pool) => {
    const actor = await pool.query(REQUEST_SQL.actor, [sessionId, true]);
    if (actor.rowCount !== 1) throw new Error("session not found");
    await pool.query(REQUEST_SQL.membership, [userId, true, projectId]);
    await overviewStatements(pool, projectId, true);
  };
}
