import { type Checkbox, checkboxLine, type TextCell } from "../document";
import {
  BODY_SIZE,
  COLOUR,
  contentWidth,
  type Doc,
  FONT,
  keepSpace,
  pageBottom,
  pdfText,
} from "./kit";

/**
 * Running text on a PDF page: headings (with bookmarks), paragraphs of someone's text, notes,
 * lists, shaded summary boxes that continue across pages and small tables of label and value.
 */

/** A heading; with `outline`, a bookmark under it (returned, for headings below this one). */
export function heading(
  doc: Doc,
  text: string,
  level: 1 | 2 | 3,
  outline?: PDFKit.PDFOutline,
): PDFKit.PDFOutline | undefined {
  const size = level === 1 ? 16 : level === 2 ? 13 : 11;
  keepSpace(doc, size * 5);
  if (level < 3) doc.moveDown(0.6);
  doc.x = doc.page.margins.left;
  const item = outline?.addItem(text);
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
  return item;
}

/** Someone's text as paragraphs; an empty field says so instead of leaving a gap. */
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
  doc.font(FONT.italic).fontSize(8.5).fillColor(COLOUR.muted).text(pdfText(text));
  doc.fillColor(COLOUR.text).font(FONT.regular).fontSize(BODY_SIZE).moveDown(0.2);
}

export function label(doc: Doc, text: string) {
  doc.x = doc.page.margins.left;
  doc.font(FONT.bold).fontSize(BODY_SIZE).fillColor(COLOUR.text).text(pdfText(text));
  doc.font(FONT.regular).moveDown(0.2);
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

/** Lines that start with a ticked or an empty box. */
export function checkboxes(doc: Doc, items: Checkbox[]) {
  doc.x = doc.page.margins.left;
  doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(COLOUR.text);
  for (const item of items) doc.text(pdfText(checkboxLine(item)), { indent: 8 });
  doc.moveDown(0.6);
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
 * A shaded box with a bold label over text. Laid out line by line so a long text continues
 * in a second box on the next page instead of being cut.
 */
export function summaryBox(doc: Doc, title: string, text: string, empty: string) {
  const pad = 7;
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const clean = pdfText(text).trim();
  doc.font(FONT.regular).fontSize(9.5);
  const lineHeight = doc.currentLineHeight(true) + 1.5;
  const lines = [
    { text: pdfText(title), font: FONT.bold },
    ...(clean
      ? wrap(doc, clean, width - 2 * pad).map((t) => ({ text: t, font: FONT.regular }))
      : [{ text: pdfText(empty), font: FONT.italic }]),
  ];
  let i = 0;
  while (i < lines.length) {
    const fits = Math.floor((pageBottom(doc) - doc.y - 2 * pad) / lineHeight);
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

/** A small bordered table (label and value, a short overview); `widths` in percent. */
export function formTable(doc: Doc, rows: TextCell[][], widths: number[], header: boolean) {
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
  const width = contentWidth(doc);
  doc.table({
    columnStyles: widths.map((w) => ({ width: (w / 100) * width })),
    defaultStyle: { border: 0.5, borderColor: COLOUR.rule, padding: [4, 5, 4, 5] },
    data,
  });
  doc.x = doc.page.margins.left;
  doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(COLOUR.text).moveDown(0.6);
}
