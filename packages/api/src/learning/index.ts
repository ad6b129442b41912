/**
 * The learning room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */
export { COUNTED_STATUSES, visibleGoodPractices } from "./access";
export { eventsQuery } from "./event-queries";
export { practiceCountDay, practicesQuery } from "./practice-queries";
export { goodPracticeTarget, validatedOn } from "./practice-schemas";
