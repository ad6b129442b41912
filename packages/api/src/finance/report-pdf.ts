import { type Block, type DocumentSpec, documentPdf, type TextCell } from "@consortia/reports";
import { z } from "zod";
import type { Context } from "../context";
import { notFound } from "../errors";
import { exportAudit, exportRoute, inProject } from "../shared/export-route";
import { periodNumber } from "../shared/fields";
import { CONTENT_TYPES, fileSafe } from "../shared/http-kit";
import type { ProjectCtx } from "../shared/service-context";
import { getVersion, listVersions } from "./report-list";
import { reportModel } from "./report-model";
import { euroText, REPORT_CATEGORY_LABELS, REPORT_STATUS_LABELS } from "./report-schemas";

type Shown = Omit<Awaited<ReturnType<typeof reportModel>>, "can">;

const right = (text: string): TextCell => ({ text, align: "right" });
const money = (cents: number) => right(euroText(cents));
const bold = (text: string, align: "left" | "right" = "left"): TextCell => ({
  text,
  bold: true,
  align,
});

function overviewTable(m: Shown): Block {
  const head = ["Cost category", "Budget", "Previously reported", "This report", "Total"];
  const rows = m.overview.rows.map((r) => [
    REPORT_CATEGORY_LABELS[r.category],
    money(r.budgetCents),
    money(r.previousCents),
    money(r.currentCents),
    money(r.totalCents),
    right(r.percentOfBudget === null ? "–" : `${r.percentOfBudget} %`),
    money(r.remainingCents),
  ]);
  const t = m.overview.total;
  return {
    kind: "table",
    header: true,
    widths: [22, 13, 13, 13, 13, 9, 17],
    rows: [
      [...head.map((h) => bold(h)), bold("% of budget"), bold("Remaining")],
      ...rows,
      [
        bold("Total"),
        ...[t.budgetCents, t.previousCents, t.currentCents, t.totalCents].map((c) =>
          bold(euroText(c), "right"),
        ),
        bold(t.percentOfBudget === null ? "–" : `${t.percentOfBudget} %`, "right"),
        bold(euroText(t.remainingCents), "right"),
      ],
    ],
  };
}

function itemsBlocks(m: Shown): Block[] {
  if (m.items === null)
    return [{ kind: "note", text: "The items of this report are seen by the partner only." }];
  const rows = m.items.map((i) => [
    REPORT_CATEGORY_LABELS[i.category],
    [i.description, i.staffPerson ? `(${i.staffPerson})` : ""].filter(Boolean).join(" "),
    i.invoiceNumber,
    right(`${euroText(i.declaredCents)} ${i.currency}`),
    i.eurCents === null ? right("no rate") : money(i.eurCents),
  ]);
  const hidden =
    m.view === "items"
      ? [{ kind: "note" as const, text: "Staff-cost lines are shown as their total only." }]
      : [];
  return [
    {
      kind: "table",
      header: true,
      widths: [20, 36, 14, 15, 15],
      rows: [
        ["Category", "Description", "Invoice", "Declared", "EUR"].map((h) => bold(h)),
        ...rows,
      ],
    },
    ...hidden,
  ];
}

