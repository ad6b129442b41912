/**
 * The file types the library knows, by family, written once: the upload allow-list, the
 * search's type filter and the text extraction all draw on these lists.
 */

export const PDF_TYPES = ["application/pdf"] as const;

/** Office documents in the open formats (OOXML and OpenDocument), whose text can be read. */
export const OPEN_OFFICE_TYPES = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
] as const;

/** Every office document: the open formats and the older binary ones and RTF. */
export const OFFICE_TYPES = [
  ...OPEN_OFFICE_TYPES,
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
  "application/rtf",
] as const;

export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;

export const TEXT_TYPES = ["text/plain", "text/csv", "text/markdown"] as const;
