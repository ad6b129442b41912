import type { RouterInputs, RouterOutputs } from "@consortia/api/client";
import { COUNTRIES, PROGRAMME_FIELDS } from "@consortia/api/schemas";

type Saved = RouterOutputs["goodPractices"]["get"];
type Input = Omit<RouterInputs["goodPractices"]["create"], "projectId">;

/** Every field of the programme's form, plus the owner partner and themes (one line). */
export type PracticeValues = {
  ownerPartnerId: string;
  title: string;
  summary: string;
  locationCountry: string;
  locationRegion: string;
  locationCity: string;
  mainInstitution: string;
  description: string;
  resourcesNeeded: string;
  timescale: string;
  evidenceOfSuccess: string;
  difficulties: string;
  potentialForTransfer: string;
  furtherInformation: string;
  contactName: string;
  contactEmail: string;
  themes: string;
};

export const PRACTICE_LABELS = {
  ownerPartnerId: "Owner partner",
  ...Object.fromEntries(PROGRAMME_FIELDS.map((f) => [f.key, f.label])),
  themes: "Themes",
} as Record<keyof PracticeValues, string>;

export function emptyPractice(ownerPartnerId: string): PracticeValues {
  const v = { ownerPartnerId, themes: "" } as PracticeValues;
  for (const f of PROGRAMME_FIELDS) v[f.key] = "";
  return v;
}

export function toPracticeValues(p: Saved): PracticeValues {
  return {
    ownerPartnerId: p.ownerPartnerId,
    title: p.title,
    summary: p.summary,
    locationCountry: p.locationCountry ?? "",
    locationRegion: p.locationRegion,
    locationCity: p.locationCity,
    mainInstitution: p.mainInstitution,
    description: p.description,
    resourcesNeeded: p.resourcesNeeded,
    timescale: p.timescale,
    evidenceOfSuccess: p.evidenceOfSuccess,
    difficulties: p.difficulties,
    potentialForTransfer: p.potentialForTransfer,
    furtherInformation: p.furtherInformation,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    themes: p.themes.join(", "),
  };
}

const splitList = (line: string) =>
  line
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);

export function toPracticeInput(v: PracticeValues): Input {
  return { ...v, locationCountry: v.locationCountry || null, themes: splitList(v.themes) };
}

export function displayPracticeValue(
  k: keyof PracticeValues,
  v: PracticeValues,
  partners: { id: string; name: string }[],
): string {
  if (k === "ownerPartnerId") return partners.find((p) => p.id === v.ownerPartnerId)?.name ?? "";
  if (k === "locationCountry") return v.locationCountry ? (COUNTRIES[v.locationCountry] ?? "") : "";
  if (k === "themes") return splitList(v.themes).join(", ").toLowerCase();
  return v[k].trim();
}
