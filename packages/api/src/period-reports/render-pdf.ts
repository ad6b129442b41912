import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { PeriodReportModel } from "./model";
import { indicatorChart } from "./render-pdf-chart";
import {
  body,
  COLOUR,
  FONT,
  formatDate,
  heading,
  keepSpace,
  newDocument,
  note,
  pageFurniture,
  pdfText,
} from "./render-pdf-kit";
import { reportTable } from "./render-pdf-table";
import { contributionStatusLabel, type Materialised, materialise } from "./tables";

/**
 * The consolidated progress report as a PDF: a cover, a table of contents with page numbers
 * and links (pages are buffered and the contents filled in at the end), then highlights,
 * work-package status, indicators (chart and table), deliverables and outputs with their
 * evidence, the partners' contributions and the annex list; "Page n of m" in every footer.
 */
type Doc = PDFKit.PDFDocument;
type TocEntry = { title: string; level: 1 | 2; page: number; destination: string };

const editionOf = (m: PeriodReportModel) =>
  m.report.status === "submitted"
    ? `Submitted version ${m.report.version ?? ""}`.trim()
    : "Draft (not submitted)";

export async function renderPdf(m: PeriodReportModel, out: Writable) {
  const doc = buildPdf(m);
  doc.pipe(out);
  doc.end();
  await finished(out);
}

export function buildPdf(m: PeriodReportModel): Doc {
  const doc = newDocument({
    title: `${m.project.acronym} progress report – period ${m.period.number}`,
    author: m.project.acronym,
    subject: `${m.project.programme} progress report`,
  });
  const tables = new Map(materialise(m).map((t) => [t.name, t]));
  const tableOf = (name: string): Materialised => {
    const t = tables.get(name);
    if (!t) throw new Error(`no table ${name}`);
    return t;
  };
  cover(doc, m);
  doc.addPage();
  const tocPage = doc.bufferedPageRange().count - 1;
  doc.addPage();
  const toc: TocEntry[] = [];
  const section = (title: string, level: 1 | 2 = 1) => {
    const destination = `s${toc.length + 1}`;
    heading(doc, title, level === 1 ? 1 : 2, doc.outline);
    toc.push({ title, level, page: doc.bufferedPageRange().count - 1, destination });
    doc.addNamedDestination(destination);
  };

  section("1. Highlights");
  body(doc, m.highlights, "The lead coordinator has not written highlights yet.");

  section("2. Work-package status");
  reportTable(doc, tableOf("work_packages"), "The work plan has no work packages.");

  section("3. Indicators");
  indicatorChart(doc, m.indicators);
  reportTable(doc, tableOf("indicators"), "The project has no indicators.");
  for (const i of m.indicators.filter((i) => i.entered))
    note(doc, `${i.code}: value entered by the lead coordinator. ${i.justification ?? ""}`);
  const byPartner = tableOf("indicator_partners");
  // The spreadsheets keep every partner; the PDF only those that contributed.
  const contributed = { ...byPartner, rows: byPartner.rows.filter((r) => r.cells[3] !== 0) };
  if (contributed.rows.length) {
    heading(doc, "This period by partner", 3);
    note(doc, "Partners that contributed to a computed indicator this period.");
    reportTable(doc, contributed, "");
  }

  section("4. Deliverables and outputs");
  heading(doc, "Deliverables", 3);
  reportTable(doc, tableOf("deliverables"), "No deliverable was due or approved in the period.");
  heading(doc, "Work-plan outputs", 3);
  reportTable(doc, tableOf("work_plan_outputs"), "No output was due or approved in the period.");
  heading(doc, "Results of the learning chain", 3);
  reportTable(doc, tableOf("outputs"), "No learning event, practice, plan or improvement.");

  section("5. Partner contributions");
  for (const c of m.contributions) {
    // A partner's name, its status line and the first paragraph stay together.
    keepSpace(doc, 150);
    section(c.partner, 2);
    if (c.status !== "submitted") {
      note(doc, `${contributionStatusLabel(c.status)}: no submitted contribution.`);
      continue;
    }
    if (c.submittedAt) note(doc, `Submitted ${formatDate(c.submittedAt)}`);
    for (const [label, text] of [
      ["Activities", c.activities],
      ["Stakeholder involvement", c.stakeholderInvolvement],
      ["Communication", c.communication],
      ["Difficulties and deviations", c.difficultiesDeviations],
    ] as const) {
      heading(doc, label, 3);
      body(doc, text, "Nothing reported.");
    }
  }

  section("6. Annexes");
  reportTable(doc, tableOf("annexes"), "No annexes.");

  contents(doc, tocPage, toc);
  pageFurniture(
    doc,
    `${m.project.acronym} · Progress report · Period ${m.period.number}`,
    `${editionOf(m)} · generated ${formatDate(m.generatedAt)}`,
  );
  return doc;
}

function cover(doc: Doc, m: PeriodReportModel) {
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.rect(0, 0, doc.page.width, 250).fill(COLOUR.heading);
  doc.font(FONT.bold).fontSize(11).fillColor("#ffffff");
  doc.text(pdfText(`${m.project.programme} · ${m.project.acronym}`).toUpperCase(), x, 110, {
    width,
    characterSpacing: 1,
  });
  doc.font(FONT.bold).fontSize(30).text("Progress report", x, 140, { width });
  doc
    .font(FONT.regular)
    .fontSize(15)
    .text(`Reporting period ${m.period.number}`, x, 190, { width });
  doc.fillColor(COLOUR.text).font(FONT.bold).fontSize(16);
  doc.text(pdfText(m.project.title), x, 290, { width });
  doc.moveDown(1.2);
  const lines: [string, string][] = [
    ["Period", `${formatDate(m.period.start)} – ${formatDate(m.period.end)}`],
    ["Status", editionOf(m)],
    ...(m.report.submittedAt
      ? ([
          ["Submitted", `${formatDate(m.report.submittedAt)} by ${m.report.submittedBy ?? "–"}`],
        ] as [string, string][])
      : []),
    ["Partners", String(m.partners.length)],
    ["Generated", formatDate(m.generatedAt)],
  ];
  for (const [label, value] of lines) {
    const y = doc.y;
    doc.font(FONT.bold).fontSize(10.5).fillColor(COLOUR.muted).text(label, x, y, { width: 110 });
    doc
      .font(FONT.regular)
      .fillColor(COLOUR.text)
      .text(pdfText(value), x + 120, y, {
        width: width - 120,
      });
    doc.moveDown(0.5);
  }
  doc.x = x;
}

function contents(doc: Doc, page: number, toc: TocEntry[]) {
  doc.switchToPage(page);
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.x = x;
  doc.y = doc.page.margins.top;
  doc.font(FONT.bold).fontSize(16).fillColor(COLOUR.heading).text("Contents");
  doc.moveDown(0.8);
  for (const entry of toc) {
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
