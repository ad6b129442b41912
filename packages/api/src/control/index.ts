/**
 * The control room's public entry point: what other rooms may use (the joint report reads
 * certificates; corrections read certified amounts). Everything else here is the room's own.
 */
export { type ControlView, controlView, visibleControl, workableControl } from "./access";
export type {
  ChecklistAnswer,
  ChecklistTemplateContent,
  ControlChecklist,
} from "./checklist-schemas";
export { missingAnswer } from "./checklist-use";
export { controlLink } from "./control-finish";
export type { IssuedContent } from "./figures";
export { certificateFigures, figureTotals } from "./rules";
