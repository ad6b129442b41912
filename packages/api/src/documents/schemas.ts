import { DOCUMENT_CATEGORIES, DOCUMENT_VISIBILITIES } from "@consortia/db/schema";
import { z } from "zod";

/** ISO 639-1 codes of the languages partnerships write in. */
export const LANGUAGES: Record<string, string> = {
  bg: "Bulgarian",
  cs: "Czech",
  da: "Danish",
  de: "German",
  el: "Greek",
  en: "English",
  es: "Spanish",
  et: "Estonian",
  fi: "Finnish",
  fr: "French",
  ga: "Irish",
  hr: "Croatian",
  hu: "Hungarian",
  it: "Italian",
  lt: "Lithuanian",
  lv: "Latvian",
  mt: "Maltese",
  nl: "Dutch",
  no: "Norwegian",
  pl: "Polish",
  pt: "Portuguese",
  ro: "Romanian",
  sk: "Slovak",
  sl: "Slovenian",
  sv: "Swedish",
};

export const documentTitle = z
  .string()
  .trim()
  .min(1, "Give the document a title")
  .max(200, "At most 200 characters");
export const folderName = z
  .string()
  .trim()
  .min(1, "Give the folder a name")
  .max(120, "At most 120 characters")
  .refine((s) => !/[/\\]/.test(s) && s !== "." && s !== "..", "No slashes, '.' or '..'")
  .refine((s) => !hasControlCharacters(s), "No control characters");
export const tagList = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .min(1)
      .max(40, "Tags have at most 40 characters")
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "Tags use letters, digits, spaces, - and _"),
  )
  .max(20, "At most 20 tags")
  .transform((tags) => [...new Set(tags)]);

export const documentMetadata = {
  title: documentTitle,
  description: z.string().trim().max(4000, "At most 4000 characters").default(""),
  category: z.enum(DOCUMENT_CATEGORIES, "Choose a category"),
  language: z
    .string()
    .refine((l) => l in LANGUAGES, "Unknown language")
    .nullable()
    .default(null),
  tags: tagList.default([]),
  visibility: z.enum(DOCUMENT_VISIBILITIES, "Choose who may see it"),
  folderId: z.uuid().nullable().default(null),
};

export const SORTS = ["title", "updated", "size", "category", "owner"] as const;

/** Bidirectional overrides and zero-width characters disguise file names (e.g. "txt.exe"). */
const DISGUISING = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

export function hasControlCharacters(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return true;
  }
  return DISGUISING.test(s);
}

/**
 * A user's file name is kept only as metadata, but it must still be safe to show and to put
 * in a download header. Returns the NFC-normalised name or a reason to refuse it.
 */
export function checkFileName(
  raw: string,
): { ok: true; name: string } | { ok: false; why: string } {
  const name = raw.normalize("NFC").trim();
  if (!name) return { ok: false, why: "The file has no name" };
  if (/[/\\]/.test(name)) return { ok: false, why: "File names cannot contain / or \\" };
  if (name === "." || name === ".." || name.includes(".."))
    return { ok: false, why: "File names cannot contain '..'" };
  if (hasControlCharacters(name))
    return { ok: false, why: "The file name contains control or invisible characters" };
  if (Buffer.byteLength(name, "utf8") > 255)
    return { ok: false, why: "The file name is too long (at most 255 bytes)" };
  return { ok: true, name };
}
