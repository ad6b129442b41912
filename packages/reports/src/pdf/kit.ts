import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { cleanText } from "../neutralise";

/**
 * The PDF writer's base: DejaVu fonts (they cover Latin, Greek and Cyrillic, so Polish,
 * Czech and Greek text prints as written), the house colours, A4 pages with room for the
 * running header and footer, and the furniture drawn once every page is known.
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
  zebra: "#f4f7fb",
  barBefore: "#1f3864",
  barCurrent: "#5b9bd5",
  barTrack: "#e3e8ef",
  barOver: "#2e7d32",
} as const;

export type Doc = PDFKit.PDFDocument;
export const BODY_SIZE = 10;
const MARGIN = { top: 64, bottom: 64, left: 56, right: 56 };

/** DejaVu has no glyph for a tab; a PDF line shows it as spaces. */
export const pdfText = (s: string) => cleanText(s).replaceAll("\t", "    ");

export type DocumentInfo = { title: string; author: string; subject: string };

export function newDocument(info: DocumentInfo): Doc {
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

export const contentWidth = (doc: Doc) =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const pageBottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when less than `needed` points are left on this one. */
export function keepSpace(doc: Doc, needed: number) {
  if (doc.y + needed > pageBottom(doc)) doc.addPage();
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
