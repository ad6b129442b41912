import type { Block, DocumentSpec } from "../document";
import {
  BODY_SIZE,
  COLOUR,
  type Doc,
  FONT,
  keepSpace,
  newDocument,
  pageFurniture,
  pdfText,
  toBuffer,
} from "./kit";
import { body, bullets, checkboxes, formTable, heading, label, note, summaryBox } from "./text";

/** A document of blocks (../document) as a PDF: bookmarks, running header, "Page n of m". */
export async function documentPdf(spec: DocumentSpec): Promise<Buffer> {
  const doc = newDocument(spec.info);
  let part: PDFKit.PDFOutline | undefined;
  for (const block of spec.blocks) {
    if (block.kind === "heading") {
      if (block.newPage) doc.addPage();
      if (block.keepSpace) keepSpace(doc, block.keepSpace);
      // Level 1 at the top of the bookmarks, level 2 under the level 1 before it.
      const outline =
        block.level === 1 ? doc.outline : block.level === 2 ? (part ?? doc.outline) : undefined;
      const item = heading(doc, block.text, block.level, outline);
      if (block.level === 1) part = item;
    } else blockPdf(doc, block);
  }
  pageFurniture(doc, spec.header, spec.footer);
  return toBuffer(doc);
}

function blockPdf(doc: Doc, block: Exclude<Block, { kind: "heading" }>) {
  switch (block.kind) {
    case "title":
      return titleBlock(doc, block);
    case "paragraphs":
      return body(doc, block.text, block.empty);
    case "note":
      return note(doc, block.text);
    case "label":
      return label(doc, block.text);
    case "bullets":
      return bullets(doc, block.items);
    case "checkboxes":
      return checkboxes(doc, block.items);
    case "summary":
      return summaryBox(doc, block.label, block.text, block.empty);
    case "table":
      return formTable(doc, block.rows, block.widths, block.header);
    case "signature":
      return signature(doc, block.statement, block.fields);
  }
}

function titleBlock(doc: Doc, t: Extract<Block, { kind: "title" }>) {
  doc.font(FONT.bold).fontSize(10).fillColor(COLOUR.muted);
  doc.text(pdfText(t.kicker).toUpperCase(), { characterSpacing: 1 });
  doc.moveDown(0.4);
  doc.font(FONT.bold).fontSize(22).fillColor(COLOUR.heading).text(pdfText(t.title));
  doc.font(FONT.bold).fontSize(15).fillColor(COLOUR.text).text(pdfText(t.subtitle));
  doc.moveDown(0.3);
  doc.font(FONT.regular).fontSize(11).text(pdfText(t.byline));
  doc.font(FONT.regular).fontSize(9).fillColor(COLOUR.muted).text(pdfText(t.edition));
  doc.fillColor(COLOUR.text).fontSize(BODY_SIZE).moveDown(0.8);
}

/** The statement, then a label and a line to sign on per field. */
function signature(doc: Doc, statement: string, fields: string[]) {
  doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(COLOUR.text).text(pdfText(statement));
  doc.moveDown(1);
  const x = doc.page.margins.left;
  for (const field of fields) {
    const y = doc.y + 18;
    doc.font(FONT.bold).text(pdfText(field), x, y - 12, { width: 240, lineBreak: false });
    doc
      .moveTo(x + 250, y)
      .lineTo(doc.page.width - doc.page.margins.right, y)
      .lineWidth(0.6)
      .strokeColor(COLOUR.rule)
      .stroke();
    doc.x = x;
    doc.y = y + 14;
  }
  doc.font(FONT.regular);
}
