export const ROLE_LABELS: Record<string, string> = {
  admin: "Platform admin",
  lead_coordinator: "Lead coordinator",
  partner_editor: "Partner editor",
  partner_viewer: "Partner viewer",
  observer: "Observer",
  controller: "Controller",
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

export const DOCUMENT_CATEGORY_LABELS: Record<string, string> = {
  deliverable: "Deliverable",
  meeting_material: "Meeting material",
  peer_review_report: "Peer-review report",
  good_practice_evidence: "Good-practice evidence",
  policy_document: "Policy document",
  communication: "Communication",
  other: "Other",
};

export const DOCUMENT_VISIBILITY_LABELS: Record<string, string> = {
  partnership: "Whole partnership",
  partner: "Own partner only",
  lead: "Lead partner only",
};

export const DOCUMENT_VISIBILITY_HINTS: Record<string, string> = {
  partnership: "Every member of the project, observers included.",
  partner: "People of the owning partner, plus lead coordinators.",
  lead: "The owning partner's people and the lead partner's people.",
};

/** 1536 → "1.5 KB": binary units, one decimal above kilobytes. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

export const DOCUMENT_TYPE_GROUP_LABELS: Record<string, string> = {
  pdf: "PDF",
  office: "Office documents",
  image: "Images",
  text: "Text files",
};

const DOCUMENT_TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF document",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel workbook",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation":
    "PowerPoint presentation",
  "application/vnd.oasis.opendocument.text": "OpenDocument text",
  "application/vnd.oasis.opendocument.spreadsheet": "OpenDocument spreadsheet",
  "application/vnd.oasis.opendocument.presentation": "OpenDocument presentation",
  "application/msword": "Word document (old format)",
  "application/vnd.ms-excel": "Excel workbook (old format)",
  "application/vnd.ms-powerpoint": "PowerPoint presentation (old format)",
  "application/rtf": "Rich text",
  "application/zip": "Zip archive",
  "image/png": "PNG image",
  "image/jpeg": "JPEG image",
  "image/gif": "GIF image",
  "image/webp": "WebP image",
  "text/plain": "Plain text",
  "text/csv": "CSV table",
  "text/markdown": "Markdown text",
};

/** "application/pdf" → "PDF document"; unknown types show as they are. */
export function documentTypeLabel(mimeType: string): string {
  return DOCUMENT_TYPE_LABELS[mimeType] ?? mimeType;
}
