import { PARTNER_TYPES } from "@consortia/db/schema";
import { z } from "zod";

/**
 * The admin.createProject input as one flat form. It mirrors the API's rules so mistakes show
 * beside the right field before sending; the API checks everything again.
 */
const optional = (s: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(s.nullable());

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date");

export const createProjectSchema = z
  .object({
    acronym: z
      .string()
      .trim()
      .min(2, "At least 2 characters")
      .max(30, "At most 30 characters")
      .regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]*$/, "Letters, digits, spaces, '-', '_' and '.' only"),
    title: z.string().trim().min(3, "At least 3 characters").max(250, "At most 250 characters"),
    programme: z.string().trim().min(2, "At least 2 characters").max(120, "At most 120 characters"),
    description: z.string().trim().max(5000, "At most 5000 characters"),
    startDate: day,
    endDate: day,
    corePhaseEnd: z
      .string()
      .transform((v) => v || null)
      .pipe(day.nullable()),
    partnerName: z
      .string()
      .trim()
      .min(2, "At least 2 characters")
      .max(200, "At most 200 characters"),
    shortName: z.string().trim().min(1, "Required").max(40, "At most 40 characters"),
    country: z.string().min(1, "Choose a country"),
    nutsCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}[A-Z0-9]{0,3}$/, "A NUTS code looks like DK01 or ITC4"),
    regionName: z.string().trim().min(1, "Required").max(120, "At most 120 characters"),
    city: z.string().trim().max(120, "At most 120 characters"),
    type: z.enum(PARTNER_TYPES, { error: "Choose a type" }),
    website: optional(
      z.url({ protocol: /^https?$/, error: "Use a web address starting with https://" }),
    ),
    contactName: optional(z.string().max(120, "At most 120 characters")),
    contactEmail: optional(z.email("Not an e-mail address")),
    leadCoordinatorEmail: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Enter the lead coordinator's e-mail address")
      .pipe(z.email("Not an e-mail address")),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate <= v.startDate)
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: "The end date must come after the start date",
      });
    if (v.corePhaseEnd && (v.corePhaseEnd <= v.startDate || v.corePhaseEnd > v.endDate))
      ctx.addIssue({
        code: "custom",
        path: ["corePhaseEnd"],
        message: "The core phase must end between the project's start and end dates",
      });
    if (v.country && v.nutsCode && !v.nutsCode.startsWith(v.country))
      ctx.addIssue({
        code: "custom",
        path: ["nutsCode"],
        message: `A NUTS code here starts with ${v.country}`,
      });
  });

export type CreateProjectIn = z.input<typeof createProjectSchema>;
export type CreateProjectOut = z.output<typeof createProjectSchema>;

export const EMPTY_PROJECT: CreateProjectIn = {
  acronym: "",
  title: "",
  programme: "Interreg Europe 2021-2027",
  description: "",
  startDate: "",
  endDate: "",
  corePhaseEnd: "",
  partnerName: "",
  shortName: "",
  country: "",
  nutsCode: "",
  regionName: "",
  city: "",
  type: "regional_authority",
  website: "",
  contactName: "",
  contactEmail: "",
  leadCoordinatorEmail: "",
};

/** The API's nested shape. */
export function toApiInput(v: CreateProjectOut) {
  return {
    acronym: v.acronym,
    title: v.title,
    programme: v.programme,
    description: v.description,
    startDate: v.startDate,
    endDate: v.endDate,
    corePhaseEnd: v.corePhaseEnd,
    leadPartner: {
      name: v.partnerName,
      shortName: v.shortName,
      country: v.country,
      nutsCode: v.nutsCode,
      regionName: v.regionName,
      city: v.city,
      type: v.type,
      website: v.website,
      contactName: v.contactName,
      contactEmail: v.contactEmail,
    },
    leadCoordinatorEmail: v.leadCoordinatorEmail,
  };
}
