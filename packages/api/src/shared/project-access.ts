import type { Actor } from "@consortia/auth";
import type { Db, ProjectRole } from "@consortia/db";
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
    .select(["memberships.role", "memberships.partner_id"])
    .executeTakeFirst();
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
  };
}
