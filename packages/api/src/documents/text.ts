import { parseOfficeAsync } from "officeparser";
import { logger } from "../logger";
import { OPEN_OFFICE_TYPES, PDF_TYPES, TEXT_TYPES } from "../shared/media-types";

const EXTRACTABLE = new Set<string>([...PDF_TYPES, ...OPEN_OFFICE_TYPES]);
const PLAIN = new Set<string>(TEXT_TYPES);

/** Larger files are stored and served, but their text is not indexed. */
export const MAX_EXTRACT_BYTES = 50 * 1024 * 1024;
/** Index at most this much text per document. */
const MAX_TEXT_CHARS = 1_000_000;

export function canExtractText(mimeType: string, size: number): boolean {
  return size <= MAX_EXTRACT_BYTES && (EXTRACTABLE.has(mimeType) || PLAIN.has(mimeType));
}

/** The words inside a PDF or Office document, for search; null when they cannot be read. */
export async function extractText(bytes: Buffer, mimeType: string): Promise<string | null> {
  try {
    const text = PLAIN.has(mimeType)
      ? bytes.toString("utf8")
      : await parseOfficeAsync(bytes, { outputErrorToConsole: false });
    // NUL bytes are not allowed in PostgreSQL text.
    return text.replaceAll("\u0000", " ").slice(0, MAX_TEXT_CHARS);
  } catch (err) {
    logger.warn({ err, mimeType }, "text extraction failed; document stays searchable by title");
    return null;
  }
}
