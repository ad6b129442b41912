import { BODY_SIZE, COLOUR, contentWidth, type Doc, FONT, keepSpace, pdfText } from "./kit";

/**
 * Progress against targets as a horizontal bar chart drawn with pdfkit's vectors. Units may
 * differ from bar to bar (people, organisations, EUR), so each bar is scaled to its own
 * target: the track is 100 % of the target, the dark part what was reached before, the light
 * part what was added since. A bar past the target is capped at 120 % with a green end; a
 * bar without a target shows its value only.
 */
export type Bar = {
  label: string;
  /** The 100 % mark; null or zero: no bar. */
  target: number | null;
  /** Reached before, and reached in all (before and since). */
  before: number;
  total: number;
  /** Printed at the right, as the reader should read the figures. */
  value: string;
};

/** The legend's words for the three parts of a bar, and the line of a bar without target. */
export type BarLegend = { before: string; since: string; rest: string; noTarget: string };

const ROW = 26;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 150;
const CAP = 1.2;

export function barChart(doc: Doc, bars: readonly Bar[], legend: BarLegend) {
  if (!bars.length) return;
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  const barX = x0 + LABEL_WIDTH + 8;
  const barWidth = width - LABEL_WIDTH - VALUE_WIDTH - 16;
  const full = barWidth / CAP;
  drawLegend(doc, x0, legend);
  for (const bar of bars) {
    keepSpace(doc, ROW + 4);
    const y = doc.y;
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLOUR.text);
    doc.text(pdfText(bar.label), x0, y + 2, {
      width: LABEL_WIDTH,
      height: ROW - 2,
      ellipsis: true,
    });
    const target = bar.target ?? 0;
    if (target > 0) {
      const scale = (v: number) => Math.max(0, Math.min(v / target, CAP)) * full;
      doc.rect(barX, y + 3, full, 12).fill(COLOUR.barTrack);
      const before = scale(bar.before);
      const after = scale(bar.total);
      if (before > 0) doc.rect(barX, y + 3, before, 12).fill(COLOUR.barBefore);
      if (after > before)
        doc.rect(barX + before, y + 3, after - before, 12).fill(COLOUR.barCurrent);
      if (bar.total > target) doc.rect(barX + after - 3, y + 3, 3, 12).fill(COLOUR.barOver);
      doc
        .moveTo(barX + full, y)
        .lineTo(barX + full, y + 18)
        .lineWidth(0.8)
        .strokeColor(COLOUR.heading)
        .stroke();
    } else {
      doc.font(FONT.italic).fontSize(8).fillColor(COLOUR.muted);
      doc.text(pdfText(legend.noTarget), barX, y + 5, { width: barWidth, lineBreak: false });
    }
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOUR.text);
    doc.text(pdfText(bar.value), x0 + width - VALUE_WIDTH, y + 5, {
      width: VALUE_WIDTH,
      align: "right",
      lineBreak: false,
      ellipsis: true,
    });
    doc.x = x0;
    doc.y = y + ROW;
  }
  doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(COLOUR.text).moveDown(0.8);
}

function drawLegend(doc: Doc, x: number, legend: BarLegend) {
  keepSpace(doc, 40);
  const y = doc.y;
  const items = [
    { colour: COLOUR.barBefore, label: legend.before },
    { colour: COLOUR.barCurrent, label: legend.since },
    { colour: COLOUR.barTrack, label: legend.rest },
  ];
  let cx = x;
  doc.font(FONT.regular).fontSize(8).fillColor(COLOUR.muted);
  for (const item of items) {
    const text = pdfText(item.label);
    doc.rect(cx, y + 1, 9, 9).fill(item.colour);
    doc.fillColor(COLOUR.muted).text(text, cx + 13, y + 1, { lineBreak: false });
    cx += 13 + doc.widthOfString(text) + 14;
  }
  doc.x = doc.page.margins.left;
  doc.y = y + 18;
}
