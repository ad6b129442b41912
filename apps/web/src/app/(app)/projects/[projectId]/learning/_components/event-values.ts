import type { RouterInputs, RouterOutputs } from "@consortia/api/client";
import { COUNTRIES } from "@consortia/api/schemas";
import type { LearningEventKind } from "@consortia/db/schema";
import { EVENT_KIND_LABELS } from "@/lib/record-labels";

type Saved = RouterOutputs["learningEvents"]["get"];
export type EventInput = Omit<RouterInputs["learningEvents"]["create"], "projectId">;

/** The form's values: selects hold "" for "none", themes are one comma-separated line. */
export type EventValues = {
  kind: LearningEventKind;
  title: string;
  hostPartnerId: string;
  startDate: string;
  endDate: string;
  online: boolean;
  city: string;
  country: string;
  themes: string;
  policyInstrument: string;
  summary: string;
  policyChallenge: string;
  findings: string;
};

export const EVENT_LABELS: Record<keyof EventValues, string> = {
  kind: "Kind",
  title: "Title",
  hostPartnerId: "Host partner",
  startDate: "Start date",
  endDate: "End date",
  online: "Online",
  city: "City",
  country: "Country",
  themes: "Themes",
  policyInstrument: "Policy instrument or challenge addressed",
  summary: "Summary of what was learned",
  policyChallenge: "Host's policy challenge",
  findings: "Findings",
};

export function emptyEvent(hostPartnerId: string): EventValues {
  return {
    kind: "peer_review",
    title: "",
    hostPartnerId,
    startDate: "",
    endDate: "",
    online: false,
    city: "",
    country: "",
    themes: "",
    policyInstrument: "",
    summary: "",
    policyChallenge: "",
    findings: "",
  };
}

export function toEventValues(e: Saved): EventValues {
  return {
    kind: e.kind,
    title: e.title,
    hostPartnerId: e.hostPartnerId,
    startDate: e.startDate,
    endDate: e.endDate,
    online: e.online,
    city: e.city ?? "",
    country: e.country ?? "",
    themes: e.themes.join(", "),
    policyInstrument: e.policyInstrument ?? "",
    summary: e.summary,
    policyChallenge: e.policyChallenge ?? "",
    findings: e.findings ?? "",
  };
}

export const splitList = (line: string) =>
  line
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);

export function toEventInput(v: EventValues): EventInput {
  const peer = v.kind === "peer_review";
  return {
    kind: v.kind,
    title: v.title,
    hostPartnerId: v.hostPartnerId,
    startDate: v.startDate,
    endDate: v.endDate,
    online: v.online,
    city: v.online ? null : v.city || null,
    country: v.online ? null : v.country || null,
    themes: splitList(v.themes),
    policyInstrument: v.policyInstrument || null,
    summary: v.summary,
    policyChallenge: peer ? v.policyChallenge || null : null,
    findings: peer ? v.findings || null : null,
  };
}

export function displayEventValue(
  k: keyof EventValues,
  v: EventValues,
  partners: { id: string; name: string }[],
): string {
  switch (k) {
    case "kind":
      return EVENT_KIND_LABELS[v.kind];
    case "online":
      return v.online ? "Yes" : "No";
    case "hostPartnerId":
      return partners.find((p) => p.id === v.hostPartnerId)?.name ?? "";
    case "country":
      return v.country ? (COUNTRIES[v.country] ?? v.country) : "";
    case "themes":
      return splitList(v.themes).join(", ").toLowerCase();
    default:
      return String(v[k]).trim();
  }
}
