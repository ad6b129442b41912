import type { ColumnType, Generated, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export const LEARNING_EVENT_KINDS = [
  "peer_review",
  "study_visit",
  "staff_exchange",
  "interregional_workshop",
  "stakeholder_meeting",
] as const;
export type LearningEventKind = (typeof LEARNING_EVENT_KINDS)[number];

/** What someone did at an event; for a peer review, the `peer`s are the visiting experts. */
export const PARTICIPANT_ROLES = [
  "host",
  "peer",
  "speaker",
  "expert",
  "stakeholder",
  "participant",
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const RECOMMENDATION_STATUSES = [
  "open",
  "accepted",
  "in_progress",
  "done",
  "declined",
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** draft → submitted → approved (or returned → submitted again) → validated → published. */
export const GOOD_PRACTICE_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "returned",
  "validated",
  "published",
] as const;
export type GoodPracticeStatus = (typeof GOOD_PRACTICE_STATUSES)[number];

export interface LearningEventTable {
  id: Generated<string>;
  project_id: string;
  kind: LearningEventKind;
  title: string;
  host_partner_id: string;
  start_date: string;
  end_date: string;
  online: Generated<boolean>;
  city: string | null;
  country: string | null;
  themes: TextArray;
  /** Free text until policy instruments are records of their own. */
  policy_instrument: string | null;
  summary: Generated<string>;
  /** Peer reviews only: the host's policy challenge and the peers' findings. */
  policy_challenge: string | null;
  findings: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

/** A platform user (user_id) or an external guest (name and organisation), never both. */
export interface LearningEventParticipantTable {
  id: Generated<string>;
  project_id: string;
  event_id: string;
  user_id: string | null;
  guest_name: string | null;
  guest_organisation: string | null;
  /** A guest's e-mail address (lower case), where given: the same guest at several events is one person. */
  guest_email: string | null;
  /** The partner they came with; null for someone from outside the partnership. */
  partner_id: string | null;
  /** Only for someone who came with no partner; otherwise the partner's country counts. */
  country: string | null;
  role: ParticipantRole;
  /** Feeds the indicator "people with increased professional capacity"; null: not asked yet. */
  increased_capacity: boolean | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface PeerReviewRecommendationTable {
  id: Generated<string>;
  project_id: string;
  event_id: string;
  text: string;
  status: Generated<RecommendationStatus>;
  position: number;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface GoodPracticeTable {
  id: Generated<string>;
  project_id: string;
  owner_partner_id: string;
  title: string;
  summary: Generated<string>;
  location_country: string | null;
  location_region: Generated<string>;
  location_city: Generated<string>;
  main_institution: Generated<string>;
  description: Generated<string>;
  resources_needed: Generated<string>;
  timescale: Generated<string>;
  evidence_of_success: Generated<string>;
  difficulties: Generated<string>;
  potential_for_transfer: Generated<string>;
  further_information: Generated<string>;
  contact_name: Generated<string>;
  contact_email: Generated<string>;
  themes: TextArray;
  status: Generated<GoodPracticeStatus>;
  return_comment: string | null;
  /** The date the programme validated it (counts for the indicator from then on). */
  validated_on: string | null;
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  approved_at: Timestamp | null;
  approved_by: string | null;
  returned_at: Timestamp | null;
  returned_by: string | null;
  validated_at: Timestamp | null;
  validated_by: string | null;
  published_at: Timestamp | null;
  published_by: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

/** The learning events where a good practice was presented. */
export interface GoodPracticeEventTable {
  good_practice_id: string;
  event_id: string;
  project_id: string;
  created_by: string | null;
  created_at: CreatedAt;
}

/** A partner's interest in transferring a good practice to its region. */
export interface GoodPracticeInterestTable {
  id: Generated<string>;
  project_id: string;
  good_practice_id: string;
  partner_id: string;
  note: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface LearningTables {
  learning_events: LearningEventTable;
  learning_event_participants: LearningEventParticipantTable;
  peer_review_recommendations: PeerReviewRecommendationTable;
  good_practices: GoodPracticeTable;
  good_practice_events: GoodPracticeEventTable;
  good_practice_interests: GoodPracticeInterestTable;
}

export type LearningEvent = Selectable<LearningEventTable>;
export type LearningEventParticipant = Selectable<LearningEventParticipantTable>;
export type PeerReviewRecommendation = Selectable<PeerReviewRecommendationTable>;
export type GoodPractice = Selectable<GoodPracticeTable>;
