import { PARTNER_ROLES, PARTNER_TYPES } from "@consortia/db/schema";
import { z } from "zod";

/** EU and associated countries' ISO codes as NUTS uses them (Greece is EL). */
export const COUNTRIES: Record<string, string> = {
  AT: "Austria",
  BE: "Belgium",
  BG: "Bulgaria",
  CH: "Switzerland",
  CY: "Cyprus",
  CZ: "Czechia",
  DE: "Germany",
  DK: "Denmark",
  EE: "Estonia",
  EL: "Greece",
  ES: "Spain",
  FI: "Finland",
  FR: "France",
  HR: "Croatia",
  HU: "Hungary",
  IE: "Ireland",
  IT: "Italy",
  LT: "Lithuania",
  LU: "Luxembourg",
  LV: "Latvia",
  MT: "Malta",
  NL: "Netherlands",
  NO: "Norway",
  PL: "Poland",
  PT: "Portugal",
  RO: "Romania",
  SE: "Sweden",
  SI: "Slovenia",
  SK: "Slovakia",
};

export const partnerFields = {
  name: z.string().trim().min(2, "At least 2 characters").max(200, "At most 200 characters"),
  shortName: z.string().trim().min(1, "Required").max(40, "At most 40 characters"),
  country: z.enum(Object.keys(COUNTRIES) as [string, ...string[]], { error: "Choose a country" }),
  // A NUTS code starts with the country code: DK01, SE11, ITC4, EL30 …
  nutsCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}[A-Z0-9]{0,3}$/, "A NUTS code looks like DK01 or ITC4"),
  regionName: z.string().trim().min(1, "Required").max(120),
  city: z.string().trim().max(120).default(""),
  type: z.enum(PARTNER_TYPES),
  role: z.enum(PARTNER_ROLES),
  website: z
    .url({ protocol: /^https?$/, error: "Use a web address starting with https://" })
    .nullable()
    .default(null),
  contactName: z.string().trim().max(120).nullable().default(null),
  contactEmail: z.email("Not an e-mail address").nullable().default(null),
};
