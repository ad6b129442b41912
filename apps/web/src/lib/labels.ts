export const ROLE_LABELS: Record<string, string> = {
  admin: "Platform admin",
  lead_coordinator: "Lead coordinator",
  partner_editor: "Partner editor",
  partner_viewer: "Partner viewer",
  observer: "Observer",
};

export const PARTNER_ROLE_LABELS: Record<string, string> = {
  lead: "Lead partner",
  partner: "Partner",
  advisory: "Advisory partner",
};

export const PARTNER_TYPE_LABELS: Record<string, string> = {
  regional_authority: "Regional authority",
  national_authority: "National authority",
  local_authority: "Local authority",
  agency: "Public agency",
  university: "University / research",
  business_support: "Business support organisation",
  other: "Other",
};

export function formatDate(d: Date | string): string {
  const date = typeof d === "string" ? new Date(`${d.slice(0, 10)}T00:00:00Z`) : d;
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function formatDateTime(d: Date): string {
  return d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
