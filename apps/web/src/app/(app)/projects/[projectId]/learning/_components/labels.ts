import type {
  LearningEventKind,
  ParticipantRole,
  RecommendationStatus,
} from "@consortia/db/schema";

export const KIND_LABELS: Record<LearningEventKind, string> = {
  peer_review: "Peer review",
  study_visit: "Study visit",
  staff_exchange: "Staff exchange",
  interregional_workshop: "Interregional workshop / thematic seminar",
  stakeholder_meeting: "Stakeholder group meeting",
};

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  host: "Host",
  peer: "Peer",
  speaker: "Speaker",
  expert: "Expert",
  stakeholder: "Stakeholder",
  participant: "Participant",
};

export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationStatus, string> = {
  open: "Open",
  accepted: "Accepted",
  in_progress: "In progress",
  done: "Done",
  declined: "Declined",
};

export function capacityLabel(v: boolean | null): string {
  if (v === null) return "Unknown";
  return v ? "Yes" : "No";
}

export const eventsUrl = (projectId: string) => `/projects/${projectId}/learning`;
export const eventUrl = (projectId: string, eventId: string) =>
  `/projects/${projectId}/learning/${eventId}`;
export const documentUrl = (projectId: string, documentId: string) =>
  `/projects/${projectId}/documents/${documentId}`;

/** "3 May 2026" or "3 – 5 May 2026" style range, in UTC like the rest of the app. */
export function dateRange(start: string, end: string, format: (d: string) => string): string {
  return start === end ? format(start) : `${format(start)} – ${format(end)}`;
}
