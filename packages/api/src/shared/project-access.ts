import { type Actor, activeSessionQuery, actorFromSession, isSessionId } from "@consortia/auth";
import type { Database, Db, ProjectRole } from "@consortia/db";
import { type ExpressionBuilder, sql } from "kysely";
import { type RequestContext, sessionActor } from "../context";
import { DomainError } from "../errors";
import type { Role } from "./roles";

export type { Role };

export type ProjectAccess = {
  projectId: string;
  /** The caller's membership role, or null for a platform admin who is not a member. */
  role: ProjectRole | null;
  isAdmin: boolean;
  /** The partner the caller works for in this project (null for observers and admins). */
  partnerId: string | null;
  /** Lead coordinators and admins manage the whole project. */
  isLead: boolean;
  /** For a controller, the partners assigned to it (empty for everyone else). */
  controlledPartnerIds: readonly string[];
};

/**
 * The caller's access to a project, read from the database on every call so a changed role
 * or a deactivation counts at once. Not a member → NOT_FOUND (the project is not theirs to
 * see); a role not in `roles` → FORBIDDEN. Used by tRPC procedures and route handlers alike.
 */
export async function resolveProjectAccess(
  db: Db,
  actor: Actor,
  projectId: string,
  roles: readonly Role[],
): Promise<ProjectAccess> {
  const membership = await db
    .selectFrom("projects")
    .leftJoin("memberships", (j) =>
      j
        .onRef("memberships.project_id", "=", "projects.id")
        .on("memberships.user_id", "=", actor.userId)
        .on("memberships.is_active", "=", true),
    )
    .where("projects.id", "=", projectId)
    .select((eb) => ["memberships.role", "memberships.partner_id", controlledPartners(eb)])
    .executeTakeFirst();
  return accessFrom(actor, projectId, membership, roles);
}

type MembershipRow = {
  role: ProjectRole | null;
  partner_id: string | null;
  controlled: string[] | null;
};

/**
 * A controller's assigned partners, read in the membership's own statement (no extra round
 * trip): null for every other role.
 */
function controlledPartners(eb: ExpressionBuilder<Database, "memberships" | "projects">) {
  return eb
    .case()
    .when("memberships.role", "=", "controller")
    .then(
      eb
        .selectFrom("controller_assignments as ca")
        .select(sql<string[]>`coalesce(array_agg(ca.partner_id::text), '{}'::text[])`.as("ids"))
        .whereRef("ca.project_id", "=", "projects.id")
        .whereRef("ca.user_id", "=", "memberships.user_id"),
    )
    .end()
    .as("controlled");
}

/** The access rules on a membership read (undefined: no such project). */
function accessFrom(
  actor: Actor,
  projectId: string,
  membership: MembershipRow | undefined,
  roles: readonly Role[],
): ProjectAccess {
  const role = membership?.role ?? null;
  if (!membership || (!role && !actor.isAdmin)) {
    throw new DomainError("NOT_FOUND", "Project not found");
  }
  const held: Role[] = [...(role ? [role] : []), ...(actor.isAdmin ? (["admin"] as const) : [])];
  if (!held.some((r) => roles.includes(r))) {
    throw new DomainError("FORBIDDEN", "Your role in this project does not allow this");
  }
  return {
    projectId,
    role,
    isAdmin: actor.isAdmin,
    partnerId: membership.partner_id ?? null,
    isLead: actor.isAdmin || role === "lead_coordinator",
    controlledPartnerIds: membership.controlled ?? [],
  };
}

/**
 * The request's actor and their access to a project, in one statement when the request has
 * not read its session yet: the live-session rule of @consortia/auth with the project and the
 * membership joined on. Null actor: no live session (the caller answers UNAUTHORIZED).
 * Nothing is cached beyond the request, so a revoked session or a changed role counts at once.
 */
export async function resolveSessionProjectAccess(
  ctx: RequestContext,
  projectId: string,
  roles: readonly Role[],
): Promise<{ actor: Actor | null; access: ProjectAccess | null }> {
  const { db, session } = ctx;
  if (session.actor || !isSessionId(session.id)) {
    const actor = await sessionActor(ctx);
    if (!actor) return { actor, access: null };
    return { actor, access: await resolveProjectAccess(db, actor, projectId, roles) };
  }
  const sessionId = session.id;
  const read = activeSessionQuery(db, sessionId)
    .leftJoin("projects", (j) => j.on("projects.id", "=", projectId))
    .leftJoin("memberships", (j) =>
      j
        .onRef("memberships.project_id", "=", "projects.id")
        .onRef("memberships.user_id", "=", "users.id")
        .on("memberships.is_active", "=", true),
    )
    .select((eb) => [
      "projects.id as project_id",
      "memberships.role",
      "memberships.partner_id",
      controlledPartners(eb),
    ])
    .executeTakeFirst()
    .then(async (row) => ({ row, actor: row ? await actorFromSession(db, sessionId, row) : null }));
  session.actor = read.then((r) => r.actor);
  const { row, actor } = await read;
  if (!row || !actor) return { actor: null, access: null };
  const membership = row.project_id
    ? { role: row.role, partner_id: row.partner_id, controlled: row.controlled }
    : undefined;
  return { actor, access: accessFrom(actor, projectId, membership, roles) };
}
