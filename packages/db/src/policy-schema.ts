import type { ColumnType, Generated, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** numeric(14,2): PostgreSQL returns it as a decimal string, never rounded through a float. */
type Euros = ColumnType<string | null, string | number | null | undefined, string | number | null>;

export const POLICY_INSTRUMENT_TYPES = [
  "growth_and_jobs_programme",
  "territorial_cooperation_programme",
  "regional_strategy",
  "smart_specialisation_strategy",
  "other",
] as const;
export type PolicyInstrumentType = (typeof POLICY_INSTRUMENT_TYPES)[number];

export const TERRITORIAL_LEVELS = ["national", "regional", "local"] as const;
export type TerritorialLevel = (typeof TERRITORIAL_LEVELS)[number];

/** draft → in_review (partners comment) → final; each submission keeps a snapshot. */
export const ACTION_PLAN_STATUSES = ["draft", "in_review", "final"] as const;
export type ActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number];

export const ACTION_STATUSES = ["planned", "in_progress", "completed", "cancelled"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_INSPIRATION_KINDS = [
  "good_practice",
  "learning_event",
  "recommendation",
] as const;
export type ActionInspirationKind = (typeof ACTION_INSPIRATION_KINDS)[number];

/** Sections a review comment can belong to; 'action' carries the action's id. */
export const ACTION_PLAN_SECTIONS = [
  "general_information",
  "policy_context",
  "actions",
  "action",
] as const;
export type ActionPlanSection = (typeof ACTION_PLAN_SECTIONS)[number];

export const ACTION_PLAN_SNAPSHOT_TRANSITIONS = ["submit", "finalise"] as const;
export type ActionPlanSnapshotTransition = (typeof ACTION_PLAN_SNAPSHOT_TRANSITIONS)[number];

export const ACTION_PROGRESS_VALUES = ["not_started", "on_track", "delayed", "completed"] as const;
export type ActionProgressValue = (typeof ACTION_PROGRESS_VALUES)[number];

export const POLICY_IMPROVEMENT_TYPES = [
  "new_projects_funded",
  "improved_management",
  "structural_change",
] as const;
export type PolicyImprovementType = (typeof POLICY_IMPROVEMENT_TYPES)[number];

/** expected → achieved → validated by the programme (recorded with its date). */
export const POLICY_IMPROVEMENT_STATUSES = ["expected", "achieved", "validated"] as const;
export type PolicyImprovementStatus = (typeof POLICY_IMPROVEMENT_STATUSES)[number];

export interface PolicyInstrumentTable {
  id: Generated<string>;
  project_id: string;
  partner_id: string;
  name: string;
  instrument_type: PolicyInstrumentType;
  managing_authority: Generated<string>;
  territorial_level: TerritorialLevel;
  managed_by_partner: Generated<boolean>;
  /** One main instrument per region (unique among live rows). */
  is_main: Generated<boolean>;
  description: Generated<string>;
  /** What is missing today: the starting point improvements are measured against. */
  baseline: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

export interface ActionPlanTable {
  id: Generated<string>;
  project_id: string;
  policy_instrument_id: string;
  /** The instrument's partner, kept here so every query can scope by it. */
  partner_id: string;
  title: string;
  /** ISO 639-1 code of the plan's own language; each section has an English summary. */
  language: Generated<string>;
  status: Generated<ActionPlanStatus>;
  general_information: Generated<string>;
  general_information_en: Generated<string>;
  policy_context: Generated<string>;
  policy_context_en: Generated<string>;
  actions_summary_en: Generated<string>;
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  finalised_at: Timestamp | null;
  finalised_by: string | null;
  /** Why a lead coordinator finalised the plan although it was incomplete; null otherwise. */
  finalise_override_reason: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

export interface ActionTable {
  id: Generated<string>;
  project_id: string;
  action_plan_id: string;
  position: number;
  title: string;
  background: Generated<string>;
  activities: Generated<string>;
  players: Generated<string>;
  start_date: string | null;
  end_date: string | null;
  estimated_cost_eur: Euros;
  funding_sources: Generated<string>;
  status: Generated<ActionStatus>;
  summary_en: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** Exactly one of the three targets is set, matching `kind`. */
export interface ActionInspirationTable {
  id: Generated<string>;
  project_id: string;
  action_id: string;
  kind: ActionInspirationKind;
  good_practice_id: string | null;
  learning_event_id: string | null;
  recommendation_id: string | null;
  note: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

/** Immutable (a trigger refuses updates): the plan as submitted or finalised. */
export interface ActionPlanSnapshotTable {
  id: Generated<string>;
  project_id: string;
  action_plan_id: string;
  number: number;
  transition: ActionPlanSnapshotTransition;
  content: ColumnType<unknown, string, never>;
  note: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ActionPlanCommentTable {
  id: Generated<string>;
  project_id: string;
  action_plan_id: string;
  section: ActionPlanSection;
  action_id: string | null;
  parent_id: string | null;
  author_id: string | null;
  body: string;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  edited_at: Timestamp | null;
  deleted_at: Timestamp | null;
  version: Generated<number>;
}

export interface ActionProgressTable {
  id: Generated<string>;
  project_id: string;
  action_id: string;
  period_number: number;
  progress: ActionProgressValue;
  percent: number;
  comment: Generated<string>;
  created_by: string | null;
  updated_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface PolicyImprovementTable {
  id: Generated<string>;
  project_id: string;
  partner_id: string;
  policy_instrument_id: string;
  improvement_type: PolicyImprovementType;
  title: string;
  description: Generated<string>;
  improvement_date: string | null;
  funds_mobilised_eur: Euros;
  /** Why the change is a direct result of the project. */
  justification: Generated<string>;
  status: Generated<PolicyImprovementStatus>;
  achieved_at: Timestamp | null;
  achieved_by: string | null;
  validated_on: string | null;
  validated_at: Timestamp | null;
  validated_by: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

export interface PolicyImprovementActionTable {
  improvement_id: string;
  action_id: string;
  project_id: string;
}

export interface PolicyImprovementPracticeTable {
  improvement_id: string;
  good_practice_id: string;
  project_id: string;
}

export interface PolicyTables {
  policy_instruments: PolicyInstrumentTable;
  action_plans: ActionPlanTable;
  actions: ActionTable;
  action_inspirations: ActionInspirationTable;
  action_plan_snapshots: ActionPlanSnapshotTable;
  action_plan_comments: ActionPlanCommentTable;
  action_progress: ActionProgressTable;
  policy_improvements: PolicyImprovementTable;
  policy_improvement_actions: PolicyImprovementActionTable;
  policy_improvement_practices: PolicyImprovementPracticeTable;
}

export type PolicyInstrument = Selectable<PolicyInstrumentTable>;
export type ActionPlan = Selectable<ActionPlanTable>;
export type Action = Selectable<ActionTable>;
export type ActionInspiration = Selectable<ActionInspirationTable>;
export type ActionPlanSnapshot = Selectable<ActionPlanSnapshotTable>;
export type ActionPlanComment = Selectable<ActionPlanCommentTable>;
export type ActionProgress = Selectable<ActionProgressTable>;
export type PolicyImprovement = Selectable<PolicyImprovementTable>;
