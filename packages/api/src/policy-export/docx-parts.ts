import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { cleanText } from "./template";

/**
 * Building blocks for the editable action plan: real Word headings (they fill the navigation
 * pane and a table of contents), real tables, and the English summary as shaded paragraphs
 * that Word keeps together as one bordered box while people edit inside it.
 */
const BOX_BORDER = { style: BorderStyle.SINGLE, size: 6, color: "9DB7D5", space: 4 };
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "B8C4D6" };
const HEAD_FILL = "D9E2F0";

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  return new Paragraph({ text: cleanText(text), heading: LEVELS[level], keepNext: true });
}

/** One paragraph per line of the partner's text; an empty field says so. */
export function body(text: string, empty = "Not provided."): Paragraph[] {
  const clean = cleanText(text).trim();
  if (!clean) return [new Paragraph({ children: [new TextRun({ text: empty, italics: true })] })];
  return clean.split("\n").map((line) => new Paragraph({ text: line }));
}

export function note(text: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, italics: true, color: "5B6573", size: 18 })],
  });
}

export function label(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true })], keepNext: true });
}

export function bullets(items: string[]): Paragraph[] {
  return items.map((item) => new Paragraph({ text: cleanText(item), bullet: { level: 0 } }));
}

export function summaryBox(title: string, text: string): Paragraph[] {
  const clean = cleanText(text).trim();
  const box = {
    shading: { type: ShadingType.CLEAR, color: "auto", fill: "E8F0F9" },
    border: { top: BOX_BORDER, bottom: BOX_BORDER, left: BOX_BORDER, right: BOX_BORDER },
  };
  const lines = clean
    ? clean.split("\n").map((line) => new Paragraph({ ...box, text: line }))
    : [
        new Paragraph({
          ...box,
          children: [new TextRun({ text: "No English summary yet.", italics: true })],
        }),
      ];
  return [
    new Paragraph({ ...box, keepNext: true, children: [new TextRun({ text: title, bold: true })] }),
    ...lines,
    new Paragraph({ text: "" }),
  ];
}

export type DocxCell = string | { text: string; bold?: boolean; align?: "left" | "right" };

function cell(c: DocxCell, head: boolean, widthPct: number): TableCell {
  const v = typeof c === "string" ? { text: c } : c;
  const lines = cleanText(v.text).split("\n");
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    shading: head ? { type: ShadingType.CLEAR, color: "auto", fill: HEAD_FILL } : undefined,
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: v.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: head || !!v.bold })],
        }),
    ),
  });
}

/** A full-width table; with `header` its first row repeats on every page. */
export function table(rows: DocxCell[][], widthsPct: number[], header = true): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: header && r === 0,
          cantSplit: true,
          children: row.map((c, i) => cell(c, header && r === 0, widthsPct[i] ?? 10)),
        }),
    ),
  });
}

/** Spacing after a table, which Word otherwise glues to the next heading. */
export const gap = () => new Paragraph({ text: "" });
