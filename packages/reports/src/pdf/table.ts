import type { Cell, ColumnKind, Table } from "../table";
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
 * A data table laid out by hand so it breaks across pages cleanly: rows are measured first,
 * a row never splits, and the header row is repeated on every page the table runs onto.
 * Only the columns with a `pdf` weight are shown, scaled to the page width.
 */
const SIZE = 8;
const PAD_X = 4;
const PAD_Y = 3.5;

const NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const EUR = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** How a table prints a day; the caller's house style ("3 Mar 2026"), else YYYY-MM-DD. */
export type DayFormat = (day: Date) => string;

/** A cell as the PDF prints it; numbers in English style, EUR with 2 decimals. */
export function pdfCell(value: Cell, kind: ColumnKind, eur = false, day: DayFormat = isoDay) {
  if (value === null || value === "") return "–";
  if (value instanceof Date)
    return kind === "instant" ? `${day(value)} ${value.toISOString().slice(11, 16)}` : day(value);
  if (typeof value === "number") {
    if (eur || kind === "eur") return `€\u00a0${EUR.format(value)}`;
    if (kind === "percent") return `${value.toFixed(1)}\u00a0%`;
    return NUMBER.format(value);
  }
  return pdfText(value);
}

const numeric = (kind: ColumnKind) => kind !== "text" && kind !== "day" && kind !== "instant";

/** The table, or `empty` in italics when it has no rows. */
export function dataTable(doc: Doc, table: Table, opts: { empty: string; day?: DayFormat }) {
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  const shown = table.columns.flatMap((c, i) => (c.pdf ? [{ ...c, pdf: c.pdf, index: i }] : []));
  const totalWeight = shown.reduce((n, c) => n + c.pdf, 0);
  const widths = shown.map((c) => (c.pdf / totalWeight) * width);
  if (!table.rows.length) {
    doc.font(FONT.italic).fontSize(9.5).fillColor(COLOUR.muted).text(opts.empty, x0, doc.y);
    doc.font(FONT.regular).fillColor(COLOUR.text).moveDown(0.6);
    return;
  }
  const header = shown.map((c) => pdfText(c.header));
  const rows = table.rows.map((r) =>
    shown.map((c) =>
      pdfCell(r.cells[c.index] ?? null, r.kinds[c.index] ?? c.kind, r.eur[c.index], opts.day),
    ),
  );
  const maxHeight = pageBottom(doc) - doc.page.margins.top - 40;
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
    if (doc.y + heightOf(cells, FONT.regular) > pageBottom(doc)) {
      doc.addPage();
      draw(header, FONT.bold, COLOUR.tableHead);
    }
    draw(cells, FONT.regular, r % 2 ? COLOUR.zebra : undefined);
  });
  doc.x = x0;
  doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(COLOUR.text).moveDown(0.8);
}
