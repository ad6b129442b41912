import { BODY_SIZE, COLOUR, contentWidth, type Doc, FONT, pdfText } from "./kit";
import { heading } from "./text";

/**
 * The front of a long document: a cover with a coloured band and the facts that identify
 * it, and a table of contents with page numbers and links, filled in once the sections are
 * written (the pages are buffered, so the contents page is reserved first).
 */
export type Cover = {
  /** Small capitals at the top of the band. */
  kicker: string;
  title: string;
  subtitle: string;
  /** Under the band, in bold: what the document is about. */
  subject: string;
  facts: [label: string, value: string][];
};

export function coverPage(doc: Doc, c: Cover) {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.rect(0, 0, doc.page.width, 250).fill(COLOUR.heading);
  doc.font(FONT.bold).fontSize(11).fillColor("#ffffff");
  doc.text(pdfText(c.kicker).toUpperCase(), x, 110, { width, characterSpacing: 1 });
  doc.font(FONT.bold).fontSize(30).text(pdfText(c.title), x, 140, { width });
  doc.font(FONT.regular).fontSize(15).text(pdfText(c.subtitle), x, 190, { width });
  doc.fillColor(COLOUR.text).font(FONT.bold).fontSize(16);
  doc.text(pdfText(c.subject), x, 290, { width });
  doc.moveDown(1.2);
  for (const [label, value] of c.facts) {
    const y = doc.y;
    doc.font(FONT.bold).fontSize(10.5).fillColor(COLOUR.muted).text(pdfText(label), x, y, {
      width: 110,
    });
    doc
      .font(FONT.regular)
      .fillColor(COLOUR.text)
      .text(pdfText(value), x + 120, y, { width: width - 120 });
    doc.moveDown(0.5);
  }
  doc.x = x;
  doc.font(FONT.regular).fontSize(BODY_SIZE);
}

type Entry = { title: string; level: 1 | 2; page: number; destination: string };

export type Contents = {
  /** A section's heading, bookmarked and listed in the contents. */
  section: (title: string, level?: 1 | 2) => void;
  /** Writes the contents page; call once every section is written. */
  write: () => void;
};

/** Reserves the contents page after the current one and starts the first page of text. */
export function tableOfContents(doc: Doc): Contents {
  doc.addPage();
  const page = doc.bufferedPageRange().count - 1;
  doc.addPage();
  const entries: Entry[] = [];
  return {
    section(title, level = 1) {
      const destination = `s${entries.length + 1}`;
      heading(doc, title, level, doc.outline);
      entries.push({ title, level, page: doc.bufferedPageRange().count - 1, destination });
      doc.addNamedDestination(destination);
    },
    write: () => writeContents(doc, page, entries),
  };
}

function writeContents(doc: Doc, page: number, entries: Entry[]) {
  doc.switchToPage(page);
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.x = x;
  doc.y = doc.page.margins.top;
  doc.font(FONT.bold).fontSize(16).fillColor(COLOUR.heading).text("Contents");
  doc.moveDown(0.8);
  for (const entry of entries) {
    const indent = entry.level === 1 ? 0 : 18;
    const y = doc.y;
    const size = entry.level === 1 ? 11 : 9.5;
    doc
      .font(entry.level === 1 ? FONT.bold : FONT.regular)
      .fontSize(size)
      .fillColor(COLOUR.text);
    doc.text(pdfText(entry.title), x + indent, y, {
      width: width - indent - 50,
      lineBreak: false,
      ellipsis: true,
      goTo: entry.destination,
    });
    doc.text(String(entry.page + 1), x, y, { width, align: "right", goTo: entry.destination });
    doc.y = y + size + (entry.level === 1 ? 9 : 6);
  }
}
