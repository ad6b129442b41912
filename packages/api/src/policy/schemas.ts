import {
  ACTION_INSPIRATION_KINDS,
  ACTION_PLAN_SECTIONS,
  ACTION_STATUSES,
  POLICY_INSTRUMENT_TYPES,
  TERRITORIAL_LEVELS,
} from "@consortia/db/schema";
import { z } from "zod";
import { LANGUAGES } from "../documents";
import { isoDate } from "../shared/fields";
import { euroDecimal } from "../shared/money";

// Client-safe field rules of policy instruments and action plans, shared by forms and procedures.

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`).default("");
const title = (what: string) =>
  z.string().trim().min(1, `Give the ${what} a title`).max(200, "At most 200 characters");

export const instrumentFields = {
  partnerId: z.uuid("Choose the partner whose instrument this is"),
  name: z.string().trim().min(1, "Name the policy instrument").max(200, "At most 200 characters"),
  instrumentType: z.enum(POLICY_INSTRUMENT_TYPES, "Choose the type of instrument"),
  managingAuthority: text(200),
  territorialLevel: z.enum(TERRITORIAL_LEVELS, "Choose the territorial level"),
  managedByPartner: z.boolean().default(false),
  /** One main instrument per region (DOMAIN.md); others may be addressed besides it. */
  isMain: z.boolean().default(true),
  description: text(5000),
  baseline: text(5000),
};

export const planLanguage = z
  .string()
  .trim()
  .toLowerCase()
  .refine((l) => l in LANGUAGES, "Choose the language the plan is written in");

/** The plan's own sections, each with an English summary (issue 5). */
export const actionPlanFields = {
  title: title("action plan"),
  language: planLanguage,
  generalInformation: text(20_000),
  generalInformationEn: text(5000),
  policyContext: text(20_000),
  policyContextEn: text(5000),
  actionsSummaryEn: text(5000),
};

/** Euros with at most two decimals, as numeric(14,2) holds them; a string keeps cents exact. */
export const euros = z
  .union([z.number(), z.string().trim()], "Give an amount in euros")
  .transform((v) => (typeof v === "number" ? String(v) : v.replace(/\s/g, "")))
  .pipe(euroDecimal("Give an amount of at least 0 with at most two decimals"));

export const actionFields = {
  title: title("action"),
  background: text(10_000),
  activities: text(10_000),
  players: text(5000),
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  estimatedCostEur: euros.nullable().default(null),
  fundingSources: text(2000),
  status: z.enum(ACTION_STATUSES, "Choose a status").default("planned"),
  summaryEn: text(5000),
};

export function checkActionDates(
  v: { startDate: string | null; endDate: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    ctx.addIssue({
      code: "custom",
      path: ["endDate"],
      message: "The end date must not be before the start date",
    });
}

export const inspirationKind = z.enum(ACTION_INSPIRATION_KINDS, "Choose what inspired the action");
export const inspirationNote = text(500);

export const reopenReason = z
  .string()
  .trim()
  .min(1, "Say why the action plan is reopened")
  .max(2000, "At most 2000 characters");
export const transitionNote = text(2000);

export const OVERRIDE_REASON_MIN = 10;
/**
 * Why a lead coordinator finalises an incomplete action plan as it is (issue 16, item 9);
 * empty when the plan is complete. Its length is checked with the plan's gaps.
 */
export const overrideReason = text(2000);

export const planSection = z.enum(ACTION_PLAN_SECTIONS, "Choose a section");
export const planCommentBody = z
  .string()
  .trim()
  .min(1, "Write something first")
  .max(4000, "At most 4000 characters");

/** A comment on one action names it; a comment on another section names none. */
export function checkCommentSection(
  v: { section: string; actionId: string | null; parentId: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.parentId) return;
  if (v.section === "action" && !v.actionId)
    ctx.addIssue({ code: "custom", path: ["actionId"], message: "Choose the action" });
  if (v.section !== "action" && v.actionId)
    ctx.addIssue({
      code: "custom",
      path: ["actionId"],
      message: "Only comments on one action name an action",
    });
}

export const INSTRUMENT_TYPE_LABELS: Record<(typeof POLICY_INSTRUMENT_TYPES)[number], string> = {
  growth_and_jobs_programme: "Investment for jobs and growth programme",
  territorial_cooperation_programme: "European territorial cooperation programme",
  regional_strategy: "Regional strategy",
  smart_specialisation_strategy: "Smart specialisation strategy",
  other: "Other policy instrument",
};

export const PLAN_STATUS_LABELS = {
  draft: "draft",
  in_review: "in review",
  final: "final",
} as const;

export const SECTION_LABELS: Record<(typeof ACTION_PLAN_SECTIONS)[number], string> = {
  general_information: "General information",
  policy_context: "Policy context",
  actions: "Actions",
  action: "Action",
};
