// Client-safe input schemas, shared by forms and procedures.
export { linkToken, newPassword, personName } from "./account/schemas";
export {
  CHECKLIST_ANSWER_LABELS,
  CHECKLIST_ANSWERS,
  CHECKLIST_ITEM_KIND_LABELS,
  CHECKLIST_LIMITS,
  checklistTemplateFields,
} from "./control/checklist-schemas";
export {
  CLARIFICATION_MAX_DOCUMENTS,
  CLARIFICATION_STATUS_LABELS,
  clarificationAnswer,
  clarificationQuestion,
} from "./control/clarifications-schemas";
export {
  carryInput as controlCarryInput,
  finishInput as controlFinishInput,
  itemOutcomeInput as controlItemOutcome,
  reopenInput as controlReopenInput,
} from "./control/control-schemas";
export {
  CONTROL_STATUS_LABELS,
  DUTY_LABELS,
  OUTCOME_LABELS,
  SAMPLE_METHOD_LABELS,
} from "./control/labels";
export {
  checkDeliverable,
  commentBody,
  deliverableCode,
  deliverableFields,
  deliverableFilter,
} from "./deliverables/deliverable-schemas";
export {
  checkFileName,
  documentMetadata,
  folderName,
  LANGUAGES,
  SORTS,
  tagList,
} from "./documents/schemas";
export {
  CONTRIBUTION_KIND_LABELS,
  LEGAL_STATUS_LABELS,
  MAX_IMPORT_BYTES,
} from "./finance/budget-schemas";
export {
  contractFields,
  IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  itemFields,
  rateFields,
} from "./finance/items-schemas";
export {
  CATEGORY_LABELS,
  PROCUREMENT_LABELS,
  REPORT_STATUS_LABELS,
  STAFF_BASIS_LABELS,
} from "./finance/labels";
export {
  euroText,
  REPORT_CATEGORY_LABELS,
  returnComment as financialReturnComment,
} from "./finance/report-schemas";
export { formatCents, parseAmount } from "./finance/rules";
export {
  ACHIEVE_REQUIREMENTS,
  fundsEur,
  IMPROVEMENT_LABELS,
  improvementFields,
  improvementFilters,
  missingForAchievement,
  revertReason,
} from "./improvements/schemas";
export {
  amount,
  COMPUTED_KEY_LABELS,
  checkIndicator,
  checkWhole,
  INDICATOR_UNIT_LABELS,
  indicatorCode,
  indicatorFields,
  indicatorTarget,
  indicatorValueFields,
  newIndicatorFields,
} from "./indicators/schemas";
export {
  goodPracticeTarget,
  missingForSubmission,
  PROGRAMME_FIELDS,
  practiceFields,
  returnComment,
  TITLE_LIMIT,
  validatedOn,
} from "./learning/practice-schemas";
export { illegalTransition, STATUS_LABELS, TRANSITIONS } from "./learning/practice-transitions";
export {
  checkEventFields,
  checkParticipant,
  eventFields,
  newParticipant,
  participantFields,
  recommendationStatus,
  recommendationText,
  themeList,
} from "./learning/schemas";
export { checkRolePartner, email, roleAndPartner, roleNeedsPartner } from "./members/schemas";
export {
  checkMonitoring,
  monitoringFields,
  PROGRESS_LABELS,
} from "./monitoring/monitoring-schemas";
export { COUNTRIES, partnerFields } from "./partners/schemas";
export { paymentFields, transferFields } from "./payments/payments-schemas";
export {
  CONTRIBUTION_STATUS_LABELS,
  contributionNarrative,
  contributionReturnComment,
  NARRATIVE_LABELS,
} from "./period-reports/contribution-schemas";
export { ACHIEVEMENT_LABELS, OUTPUT_KIND_LABELS } from "./period-reports/report-schemas";
export { REPORT_TABLES } from "./period-reports/tables";
export {
  actionFields,
  actionPlanFields,
  checkActionDates,
  checkCommentSection,
  euros,
  INSTRUMENT_TYPE_LABELS,
  inspirationKind,
  inspirationNote,
  instrumentFields,
  PLAN_STATUS_LABELS,
  planCommentBody,
  planLanguage,
  planSection,
  reopenReason,
  SECTION_LABELS,
  transitionNote,
} from "./policy/schemas";
export {
  CHAIN_NODE_KINDS,
  chainFilter,
  checkChainFilter,
} from "./policy-views/policy-views-schemas";
export { checkProjectDates, projectFields } from "./projects/schemas";
export { DELIVERABLE_STATUS_LABELS } from "./shared/status-labels";
export { activityFields, checkDateRange, workPackageFields } from "./workplan/schemas";
