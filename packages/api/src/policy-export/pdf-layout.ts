import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { cleanText } from "./template";

/**
 * Page furniture for the action-plan PDF: DejaVu fonts (they cover Latin, Greek and Cyrillic,
 * so Polish, Czech and Greek plans print as written), headings with bookmarks, shaded English
 * summary boxes that continue across pages, tables, and the running header and footer.
 */
const require = createRequire(import.meta.url);
// The fonts are read from disk at run time; without the hint Turbopack tries to bundle every
// file of the package as a module and the web build fails.
const fontFile = (name: string) =>
  require.resolve(/* turbopackIgnore: true */ `dejavu-fonts-ttf/ttf/${name}`);

export const FONT = {
  regular: fontFile("DejaVuSans.ttf"),
  bold: fontFile("DejaVuSans-Bold.ttf"),
  italic: fontFile("DejaVuSans-Oblique.ttf"),
} as const;

export const COLOUR = {
  text: "#1a1a1a",
  heading: "#1f3864",
  muted: "#5b6573",
  boxFill: "#e8f0f9",
  boxLine: "#9db7d5",
  tableHead: "#d9e2f0",
  rule: "#b8c4d6",
} as const;

type Doc = PDFKit.PDFDocument;
/** DejaVu has no glyph for a tab; a PDF line shows it as spaces. */
export const pdfText = (s: string) => cleanText(s).replaceAll("\t", "    ");
const MARGIN = { top: 64, bottom: 64, left: 56, right: 56 };
const BODY_SIZE = 10;

export function newDocument(info: { title: string; author: string; subject: string }): Doc {
  return new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    // The default font would be Helvetica, which has no glyphs for ł, ř or Ω.
    font: FONT.regular,
    info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: "Consortia" },
    lang: "en",
    displayTitle: true,
  });
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when less than `needed` points are left on this one. */
export function keepSpace(doc: Doc, needed: number) {
  if (doc.y + needed > bottom(doc)) doc.addPage();
}

export function heading(doc: Doc, text: string, level: 1 | 2 | 3, outline?: PDFKit.PDFOutline) {
  const size = level === 1 ? 16 : level === 2 ? 13 : 11;
  keepSpace(doc, size * 5);
  if (level < 3) doc.moveDown(0.6);
  doc.x = doc.page.margins.left;
  outline?.addItem(text);
  doc.font(FONT.bold).fontSize(size).fillColor(COLOUR.heading).text(pdfText(text));
  if (level === 1) {
    const y = doc.y + 2;
    doc
      .moveTo(doc.page.margins.left, y)
      .lineTo(doc.page.width - doc.page.margins.right, y)
      .lineWidth(0.8)
      .strokeColor(COLOUR.rule)
      .stroke();
    doc.y = y + 6;
  } else doc.moveDown(0.3);
  doc.fillColor(COLOUR.text).font(FONT.regular).fontSize(BODY_SIZE);
}

/** A paragraph of the partner's own text; an empty field says so instead of leaving a gap. */
export function body(doc: Doc, text: string, empty = "Not provided.") {
  doc.x = doc.page.margins.left;
  const clean = pdfText(text).trim();
  if (!clean) {
    doc.font(FONT.italic).fontSize(BODY_SIZE).fillColor(COLOUR.muted).text(empty);
  } else {
    doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(COLOUR.text).text(clean, {
      paragraphGap: 4,
      lineGap: 1.5,
    });
  }
  doc.fillColor(COLOUR.text).font(FONT.regular).moveDown(0.4);
}

export function note(doc: Doc, text: string) {
  doc.x = doc.page.margins.left;
  doc.font(FONT.italic).fontSize(8.5).fillColor(COLOUR.muted).text(text);
  doc.fillColor(COLOUR.text).font(FONT.regular).fontSize(BODY_SIZE).moveDown(0.2);
}

export function bullets(doc: Doc, items: string[]) {
  doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(COLOUR.text);
  doc.list(items.map(pdfText), doc.page.margins.left + 6, doc.y, {
    bulletRadius: 1.6,
    textIndent: 10,
    paragraphGap: 2,
    width: contentWidth(doc) - 6,
  });
  doc.x = doc.page.margins.left;
  doc.moveDown(0.4);
}

