/**
 * The finance room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */
export { type MoneySummary, moneySummary } from "./desk-summary";
