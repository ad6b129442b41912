import {
  LEARNING_EVENT_KINDS,
  PARTICIPANT_ROLES,
  RECOMMENDATION_STATUSES,
} from "@consortia/db/schema";
import { z } from "zod";
import { COUNTRIES } from "../partners";
import { isoDate } from "../shared/fields";

export const country = z.enum(Object.keys(COUNTRIES) as [string, ...string[]], {
  error: "Choose a country",
});
const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`).default("");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullable()
    .default(null)
    .transform((s) => s || null);

/** Themes are short labels, compared without regard to case (they group progress charts). */
export const themeList = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "A theme cannot be empty")
      .max(60, "Themes have at most 60 characters"),
  )
  .max(12, "At most 12 themes")
  .default([])
  .transform((themes) => [...new Set(themes)]);

export const eventFields = {
  kind: z.enum(LEARNING_EVENT_KINDS, "Choose the kind of event"),
  title: z.string().trim().min(1, "Give the event a title").max(200, "At most 200 characters"),
  hostPartnerId: z.uuid("Choose the host partner"),
  startDate: isoDate,
  endDate: isoDate,
  online: z.boolean().default(false),
  city: optionalText(120),
  country: country.nullable().default(null),
  themes: themeList,
  policyInstrument: optionalText(500),
  summary: text(20_000),
  policyChallenge: optionalText(5000),
  findings: optionalText(20_000),
};

/** Dates in order, and a place unless the event is online. */
export function checkEventFields(
  v: {
    startDate: string;
    endDate: string;
    online: boolean;
    city: string | null;
    country: string | null;
  },
  ctx: z.RefinementCtx,
) {
  if (v.endDate < v.startDate) {
    ctx.addIssue({
      code: "custom",
      path: ["endDate"],
      message: "The end date cannot be before the start date",
    });
  }
  if (!v.online && !v.city) {
    ctx.addIssue({ code: "custom", path: ["city"], message: "Give the city, or mark it online" });
  }
  if (!v.online && !v.country) {
    ctx.addIssue({
      code: "custom",
      path: ["country"],
      message: "Give the country, or mark it online",
    });
  }
}

export const participantFields = {
  partnerId: z.uuid("Choose a partner").nullable(),
  country: country.nullable().default(null),
  role: z.enum(PARTICIPANT_ROLES, "Choose a role"),
  increasedCapacity: z.boolean().nullable().default(null),
};

export const guestName = z
  .string()
  .trim()
  .min(2, "Give the guest's name")
  .max(120, "At most 120 characters");
export const guestOrganisation = z
  .string()
  .trim()
  .min(2, "Give the guest's organisation")
  .max(200, "At most 200 characters");

/**
 * A guest's e-mail address, optional (empty: none). Where given, the same guest at several
 * events is one person for the indicator "people with increased professional capacity".
 */
export const guestEmail = z
  .string("Not an e-mail address")
  .trim()
  .toLowerCase()
  .transform((s) => (s === "" ? null : s))
  .pipe(z.email("Not an e-mail address").max(320, "At most 320 characters").nullable())
  .nullable();

/**
 * A participant is a platform user or an external guest. A user's partner defaults to the
 * one they work for; a country is given only for someone who came with no partner.
 */
export const newParticipant = {
  userId: z.uuid("Choose a person").nullable().default(null),
  guestName: guestName.nullable().default(null),
  guestOrganisation: guestOrganisation.nullable().default(null),
  guestEmail: guestEmail.default(null),
  ...participantFields,
  partnerId: participantFields.partnerId.optional(),
};

export function checkParticipant(
  v: {
    userId?: string | null;
    guestName?: string | null;
    guestOrganisation?: string | null;
    guestEmail?: string | null | undefined;
    partnerId?: string | null | undefined;
    country: string | null;
  },
  ctx: z.RefinementCtx,
) {
  if (v.userId && (v.guestName || v.guestOrganisation || v.guestEmail)) {
    ctx.addIssue({
      code: "custom",
      path: ["guestName"],
      message: "Choose a person from the platform or name a guest, not both",
    });
  }
  if (v.userId === null && !v.guestName) {
    ctx.addIssue({ code: "custom", path: ["guestName"], message: "Give the guest's name" });
  }
  if (v.userId === null && !v.guestOrganisation) {
    ctx.addIssue({
      code: "custom",
      path: ["guestOrganisation"],
      message: "Give the guest's organisation",
    });
  }
  if (v.partnerId && v.country) {
    ctx.addIssue({
      code: "custom",
      path: ["country"],
      message: "Someone who came with a partner counts for the partner's country",
    });
  }
}

export const recommendationText = z
  .string()
  .trim()
  .min(1, "Write the recommendation")
  .max(2000, "At most 2000 characters");
export const recommendationStatus = z.enum(RECOMMENDATION_STATUSES, "Choose a status");

export const eventListFilters = {
  kind: z.enum(LEARNING_EVENT_KINDS).optional(),
  hostPartnerId: z.uuid().optional(),
  theme: z.string().trim().toLowerCase().max(60).optional(),
  q: z.string().trim().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};

export function checkRange(
  v: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (v.from && v.to && v.to < v.from) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "'To' must not be before 'from'" });
  }
}
