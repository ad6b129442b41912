import type { Writable } from "node:stream";
import { z } from "zod";
import type { Context } from "../context";
import { notFound } from "../errors";
import { exportAudit, exportRoute, inProject } from "../shared/export-route";
import { CONTENT_TYPES, fileSafe } from "../shared/http-kit";
import { loadPeriodReport } from "./load";
import { findPeriodReport } from "./lock";
import type { PeriodReportModel } from "./model";
import { renderCsv } from "./render-csv";
import { jsonRows, renderJson } from "./render-json";
import { renderPdf } from "./render-pdf";
import { renderXlsx } from "./render-xlsx";
import { renderZip } from "./render-zip";
import { countRows, TABLE_NAMES } from "./tables";

const FORMATS = ["pdf", "xlsx", "csv", "json", "zip"] as const;
type Format = (typeof FORMATS)[number];
export const PERIOD_EXPORT_TYPES = Object.fromEntries(
  FORMATS.map((f) => [f, CONTENT_TYPES[f]]),
) as Record<Format, string>;

const tableList = TABLE_NAMES.join(", ");
const exportQuery = z
  .strictObject({
    format: z.enum(FORMATS, "Choose pdf, xlsx, csv, json or zip"),
    table: z.enum(TABLE_NAMES as [string, ...string[]], `Choose a table: ${tableList}`).optional(),
    version: z.coerce
      .number("Give the version's number")
      .int("Give the version's number")
      .min(1, "Give the version's number")
      .optional(),
  })
  .superRefine((q, ctx) => {
    if (q.format === "csv" && !q.table)
      ctx.addIssue({ code: "custom", path: ["table"], message: `Choose a table: ${tableList}` });
    if (q.format !== "csv" && q.table)
      ctx.addIssue({ code: "custom", path: ["table"], message: "A table is chosen for CSV only" });
  });

const RENDER: Record<
  Format,
  (m: PeriodReportModel, out: Writable, table?: string) => Promise<void>
> = {
  pdf: (m, out) => renderPdf(m, out),
  xlsx: (m, out) => renderXlsx(m, out),
  csv: (m, out, table) => renderCsv(m, table ?? "summary", out),
  json: (m, out) => renderJson(m, out),
  zip: (m, out) => renderZip(m, out),
};

/** Rows the export carries (the X-Export-Rows header a download's progress uses). */
function rowsOf(m: PeriodReportModel, format: Format, table?: string): number {
  if (format === "json") return jsonRows(m);
  const rows = countRows(m, format === "csv" ? table : undefined);
  return format === "zip" ? rows + jsonRows(m) : rows;
}

const edition = (m: PeriodReportModel) =>
  m.report.version === null ? "draft" : `v${m.report.version}`;

/**
 * GET /api/projects/:projectId/reports/:period/export?format=pdf|xlsx|csv|json|zip
 * &table=<name, for csv>&version=N — the period's consolidated progress report exactly as
 * `loadPeriodReport` gives it to the caller (documents filtered for them; observers only a
 * submitted version), streamed as it is rendered, and audited.
 */
export function handlePeriodReportExport(
  ctx: Context,
  projectId: string,
  periodNumber: string,
  req: Request,
): Promise<Response> {
  const period = Number(periodNumber);
  return exportRoute(ctx, req, {
    access: inProject(projectId),
    parse: (q) => {
      if (!/^\d{1,3}$/.test(periodNumber) || period < 1) throw notFound("Reporting period");
      return exportQuery.parse({
        format: q.get("format") ?? "pdf",
        table: q.get("table") || undefined,
        version: q.get("version") || undefined,
      });
    },
    load: async (pctx, input) => {
      // The report row (for the audit) is read beside the report, not after it.
      const [model, report] = await Promise.all([
        loadPeriodReport(pctx, { periodNumber: period, version: input.version }, new Date()),
        findPeriodReport(pctx.db, projectId, period),
      ]);
      return {
        model,
        reportId: report?.id ?? null,
        rows: rowsOf(model, input.format, input.table),
      };
    },
    render:
      ({ model }, input) =>
      (out) =>
        RENDER[input.format](model, out, input.table),
    head: ({ model, rows }, input) => {
      const day = new Date().toISOString().slice(0, 10);
      const table = input.table ? `-${input.table}` : "";
      return {
        type: CONTENT_TYPES[input.format],
        fileName: `${fileSafe(model.project.acronym)}-progress-report-P${period}-${edition(model)}${table}-${day}.${input.format}`,
        headers: { "X-Export-Rows": String(rows) },
      };
    },
    audit: (pctx, { model, reportId, rows }, input) =>
      exportAudit(pctx, {
        entity: "period_report",
        entityId: reportId,
        summary: `Progress report of period ${period} (${edition(model)}) exported as ${input.format.toUpperCase()}${
          input.table ? ` (${input.table})` : ""
        }`,
        data: {
          format: input.format,
          table: input.table ?? null,
          periodNumber: period,
          version: model.report.version,
          rows,
        },
      }),
  });
}
