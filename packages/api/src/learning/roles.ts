import type { Role } from "../trpc";

/** Editors and lead coordinators; each service then checks the record's partner. */
export const EDITOR_ROLES: readonly Role[] = ["admin", "lead_coordinator", "partner_editor"];
/** DOMAIN/issue 4: the programme's validation is recorded by a lead coordinator or an observer. */
export const VALIDATOR_ROLES: readonly Role[] = ["admin", "lead_coordinator", "observer"];
