import type { Role } from "../trpc";

/** Editors and lead coordinators; each service then checks the record's partner (access.ts). */
export const EDITOR_ROLES: readonly Role[] = ["admin", "lead_coordinator", "partner_editor"];
