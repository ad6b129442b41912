import { GOOD_PRACTICE_STATUSES } from "@consortia/db/schema";
import { z } from "zod";
import { isoDate, version } from "../shared/fields";
import { country, themeList } from "./schemas";

/** DOMAIN.md: the programme's database takes titles of at most 100 characters. */
export const TITLE_LIMIT = 100;

export type ProgrammeField = {
  key: string;
  label: string;
  /** Needed before a practice is submitted; an empty one is flagged in the export. */
  required: boolean;
  /** The programme's character limit, where DOMAIN.md states one. */
  limit?: number;
};

/** The programme's good-practice form, in its order (DOMAIN.md); the register export follows it. */
const FIELDS = [
  { key: "title", label: "Title", required: true, limit: TITLE_LIMIT },
  { key: "summary", label: "Summary", required: true },
  { key: "locationCountry", label: "Location: country", required: true },
  { key: "locationRegion", label: "Location: region", required: true },
  { key: "locationCity", label: "Location: city", required: false },
  { key: "mainInstitution", label: "Main institution", required: true },
  { key: "description", label: "Detailed description", required: true },
  { key: "resourcesNeeded", label: "Resources needed", required: true },
  { key: "timescale", label: "Timescale", required: true },
  { key: "evidenceOfSuccess", label: "Evidence of success", required: true },
  { key: "difficulties", label: "Difficulties encountered", required: true },
  { key: "potentialForTransfer", label: "Potential for learning or transfer", required: true },
  { key: "furtherInformation", label: "Further information", required: false },
  { key: "contactName", label: "Contact: name", required: true },
  { key: "contactEmail", label: "Contact: e-mail", required: true },
] as const satisfies readonly ProgrammeField[];

/**
 * The programme's fields by the names forms, pages and exports use. Adding one to the list
 * above is checked end to end by TypeScript: the input schema below, the database columns
 * (practice-queries.ts) and the row written (practices.ts) all fail to compile without it.
 */
export type ProgrammeFieldKey = (typeof FIELDS)[number]["key"];

export const PROGRAMME_FIELDS: readonly (ProgrammeField & { key: ProgrammeFieldKey })[] = FIELDS;

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`).default("");

/** Drafts may be incomplete; `missingForSubmission` says what a submission still needs. */
export const practiceFields = {
  ownerPartnerId: z.uuid("Choose the partner whose practice this is"),
  title: z
    .string()
    .trim()
    .min(1, "Give the practice a title")
    .max(TITLE_LIMIT, `At most ${TITLE_LIMIT} characters: the programme's form allows no more`),
  summary: text(2000),
  locationCountry: country.nullable().default(null),
  locationRegion: text(120),
  locationCity: text(120),
  mainInstitution: text(200),
  description: text(10_000),
  resourcesNeeded: text(5000),
  timescale: text(200),
  evidenceOfSuccess: text(5000),
  difficulties: text(5000),
  potentialForTransfer: text(5000),
  furtherInformation: text(2000),
  contactName: text(120),
  contactEmail: z
    .union([z.literal(""), z.email("Not an e-mail address").max(320)], "Not an e-mail address")
    .default(""),
  themes: themeList,
} satisfies Record<ProgrammeFieldKey | "ownerPartnerId" | "themes", z.ZodType>;

export type PracticeFields = {
  [K in ProgrammeFieldKey]: K extends "locationCountry" ? string | null : string;
};

/** Field errors for what a submission needs and the draft lacks. */
export function missingForSubmission(p: PracticeFields): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const f of PROGRAMME_FIELDS) {
    if (f.required && !p[f.key]) errors[f.key] = [`${f.label} is needed before submitting`];
  }
  return errors;
}

export const practiceRef = {
  goodPracticeId: z.uuid("Choose a good practice"),
  version,
};

export const returnComment = z
  .string()
  .trim()
  .min(1, "Say what needs to change")
  .max(2000, "At most 2000 characters");

/** The programme's validation date, not in the future (a day's slack for time zones east of UTC). */
export const validatedOn = isoDate.refine(
  (d) => d <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
  "The validation date cannot be in the future",
);

export const interestNote = z.string().trim().max(2000, "At most 2000 characters").default("");

export const practiceListFilters = {
  status: z.enum(GOOD_PRACTICE_STATUSES).optional(),
  /** Only the practices that count for the indicator (validated or published). */
  counted: z.boolean().optional(),
  ownerPartnerId: z.uuid().optional(),
  theme: z.string().trim().toLowerCase().max(60).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};

export const goodPracticeTarget = z
  .number("Give a number")
  .int("Give a whole number")
  .min(0, "At least 0")
  .max(1000, "At most 1000");
