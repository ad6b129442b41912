/**
 * The workplan room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */
export { longText, partnerIds, title } from "./schemas";
