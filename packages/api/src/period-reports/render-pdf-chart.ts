import type { ReportIndicator } from "./model";
import { COLOUR, FONT, keepSpace, pdfText } from "./render-pdf-kit";
import { pdfCell } from "./render-pdf-table";

/**
 * Indicators against their targets as a horizontal bar chart drawn with pdfkit's vectors.
 * Units differ (people, organisations, EUR), so each bar is scaled to its own target: the
 * track is 100 % of the target, the dark part what was reported before this period, the
 * light part this period. A bar past the target is capped at 120 % with a green end; an
 * indicator without a target shows its value only. The table after it has the numbers.
 */
type Doc = PDFKit.PDFDocument;
const ROW = 26;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 150;
const CAP = 1.2;

export function indicatorChart(doc: Doc, indicators: ReportIndicator[]) {
  if (!indicators.length) return;
  const x0 = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const barX = x0 + LABEL_WIDTH + 8;
  const barWidth = width - LABEL_WIDTH - VALUE_WIDTH - 16;
  const full = barWidth / CAP;
  legend(doc, x0);
  for (const i of indicators) {
    keepSpace(doc, ROW + 4);
    const y = doc.y;
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLOUR.text);
    doc.text(pdfText(`${i.code} · ${i.name}`), x0, y + 2, {
      width: LABEL_WIDTH,
      height: ROW - 2,
      ellipsis: true,
    });
    const eur = i.unit === "eur";
    const target = i.target ?? 0;
    if (target > 0) {
      const scale = (v: number) => Math.max(0, Math.min(v / target, CAP)) * full;
      doc.rect(barX, y + 3, full, 12).fill(COLOUR.target);
      const before = scale(i.previously);
      const after = scale(i.cumulative);
      if (before > 0) doc.rect(barX, y + 3, before, 12).fill(COLOUR.previously);
      if (after > before)
        doc.rect(barX + before, y + 3, after - before, 12).fill(COLOUR.thisPeriod);
      if (i.cumulative > target) doc.rect(barX + after - 3, y + 3, 3, 12).fill(COLOUR.over);
      doc
        .moveTo(barX + full, y)
        .lineTo(barX + full, y + 18)
        .lineWidth(0.8)
        .strokeColor(COLOUR.heading)
        .stroke();
    } else {
      doc.font(FONT.italic).fontSize(8).fillColor(COLOUR.muted);
      doc.text("No target set", barX, y + 5, { width: barWidth, lineBreak: false });
    }
    const value = `${pdfCell(i.cumulative, "number", eur)} / ${pdfCell(i.target, "number", eur)}`;
    const percent = i.percentOfTarget === null ? "" : ` (${i.percentOfTarget.toFixed(1)} %)`;
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOUR.text);
    doc.text(value + percent, x0 + width - VALUE_WIDTH, y + 5, {
      width: VALUE_WIDTH,
      align: "right",
      lineBreak: false,
      ellipsis: true,
    });
    doc.x = x0;
    doc.y = y + ROW;
  }
  doc.font(FONT.regular).fontSize(10).fillColor(COLOUR.text).moveDown(0.8);
}

function legend(doc: Doc, x: number) {
  keepSpace(doc, 40);
  const y = doc.y;
  const items = [
    { colour: COLOUR.previously, label: "Previously reported" },
    { colour: COLOUR.thisPeriod, label: "This period" },
    { colour: COLOUR.target, label: "Remaining to target (line = 100 %)" },
  ];
  let cx = x;
  doc.font(FONT.regular).fontSize(8).fillColor(COLOUR.muted);
  for (const item of items) {
    doc.rect(cx, y + 1, 9, 9).fill(item.colour);
    doc.fillColor(COLOUR.muted).text(item.label, cx + 13, y + 1, { lineBreak: false });
    cx += 13 + doc.widthOfString(item.label) + 14;
  }
  doc.x = doc.page.margins.left;
  doc.y = y + 18;
}
