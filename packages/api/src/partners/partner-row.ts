import type { PartnerInput } from "./service";

/** A partner's columns from its input (the admin's new project writes its lead partner so too). */
export const partnerRow = (p: PartnerInput) => ({
  name: p.name,
  short_name: p.shortName,
  country: p.country,
  nuts_code: p.nutsCode,
  region_name: p.regionName,
  city: p.city,
  type: p.type,
  role: p.role,
  website: p.website,
  contact_name: p.contactName,
  contact_email: p.contactEmail,
});
