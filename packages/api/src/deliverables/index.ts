/**
 * The deliverables room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */
export { type DeliverableFilter, listDeliverables } from "./deliverable-queries";
export { isOverdue, OPEN_STATUSES } from "./deliverable-transitions";
