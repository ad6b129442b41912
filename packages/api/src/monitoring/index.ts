/**
 * The monitoring room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */
export { PROGRESS_LABELS } from "./monitoring-schemas";