/** Words laid into lines that fit `width`; a word longer than a line is cut where it must. */
function wrap(doc: Doc, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (doc.widthOfString(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      for (const ch of word) {
        if (doc.widthOfString(line + ch) > width && line) {
          lines.push(line);
          line = "";
        }
        line += ch;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The English summary of a section: a shaded box under the original text. Laid out line by
 * line so a long summary continues in a second box on the next page instead of being cut.
 */
export function summaryBox(doc: Doc, label: string, text: string) {
  const pad = 7;
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const clean = pdfText(text).trim();
  doc.font(FONT.regular).fontSize(9.5);
  const lineHeight = doc.currentLineHeight(true) + 1.5;
  const lines = [
    { text: label, font: FONT.bold },
    ...(clean
      ? wrap(doc, clean, width - 2 * pad).map((t) => ({ text: t, font: FONT.regular }))
      : [{ text: "No English summary yet.", font: FONT.italic }]),
  ];
  let i = 0;
  while (i < lines.length) {
    const fits = Math.floor((bottom(doc) - doc.y - 2 * pad) / lineHeight);
    if (fits < Math.min(3, lines.length - i)) {
      doc.addPage();
      continue;
    }
    const chunk = lines.slice(i, i + fits);
    const top = doc.y;
    const height = chunk.length * lineHeight + 2 * pad;
    doc.rect(x, top, width, height).lineWidth(0.6).fillAndStroke(COLOUR.boxFill, COLOUR.boxLine);
    doc.fillColor(COLOUR.text);
    chunk.forEach((line, k) => {
      doc
        .font(line.font)
        .fontSize(9.5)
        .text(line.text, x + pad, top + pad + k * lineHeight, { lineBreak: false });
    });
    doc.x = x;
    doc.y = top + height + 8;
    i += chunk.length;
  }
  doc.font(FONT.regular).fontSize(BODY_SIZE);
}

type Cell = string | { text: string; bold?: boolean; align?: "left" | "right" };

/** A table whose first row is the header; `widths` in points or "*" for the rest. */
export function table(doc: Doc, rows: Cell[][], widths: (number | string)[], header = true) {
  doc.x = doc.page.margins.left;
  keepSpace(doc, 60);
  const data = rows.map((row, r) =>
    row.map((cell) => {
      const c = typeof cell === "string" ? { text: cell } : cell;
      const head = header && r === 0;
      return {
        text: pdfText(c.text),
        font: { src: head || c.bold ? FONT.bold : FONT.regular, size: 9.5 },
        backgroundColor: head ? COLOUR.tableHead : undefined,
        align: { x: c.align ?? "left", y: "top" as const },
      };
    }),
  );
  doc.table({
    columnStyles: widths.map((width) => ({ width })),
    defaultStyle: { border: 0.5, borderColor: COLOUR.rule, padding: [4, 5, 4, 5] },
    data,
  });
  doc.x = doc.page.margins.left;
  doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(COLOUR.text).moveDown(0.6);
}

/** Running header and "Page n of m" footer on every page, drawn once the pages are known. */
export function pageFurniture(doc: Doc, headerText: string, footerText: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const saved = margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    margins.bottom = 0;
    const width = contentWidth(doc);
    doc.font(FONT.regular).fontSize(8).fillColor(COLOUR.muted);
    doc.text(pdfText(headerText), margins.left, 30, { width, lineBreak: false, ellipsis: true });
    doc
      .moveTo(margins.left, 44)
      .lineTo(margins.left + width, 44)
      .lineWidth(0.5)
      .strokeColor(COLOUR.rule)
      .stroke();
    const footerY = doc.page.height - 40;
    doc.text(pdfText(footerText), margins.left, footerY, {
      width: width - 90,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, margins.left, footerY, {
      width,
      align: "right",
      lineBreak: false,
    });
    margins.bottom = saved;
  }
}

/** The finished document's bytes. */
export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}
