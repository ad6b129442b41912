/**
 * The partners room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */

export { partnerRow } from "./partner-row";
export { COUNTRIES, partnerFields } from "./schemas";
export type { PartnerInput } from "./service";
