import { type ProjectAccess, type Role, STAFF_ROLES } from "../trpc";

/**
 * Who does what in the work plan:
 * - everyone in the project, observers included, reads the work plan, its history and comments
 *   (the work plan is what the partnership reports on; nothing in it is a partner's private
 *   material — attached documents keep their own visibility);
 * - lead coordinators and admins create and change the work plan and review deliverables;
 * - the responsible partner's editors start and (re)submit a deliverable; lead coordinators
 *   may do it on a partner's behalf, as they may edit any partner's documents;
 * - partner staff (viewers included) and lead coordinators comment; observers — programme
 *   officers, controllers, external experts — read the threads but do not take part.
 *   Authors edit their own comments; authors and lead coordinators delete them.
 */
export const RESPONSIBLE_ROLES: readonly Role[] = ["admin", "lead_coordinator", "partner_editor"];
export const COMMENT_ROLES: readonly Role[] = STAFF_ROLES;

/** May the caller start and submit a deliverable this partner is responsible for? */
export function canActFor(access: ProjectAccess, responsiblePartnerId: string): boolean {
  if (access.isLead) return true;
  return access.role === "partner_editor" && access.partnerId === responsiblePartnerId;
}

export function canComment(access: ProjectAccess): boolean {
  return access.isLead || (access.role !== null && access.role !== "observer");
}
