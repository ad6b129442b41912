import type { ProjectRole } from "@consortia/db";

/**
 * The project roles, named once. `admin` is the platform role (it manages every project);
 * the others are held per project through a membership.
 */
export type Role = ProjectRole | "admin";

/** Everyone with access to a project: observers (programme officers) and controllers included. */
export const READ_ROLES: readonly Role[] = [
  "admin",
  "lead_coordinator",
  "partner_editor",
  "partner_viewer",
  "observer",
  "controller",
];
/** The partnership's own people: every member but observers. */
export const STAFF_ROLES: readonly Role[] = [
  "admin",
  "lead_coordinator",
  "partner_editor",
  "partner_viewer",
];
/** Who changes partner material: editors and lead coordinators (the record's partner is then
 * checked by `actsForPartner`). */
export const EDITOR_ROLES: readonly Role[] = ["admin", "lead_coordinator", "partner_editor"];
/** Who manages the whole project. */
export const LEAD_ROLES: readonly Role[] = ["admin", "lead_coordinator"];
/** Who records the programme's validation: a lead coordinator or an observer (programme officer). */
export const VALIDATOR_ROLES: readonly Role[] = ["admin", "lead_coordinator", "observer"];
/** Who does first-level control work: controllers only (for the partners assigned to them,
 * checked by `controlsPartner`); lead coordinators and admins appoint them but never control. */
export const CONTROLLER_ROLES: readonly Role[] = ["controller"];

/** The part of a caller's access the role rules read. */
export type RoleHolder = {
  role: ProjectRole | null;
  partnerId: string | null;
  /** Lead coordinators and platform admins. */
  isLead: boolean;
  /** For a controller, the partners assigned to it in this project (empty for everyone else). */
  controlledPartnerIds?: readonly string[];
};

/**
 * The one "lead, or this partner's editor" rule: lead coordinators (and admins) act for every
 * partner; a partner editor acts for its own partner only; nobody else changes partner material.
 */
export function actsForPartner(access: RoleHolder, partnerId: string | null): boolean {
  if (access.isLead) return true;
  return access.role === "partner_editor" && partnerId !== null && access.partnerId === partnerId;
}

/** Editors and lead coordinators: who may create partner material at all. */
export const isEditor = (access: RoleHolder) => access.isLead || access.role === "partner_editor";

/** Members from outside the partnership: observers and controllers. */
const OUTSIDERS: readonly (string | null)[] = ["observer", "controller"];

/** The partnership's own people (not observers, not controllers): who takes part in discussions. */
export const isStaff = (access: RoleHolder) =>
  access.isLead || (access.role !== null && !OUTSIDERS.includes(access.role));

/**
 * Observers and controllers read what the partnership shares, never a partner's private
 * material (a controller sees its own partners' financial material through `controlsPartner`).
 */
export const isObserver = (access: RoleHolder) => !access.isLead && OUTSIDERS.includes(access.role);

/** A controller assigned to this partner: sees its submitted financial reports, evidence and
 * staff-cost details, and does its control work. */
export const controlsPartner = (access: RoleHolder, partnerId: string | null) =>
  access.role === "controller" &&
  partnerId !== null &&
  (access.controlledPartnerIds ?? []).includes(partnerId);

/** Who records the programme's validation. */
export const isValidator = (access: RoleHolder) => access.isLead || access.role === "observer";

/**
 * What the caller may do in a project, for the pages: they read these flags and never compare
 * role names. Every procedure still checks its own roles; these only say what to offer.
 */
export function projectCan(access: RoleHolder) {
  const lead = access.isLead;
  const editor = isEditor(access);
  return {
    /** Project details, partners directory, members and invitations, the audit log, the trash. */
    manageProject: lead,
    /** Work packages, activities and deliverables; reviewing deliverables; reminders; targets. */
    manageWorkPlan: lead,
    /** Indicator catalogue and values, the consolidated progress report. */
    manageReporting: lead,
    /** Acting for any partner in forms (editors act for their own partner only). */
    actForAnyPartner: lead,
    /** Uploading documents, proposing learning events, drafting practices, instruments,
     * action plans and improvements (for the caller's own partner unless actForAnyPartner). */
    contribute: editor,
    /** Proposing learning events (editors and lead coordinators, for any host partner; a
     * partner viewer reads only). */
    createEvent: editor,
    /** Taking part in discussions (deliverable and action-plan comments). */
    comment: isStaff(access),
    /** Recording the programme's validation of good practices and improvements. */
    validate: isValidator(access),
    /** Appointing controllers for partners. */
    appointControllers: lead,
    /** First-level control of the assigned partners' financial reports. */
    control: access.role === "controller",
  };
}
export type ProjectCan = ReturnType<typeof projectCan>;
