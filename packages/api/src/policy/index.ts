/**
 * The policy room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */
export { assertCanEditPartnerRecord, visibleActionPlans, visibleImprovements } from "./access";
export type { ActionInput } from "./actions";
export { setStatusFromMonitoring } from "./actions";
export { recommendationTitle, visibleInspirationTitles } from "./inspiration-links";
export { loadAction } from "./plan-access";
export { type DiffPart, diffText } from "./plan-diff";
export { actionsQuery, plansQuery } from "./plan-queries";
