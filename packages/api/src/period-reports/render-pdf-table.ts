import { COLOUR, FONT, formatDateShort, keepSpace, pdfText } from "./render-pdf-kit";
import type { Cell, ColumnKind, Materialised } from "./tables";

/**
 * A table of ./tables laid out by hand so it breaks across pages cleanly: rows are measured
 * first, a row never splits, and the header row is repeated on every page the table runs
 * onto. Only the columns with a `pdf` weight are shown, scaled to the page width.
 */
type Doc = PDFKit.PDFDocument;
const SIZE = 8;
const PAD_X = 4;
const PAD_Y = 3.5;

const NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const EUR = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A cell as the PDF prints it; numbers in English style, EUR with 2 decimals. */
export function pdfCell(value: Cell, kind: ColumnKind, eur = false): string {
  if (value === null || value === "") return "–";
  if (value instanceof Date)
    return kind === "instant"
      ? `${formatDateShort(value)} ${value.toISOString().slice(11, 16)}`
      : formatDateShort(value);
  if (typeof value === "number") {
    if (eur || kind === "eur") return `€\u00a0${EUR.format(value)}`;
    if (kind === "percent") return `${value.toFixed(1)}\u00a0%`;
    return NUMBER.format(value);
  }
  return pdfText(value);
}

const numeric = (kind: ColumnKind) => kind !== "text" && kind !== "day" && kind !== "instant";

export function reportTable(doc: Doc, table: Materialised, empty: string) {
  const x0 = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const shown = table.columns.flatMap((c, i) => (c.pdf ? [{ ...c, pdf: c.pdf, index: i }] : []));
  const totalWeight = shown.reduce((n, c) => n + c.pdf, 0);
  const widths = shown.map((c) => (c.pdf / totalWeight) * width);
  if (!table.rows.length) {
    doc.font(FONT.italic).fontSize(9.5).fillColor(COLOUR.muted).text(empty, x0, doc.y);
    doc.font(FONT.regular).fillColor(COLOUR.text).moveDown(0.6);
    return;
  }
  const header = shown.map((c) => c.header);
  const rows = table.rows.map((r) =>
    shown.map((c) => pdfCell(r.cells[c.index] ?? null, c.kind, r.eur[c.index])),
  );
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const maxHeight = bottom() - doc.page.margins.top - 40;
  const heightOf = (cells: string[], font: string) => {
    doc.font(font).fontSize(SIZE);
    const h = Math.max(
      ...cells.map((t, i) => doc.heightOfString(t, { width: (widths[i] ?? 20) - 2 * PAD_X })),
    );
    return Math.min(h + 2 * PAD_Y, maxHeight);
  };
  const draw = (cells: string[], font: string, fill?: string) => {
    const h = heightOf(cells, font);
    const y = doc.y;
    if (fill) doc.rect(x0, y, width, h).fill(fill);
    let x = x0;
    cells.forEach((t, i) => {
      const w = widths[i] ?? 20;
      const column = shown[i];
      doc
        .font(font)
        .fontSize(SIZE)
        .fillColor(COLOUR.text)
        .text(t, x + PAD_X, y + PAD_Y, {
          width: w - 2 * PAD_X,
          height: h - 2 * PAD_Y,
          ellipsis: true,
          align: column && numeric(column.kind) ? "right" : "left",
        });
      x += w;
    });
    doc
      .moveTo(x0, y + h)
      .lineTo(x0 + width, y + h)
      .lineWidth(0.4)
      .strokeColor(COLOUR.rule)
      .stroke();
    doc.x = x0;
    doc.y = y + h;
  };
  const headerHeight = heightOf(header, FONT.bold);
  keepSpace(doc, headerHeight + heightOf(rows[0] ?? [], FONT.regular));
  draw(header, FONT.bold, COLOUR.tableHead);
  rows.forEach((cells, r) => {
    if (doc.y + heightOf(cells, FONT.regular) > bottom()) {
      doc.addPage();
      draw(header, FONT.bold, COLOUR.tableHead);
    }
    draw(cells, FONT.regular, r % 2 ? COLOUR.zebra : undefined);
  });
  doc.x = x0;
  doc.font(FONT.regular).fontSize(10).fillColor(COLOUR.text).moveDown(0.8);
}
