import type { ParticipantRole, RecommendationStatus } from "@consortia/db/schema";

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

/** "3 May 2026" or "3 – 5 May 2026" style range, in UTC like the rest of the app. */
export function dateRange(start: string, end: string, format: (d: string) => string): string {
  return start === end ? format(start) : `${format(start)} – ${format(end)}`;
}
