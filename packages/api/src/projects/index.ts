/**
 * The projects room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */
export { PROJECT_FIELDS, projectRow } from "./project-fields";
export { checkProjectDates, projectFields } from "./schemas";
export { acronymTaken, assertAcronymFree, type ProjectInput } from "./service";
