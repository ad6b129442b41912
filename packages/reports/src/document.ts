import type { DocumentInfo } from "./pdf/kit";

/**
 * A document described once as blocks and written by both the PDF and the Word writer, so
 * the two files of one export keep the same structure, headings and wording.
 */

/** A cell of a document's table: text, or text in bold or aligned right. */
export type TextCell = string | { text: string; bold?: boolean; align?: "left" | "right" };

export type Block =
  /** The first lines of the document: a small kicker, the title, a subtitle, who and which edition. */
  | {
      kind: "title";
      kicker: string;
      title: string;
      subtitle: string;
      byline: string;
      edition: string;
    }
  /**
   * A heading; a PDF bookmarks levels 1 and 2 (a level 2 under the level 1 before it).
   * `newPage` starts a page; `keepSpace` (points, PDF only) moves the heading to the next
   * page unless that much room is left for what follows it.
   */
  | { kind: "heading"; text: string; level: 1 | 2 | 3; newPage?: boolean; keepSpace?: number }
  /** Someone's text, a paragraph per line; when empty, `empty` in italics instead of a gap. */
  | { kind: "paragraphs"; text: string; empty?: string }
  | { kind: "note"; text: string }
  /** A bold line that introduces what follows it. */
  | { kind: "label"; text: string }
  | { kind: "bullets"; items: string[] }
  | { kind: "checkboxes"; items: Checkbox[] }
  /** A shaded, bordered box: a bold label and text (or `empty` in italics). */
  | { kind: "summary"; label: string; text: string; empty: string }
  /** `widths` in percent of the page; with `header` the first row is the shaded header. */
  | { kind: "table"; rows: TextCell[][]; widths: number[]; header: boolean }
  /** A statement, then a line to fill in per field. */
  | { kind: "signature"; statement: string; fields: string[] };

export type DocumentSpec = {
  info: DocumentInfo;
  /** Running header and footer of every page. */
  header: string;
  footer: string;
  blocks: Block[];
};

export type Checkbox = { label: string; checked: boolean };

/** A box's line as both writers print it: "☒  Label" or "☐  Label". */
export const checkboxLine = (c: Checkbox) => `${c.checked ? "☒" : "☐"}  ${c.label}`;
