/**
 * The notifications room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */

export { type NewNotification, notify } from "./kinds";
export { triggerDispatch } from "./trigger";
