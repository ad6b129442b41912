/**
 * The control room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */

export type {
  ChecklistAnswer,
  ChecklistTemplateContent,
  ControlChecklist,
} from "./checklist-schemas";
export { missingAnswer } from "./checklist-use";
