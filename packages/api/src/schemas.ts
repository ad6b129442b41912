// Client-safe input schemas, shared by forms and procedures.
export { linkToken, newPassword, personName } from "./account/schemas";
export {
  checkFileName,
  documentMetadata,
  folderName,
  LANGUAGES,
  SORTS,
  tagList,
} from "./documents/schemas";
export {
  ACHIEVE_REQUIREMENTS,
  CHAIN_NODE_KINDS,
  chainFilter,
  checkChainFilter,
  checkMonitoring,
  fundsEur,
  IMPROVEMENT_LABELS,
  improvementFields,
  improvementFilters,
  missingForAchievement,
  monitoringFields,
  PROGRESS_LABELS,
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
export { illegalTransition, STATUS_LABELS, TRANSITIONS } from "./learning/workflow-rules";
export { checkRolePartner, email, roleAndPartner } from "./members/schemas";
export { COUNTRIES, partnerFields } from "./partners/schemas";
export { ACHIEVEMENT_LABELS, OUTPUT_KIND_LABELS } from "./period-report/schemas";
export { REPORT_TABLES } from "./period-report/tables";
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
export { checkProjectDates, projectFields } from "./projects/schemas";
export {
  CONTRIBUTION_STATUS_LABELS,
  contributionNarrative,
  contributionReturnComment,
  NARRATIVE_LABELS,
} from "./reports/schemas";
export {
  activityFields,
  checkDateRange,
  checkDeliverable,
  commentBody,
  deliverableCode,
  deliverableFields,
  deliverableFilter,
  workPackageFields,
} from "./workplan/schemas";
