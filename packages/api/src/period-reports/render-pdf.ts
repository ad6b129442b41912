import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import {
  type Bar,
  barChart,
  body,
  type Cover,
  coverPage,
  dataTable,
  heading,
  keepSpace,
  newDocument,
  note,
  type PdfDocument,
  pageFurniture,
  pdfCell,
  tableOfContents,
} from "@consortia/reports";
import { dayShort, dayLong as formatDate } from "../shared/dates";
import type { PeriodReportModel, ReportIndicator } from "./model";
import { contributionStatusLabel, isOverride, type Materialised, materialise } from "./tables";

/**
 * The consolidated progress report as a PDF: a cover, a table of contents with page numbers
 * and links, then highlights, work-package status, indicators (chart and table), deliverables
 * and outputs with their evidence, the partners' contributions, the financial part (the
 * certified partner reports claimed) and the annex list; "Page n
 * of m" in every footer. The page furniture, tables and chart are @consortia/reports'.
 */
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

export function buildPdf(m: PeriodReportModel): PdfDocument {
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
  const table = (name: string, empty: string) =>
    dataTable(doc, tableOf(name), { empty, day: dayShort });
  coverPage(doc, cover(m));
  const { section, write: writeContents } = tableOfContents(doc);

  section("1. Highlights");
  body(doc, m.highlights, "The lead coordinator has not written highlights yet.");

  section("2. Work-package status");
  table("work_packages", "The work plan has no work packages.");

  section("3. Indicators");
  barChart(doc, m.indicators.map(indicatorBar), {
    before: "Previously reported",
    since: "This period",
    rest: "Remaining to target (line = 100 %)",
    noTarget: "No target set",
  });
  table("indicators", "The project has no indicators.");
  for (const i of m.indicators) {
    if (!i.participations) continue;
    const { thisPeriod, cumulative } = i.participations;
    note(
      doc,
      `${i.code} counts each person once in the period and once in the cumulative (members by account, guests by e-mail where given, else each participation): ${thisPeriod} participations this period, ${cumulative} in all.`,
    );
  }
  for (const i of m.indicators.filter((i) => i.entered))
    note(
      doc,
      `${i.code}: value entered by the lead coordinator${isOverride(i) ? " over the computed one, not split by partner" : ""}. ${i.justification ?? ""}`,
    );
  const byPartner = tableOf("indicator_partners");
  // The spreadsheets keep every partner; the PDF only those that contributed.
  const contributed = { ...byPartner, rows: byPartner.rows.filter((r) => r.cells[3] !== 0) };
  if (contributed.rows.length) {
    heading(doc, "This period by partner", 3);
    note(
      doc,
      "Partners that contributed to a computed indicator this period. A value the lead coordinator entered over the computed one is not split by partner.",
    );
    dataTable(doc, contributed, { empty: "", day: dayShort });
  }

  section("4. Deliverables and outputs");
  heading(doc, "Deliverables", 3);
  table("deliverables", "No deliverable was due or approved in the period.");
  heading(doc, "Work-plan outputs", 3);
  table("work_plan_outputs", "No output was due or approved in the period.");
  heading(doc, "Results of the learning chain", 3);
  table("outputs", "No learning event, practice, plan or improvement.");

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

  section("6. Financial part");
  financialPart(m, table, doc);

  section("7. Annexes");
  table("annexes", "No annexes.");

  writeContents();
  pageFurniture(
    doc,
    `${m.project.acronym} · Progress report · Period ${m.period.number}`,
    `${editionOf(m)} · generated ${formatDate(m.generatedAt)}`,
  );
  return doc;
}

function cover(m: PeriodReportModel): Cover {
  const submitted: Cover["facts"] = m.report.submittedAt
    ? [["Submitted", `${formatDate(m.report.submittedAt)} by ${m.report.submittedBy ?? "–"}`]]
    : [];
  return {
    kicker: `${m.project.programme} · ${m.project.acronym}`,
    title: "Progress report",
    subtitle: `Reporting period ${m.period.number}`,
    subject: m.project.title,
    facts: [
      ["Period", `${formatDate(m.period.start)} – ${formatDate(m.period.end)}`],
      ["Status", editionOf(m)],
      ...submitted,
      ["Partners", String(m.partners.length)],
      ["Generated", formatDate(m.generatedAt)],
    ],
  };
}

/**
 * An indicator as a bar scaled to its own target (units differ: people, organisations,
 * EUR): dark what was reported before this period, light this period's part.
 */
function indicatorBar(i: ReportIndicator): Bar {
  const eur = i.unit === "eur";
  const value = `${pdfCell(i.cumulative, "number", eur)} / ${pdfCell(i.target, "number", eur)}`;
  const percent = i.percentOfTarget === null ? "" : ` (${i.percentOfTarget.toFixed(1)} %)`;
  return {
    label: `${i.code} · ${i.name}`,
    target: i.target,
    before: i.previously,
    total: i.cumulative,
    value: value + percent,
  };
}

/** The claim: figures per partner × category, the contribution sources, the certificates. */
function financialPart(
  m: PeriodReportModel,
  table: (name: string, empty: string) => void,
  doc: PdfDocument,
) {
  const claim = m.claim;
  if (!claim) {
    note(doc, "This version was submitted before the report had a financial part.");
    return;
  }
  note(
    doc,
    `${claim.certificateCount} control certificate${claim.certificateCount === 1 ? "" : "s"} included. Fund requested = certified × the partner's co-financing rate, rounded to the cent once per partner and cost category; the contribution is the rest.`,
  );
  table("claim", "No certified partner report is included in this report.");
  if (claim.partners.some((p) => p.contributions.length > 0)) {
    heading(doc, "Contribution sources", 3);
    table("claim_contributions", "");
  }
  if (claim.certificates?.length) {
    heading(doc, "Included certificates", 3);
    table("claim_certificates", "");
  }
}