/** The partner's financial report as a document (what the reader may see of it). */
export function reportDocument(m: Shown, edition: string): DocumentSpec {
  const title = `Financial report of ${m.partner.name}`;
  const flat = m.categories.filter((c) => c.flatRatePercent !== null);
  const blocks: Block[] = [
    {
      kind: "title",
      kicker: `Reporting period ${m.period.number}: ${m.period.start} to ${m.period.end}`,
      title,
      subtitle: `Status: ${REPORT_STATUS_LABELS[m.report.status]}${m.report.rateMonth ? `; converted at the rates of ${m.report.rateMonth.slice(0, 7)}` : ""}`,
      byline: m.report.submittedBy ? `Submitted by ${m.report.submittedBy}` : "",
      edition,
    },
    ...(m.estimated
      ? [
          {
            kind: "note" as const,
            text: "Amounts in other currencies are estimates at this month's rate until the report is submitted.",
          },
        ]
      : []),
    { kind: "heading", text: "Financial overview", level: 1 },
    overviewTable(m),
    { kind: "heading", text: "Flat rates and lump sum", level: 1 },
    {
      kind: "bullets",
      items: [
        ...flat.map(
          (c) =>
            `${REPORT_CATEGORY_LABELS[c.category]}: ${c.flatRatePercent} % of ${
              c.flatRateBase ? REPORT_CATEGORY_LABELS[c.flatRateBase].toLowerCase() : ""
            } = EUR ${euroText(c.amountCents)}`,
        ),
        `Preparation lump sum: EUR ${euroText(m.lumpSumCents)}`,
        ...(m.corrections.totalCents > 0
          ? [
              `Financial corrections of earlier periods: EUR ${euroText(-m.corrections.totalCents)}`,
              ...(m.corrections.lines ?? []).map(
                (c) =>
                  `  ${c.itemDescription} (period ${c.itemPeriod}, ${REPORT_CATEGORY_LABELS[c.category].toLowerCase()}): EUR ${euroText(-c.amountCents)}, ${c.reason}`,
              ),
            ]
          : []),
        `Total eligible: EUR ${euroText(m.eligibleCents)}`,
      ],
    },
    { kind: "heading", text: "Contributions", level: 1 },
    {
      kind: "table",
      header: true,
      widths: [60, 40],
      rows: [
        [bold("Source"), bold("Amount (EUR)", "right")],
        [`Programme fund (${m.funding.cofinancingPercent} %)`, money(m.funding.fundCents)],
        ...m.funding.sources.map((s) => [s.name, money(s.amountCents)]),
        [bold("Partner contribution"), bold(euroText(m.funding.contributionCents), "right")],
      ],
    },
    { kind: "heading", text: "List of expenditure", level: 1, newPage: true },
    ...itemsBlocks(m),
  ];
  return {
    info: { title, author: "Consortia", subject: `Period ${m.period.number}` },
    header: title,
    footer: `Period ${m.period.number} · ${edition}`,
    blocks,
  };
}

const pdfQuery = z.strictObject({
  version: z.coerce.number().int().min(1).optional(),
});

async function load(ctx: ProjectCtx, partnerId: string, period: number, version?: number) {
  if (version === undefined)
    return { model: await reportModel(ctx, partnerId, period), edition: "Live report" };
  const found = (await listVersions(ctx, { partnerId, periodNumber: period })).find(
    (v) => v.number === version,
  );
  if (!found) throw notFound("Financial report version");
  const v = await getVersion(ctx, { reportId: found.reportId, number: version });
  return { model: v.content as Shown, edition: `Version ${version} as submitted` };
}

/**
 * GET /api/projects/:projectId/finance/reports/:period/:partnerId/pdf[?version=N]: the
 * partner's financial report (live, or submitted version N) as PDF, the reader's view applied.
 */
export function handleFinancialReportPdf(
  ctx: Context,
  projectId: string,
  period: string,
  partnerId: string,
  req: Request,
) {
  return exportRoute(ctx, req, {
    access: inProject(projectId),
    parse: (q) => {
      const n = periodNumber.safeParse(Number(period));
      if (!z.uuid().safeParse(partnerId).success || !n.success) throw notFound("Financial report");
      return { period: n.data, ...pdfQuery.parse({ version: q.get("version") || undefined }) };
    },
    load: (pctx, q) => load(pctx, partnerId, q.period, q.version),
    render: (l) => documentPdf(reportDocument(l.model, l.edition)),
    head: (l) => ({
      type: CONTENT_TYPES.pdf,
      fileName: `FinancialReport-${fileSafe(l.model.partner.shortName, "partner")}-P${l.model.period.number}.pdf`,
    }),
    audit: (pctx, l, q) =>
      exportAudit(pctx, {
        entity: "financial_report",
        entityId: l.model.report.id,
        summary: `Financial report of ${l.model.partner.name}, period ${q.period}, exported as PDF${q.version ? ` (version ${q.version})` : ""}`,
        data: { format: "pdf", partnerId, periodNumber: q.period, version: q.version ?? null },
      }),
  });
}
